package dev.godwit.schema;

import java.util.List;

/**
 * A foreign key. Two foreign keys are the same key when their columns, referenced table and
 * referenced columns are; the differ matches them that way, so an unnamed key (SQLite) and a
 * generated name (MySQL's {@code tickets_ibfk_1}) cause no false differences.
 *
 * @param name the constraint name, or null when the database keeps none (SQLite)
 * @param referencedTable the referenced table, unqualified (same schema)
 * @param deferrable whether the check can be deferred to the end of the transaction
 *     ({@code DEFERRABLE}; PostgreSQL and SQLite)
 * @param initiallyDeferred whether it is deferred unless a transaction says otherwise
 *     ({@code INITIALLY DEFERRED}); only with {@code deferrable}
 */
public record ForeignKey(
        String name,
        List<String> columns,
        String referencedTable,
        List<String> referencedColumns,
        ForeignKeyAction onDelete,
        ForeignKeyAction onUpdate,
        boolean deferrable,
        boolean initiallyDeferred) implements java.io.Serializable {

    /** A key checked at once (NOT DEFERRABLE, every database's default). */
    public ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
            ForeignKeyAction onDelete, ForeignKeyAction onUpdate) {
        this(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, false, false);
    }

    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        Names.requireName(referencedTable, "a foreign key's referenced table");
        if (columns.isEmpty() || columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("a foreign key needs as many referenced columns as columns");
        }
        onDelete = onDelete == null ? ForeignKeyAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? ForeignKeyAction.NO_ACTION : onUpdate;
    }

    /** The key's identity for matching: columns, referenced table and referenced columns. */
    public String signature() {
        return String.join(",", columns) + "->" + referencedTable + "(" + String.join(",", referencedColumns) + ")";
    }

    public ForeignKey withName(String newName) {
        return new ForeignKey(newName, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferrable,
                initiallyDeferred);
    }

    /** True when both keys are checked alike: same ON DELETE, ON UPDATE and deferrability. */
    public boolean sameBehaviour(ForeignKey other) {
        return onDelete == other.onDelete && onUpdate == other.onUpdate && deferrable == other.deferrable
                && initiallyDeferred == other.initiallyDeferred;
    }
}
