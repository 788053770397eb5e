package dev.godwit.internal.script;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param transactional false to write {@code transaction: false} in the header
 * @param dialectSections sections of single dialects by database name or alias
 *     ({@link SectionDialects}), written as {@code -- +upgrade <name>} / {@code -- +downgrade <name>};
 *     a {@code ""} key (or null in a map that allows it) is the shared pair: it replaces
 *     {@code upgradeSql} and {@code downgradeSql} and stays in the map under {@code ""}. When the map has dialects but no shared entry, the file has no shared
 *     sections, so only those dialects can run it.
 * @param notes comment lines written at the top of the first section, e.g.
 *     {@code -- WARNING: no section for mysql}; a line not starting with {@code --} gets {@code -- }
 *     in front (a note below the header cannot be taken for a header key)
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
        boolean transactional,
        Map<String, SectionText> dialectSections,
        List<String> notes) {

    /** A revision with shared sections only. */
    public NewRevision(String id, List<String> revises, String message, Instant created, List<String> branchLabels,
            List<String> dependsOn, String upgradeSql, String downgradeSql, boolean transactional) {
        this(id, revises, message, created, branchLabels, dependsOn, upgradeSql, downgradeSql, transactional,
                Map.of(), List.of());
    }

    /** A revision that runs in a transaction (the usual case). */
    public NewRevision(String id, List<String> revises, String message, Instant created, List<String> branchLabels,
            List<String> dependsOn, String upgradeSql, String downgradeSql) {
        this(id, revises, message, created, branchLabels, dependsOn, upgradeSql, downgradeSql, true);
    }

    /** This revision with {@code sections} by dialect (see {@link #dialectSections()}) and {@code notes}. */
    public NewRevision withSections(Map<String, SectionText> sections, List<String> notes) {
        return new NewRevision(id, revises, message, created, branchLabels, dependsOn, upgradeSql, downgradeSql,
                transactional, sections, notes);
    }

    /** True when the file gets shared sections: there is no dialect section, or a shared entry. */
    public boolean hasShared() {
        return dialectSections.isEmpty() || dialectSections.containsKey("");
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
        Map<String, SectionText> byName = new LinkedHashMap<>();
        if (dialectSections != null) {
            for (Map.Entry<String, SectionText> e : dialectSections.entrySet()) {
                String key = e.getKey() == null || e.getKey().isBlank() ? "" : SectionDialects.canonical(e.getKey());
                if (key == null) {
                    throw new GodwitException(ErrorCode.BAD_ARGUMENT, "unknown dialect `" + e.getKey() + "`",
                            "use " + SectionDialects.known() + ", or \"\" for the shared sections");
                }
                SectionText text = e.getValue() == null ? new SectionText("", "") : e.getValue();
                if (byName.putIfAbsent(key, text) != null) {
                    throw new GodwitException(ErrorCode.BAD_ARGUMENT, "two sections for the dialect " + key,
                            "give each database once (mariadb is mysql, postgres is postgresql)");
                }
            }
        }
        SectionText shared = byName.get("");
        if (shared != null) {
            upgradeSql = shared.upgradeSql();
            downgradeSql = shared.downgradeSql();
        }
        dialectSections = Map.copyOf(byName);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
