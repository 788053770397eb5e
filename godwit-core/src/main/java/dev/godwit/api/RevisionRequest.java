package dev.godwit.api;

import java.util.List;
import java.util.Map;

/**
 * What `revision` should write.
 *
 * @param message      the message (required)
 * @param head         the revision to base it on: null or "head" for the single head, "base" for a new root,
 *                     or any target (a revision, a label, {@code label@head})
 * @param splice       allow {@code head} to be a revision that is not a head (starts a new branch)
 * @param branchLabels labels to declare on the new revision
 * @param dependsOn    revisions or labels it depends on
 * @param revId        an explicit id, or null for a generated one
 * @param upgradeSql   the upgrade section, or null for an empty one
 * @param downgradeSql the downgrade section, or null for an empty one
 * @param transactional false to write {@code transaction: false} in the header
 * @param dialectSql sections that only one database runs, by dialect ({@code postgresql},
 *     {@code mysql}, {@code sqlite}, or the aliases {@code postgres}, {@code mariadb}); the key
 *     {@code ""} is the shared pair and replaces {@code upgradeSql}/{@code downgradeSql}. With
 *     dialects and no {@code ""} key the file has no shared sections.
 * @param notes comment lines written at the top of the first section (e.g. a {@code -- WARNING:})
 */
public record RevisionRequest(String message, String head, boolean splice, List<String> branchLabels,
                              List<String> dependsOn, String revId, String upgradeSql, String downgradeSql,
                              boolean transactional, Map<String, Sections> dialectSql, List<String> notes) {

    /**
     * The upgrade and downgrade SQL of one dialect.
     *
     * @param upgradeSql the upgrade section, or null for an empty one
     * @param downgradeSql the downgrade section, or null for an empty one
     */
    public record Sections(String upgradeSql, String downgradeSql) {}

    /** A request with shared sections only. */
    public RevisionRequest(String message, String head, boolean splice, List<String> branchLabels,
                           List<String> dependsOn, String revId, String upgradeSql, String downgradeSql,
                           boolean transactional) {
        this(message, head, splice, branchLabels, dependsOn, revId, upgradeSql, downgradeSql, transactional,
                Map.of(), List.of());
    }

    /** A request for a revision that runs in a transaction. */
    public RevisionRequest(String message, String head, boolean splice, List<String> branchLabels,
                           List<String> dependsOn, String revId, String upgradeSql, String downgradeSql) {
        this(message, head, splice, branchLabels, dependsOn, revId, upgradeSql, downgradeSql, true);
    }

    /** This request with the given sections and transaction mode (what autogenerate fills in). */
    public RevisionRequest withSql(String upgrade, String downgrade, boolean inTransaction) {
        return new RevisionRequest(message, head, splice, branchLabels, dependsOn, revId, upgrade, downgrade,
                inTransaction, dialectSql, notes);
    }

    /**
     * This request with sections per dialect (see {@link #dialectSql()}) and notes, what a
     * generation for several databases fills in.
     */
    public RevisionRequest withDialectSql(Map<String, Sections> sections, List<String> notes,
            boolean inTransaction) {
        return new RevisionRequest(message, head, splice, branchLabels, dependsOn, revId, upgradeSql, downgradeSql,
                inTransaction, sections, notes);
    }

    public RevisionRequest {
        branchLabels = branchLabels == null ? List.of() : List.copyOf(branchLabels);
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        dialectSql = dialectSql == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(dialectSql));
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A request for an empty revision on the single head. */
    public static RevisionRequest of(String message) {
        return new RevisionRequest(message, null, false, List.of(), List.of(), null, null, null);
    }
}
