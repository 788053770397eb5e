package dev.godwit.api;

import java.util.List;

/**
 * The differences between the database and the desired schema, and the SQL both ways.
 *
 * @param changes one line per change, in the order they run: {@code add column tickets.priority}
 * @param dataLoss one line per change that loses data (also written as {@code -- WARNING:} in the SQL)
 * @param renameHints drops and adds that may be renames, one line each
 * @param upgradeSql the statements that bring the database to the desired schema, with comments
 * @param downgradeSql the statements that bring it back
 * @param transactional false when the upgrade cannot run in one transaction (a PostgreSQL enum
 *     value added and used in the same revision)
 * @param databaseRevisions the revisions the database was at
 * @param notes what the revision leaves as it is and the reader should know, one line each (also
 *     written as {@code -- NOTE:} in the SQL): objects of the model that are not modelled, columns
 *     that cannot be placed where the model has them
 */
public record SchemaDiff(List<String> changes, List<String> dataLoss, List<String> renameHints, String upgradeSql,
                         String downgradeSql, boolean transactional, List<String> databaseRevisions,
                         List<String> notes) {

    public SchemaDiff(List<String> changes, List<String> dataLoss, List<String> renameHints, String upgradeSql,
                      String downgradeSql, boolean transactional, List<String> databaseRevisions) {
        this(changes, dataLoss, renameHints, upgradeSql, downgradeSql, transactional, databaseRevisions, List.of());
    }

    public SchemaDiff {
        notes = notes == null ? List.of() : List.copyOf(notes);
        changes = List.copyOf(changes);
        dataLoss = List.copyOf(dataLoss);
        renameHints = List.copyOf(renameHints);
        databaseRevisions = List.copyOf(databaseRevisions);
    }

    /** True when the database already has the desired schema. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
