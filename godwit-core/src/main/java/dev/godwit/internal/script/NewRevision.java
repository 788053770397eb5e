package dev.godwit.internal.script;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What {@link RevisionFileWriter} writes into a new revision file.
 *
 * @param id the new revision id (see {@link RevisionFileWriter#newRevisionId()})
 * @param revises the parent revisions, empty for a base revision
 * @param message the one-line description ("" or null for none)
 * @param created the creation time, written as ISO-8601 UTC seconds (null: no created line)
 * @param branchLabels labels for the branch this revision starts (may be empty)
 * @param dependsOn revisions or labels this one depends on (may be empty)
 * @param upgradeSql the upgrade SQL (null or empty: an empty section)
 * @param downgradeSql the downgrade SQL (null or empty: an empty section)
 */
public record NewRevision(
        String id,
        List<String> revises,
        String message,
        Instant created,
        List<String> branchLabels,
        List<String> dependsOn,
        String upgradeSql,
        String downgradeSql,
        boolean transactional) {

    /** A revision that runs in a transaction (the usual case). */
    public NewRevision(String id, List<String> revises, String message, Instant created, List<String> branchLabels,
            List<String> dependsOn, String upgradeSql, String downgradeSql) {
        this(id, revises, message, created, branchLabels, dependsOn, upgradeSql, downgradeSql, true);
    }

    public NewRevision {
        Objects.requireNonNull(id, "id");
        if (!RevisionIds.isId(id)) {
            throw new IllegalArgumentException("invalid revision id: " + id);
        }
        revises = revises == null ? List.of() : List.copyOf(revises);
        message = message == null ? "" : message;
        branchLabels = branchLabels == null ? List.of() : List.copyOf(branchLabels);
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        upgradeSql = upgradeSql == null ? "" : upgradeSql;
        downgradeSql = downgradeSql == null ? "" : downgradeSql;
    }
}
