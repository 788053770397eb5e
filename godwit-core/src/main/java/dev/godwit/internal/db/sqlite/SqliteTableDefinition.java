package dev.godwit.internal.db.sqlite;

import dev.godwit.schema.CheckConstraint;
import java.util.List;
import java.util.Optional;

/**
 * What SQLite's catalog pragmas do not say about a table and its CREATE TABLE text does:
 * constraint names, CHECK expressions, COLLATE clauses, AUTOINCREMENT, generated-column
 * expressions and the WITHOUT ROWID / STRICT options. Read by {@link SqliteCreateTableParser}.
 *
 * @param columns the column definitions in the order written
 * @param primaryKeyName the name of a {@code CONSTRAINT name PRIMARY KEY}, or null
 * @param uniques every UNIQUE (column or table constraint) in the order written
 * @param foreignKeys every REFERENCES / FOREIGN KEY in the order written
 * @param checks every CHECK (column or table constraint) in the order written
 */
record SqliteTableDefinition(
        List<ColumnClauses> columns,
        String primaryKeyName,
        List<NamedColumns> uniques,
        List<NamedForeignKey> foreignKeys,
        List<CheckConstraint> checks,
        boolean withoutRowid,
        boolean strict) {

    SqliteTableDefinition {
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
    }

    static SqliteTableDefinition empty() {
        return new SqliteTableDefinition(List.of(), null, List.of(), List.of(), List.of(), false, false);
    }

    /** The clauses of column {@code name} (SQLite compares names ignoring case), if it was read. */
    Optional<ColumnClauses> column(String name) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * The clauses of one column definition that the pragmas leave out.
     *
     * @param collation the COLLATE name without quotes as written, or null
     * @param generated the expression of {@code [GENERATED ALWAYS] AS (…)} without its parentheses, or null
     * @param stored whether a generated column is STORED (VIRTUAL otherwise)
     */
    record ColumnClauses(String name, String collation, boolean autoincrement, String generated, boolean stored) {
    }

    /** A UNIQUE constraint's name (null when none) and columns. */
    record NamedColumns(String name, List<String> columns) {

        NamedColumns {
            columns = List.copyOf(columns);
        }
    }

    /**
     * A foreign key's name (null when none), its columns, the referenced table as written, and
     * whether it is {@code DEFERRABLE} and {@code INITIALLY DEFERRED} (which no PRAGMA reports).
     */
    record NamedForeignKey(String name, List<String> columns, String referencedTable, boolean deferrable,
            boolean initiallyDeferred) {

        NamedForeignKey(String name, List<String> columns, String referencedTable) {
            this(name, columns, referencedTable, false, false);
        }

        NamedForeignKey {
            columns = List.copyOf(columns);
        }

        NamedForeignKey withDeferral(boolean isDeferrable, boolean isInitiallyDeferred) {
            return new NamedForeignKey(name, columns, referencedTable, isDeferrable, isDeferrable && isInitiallyDeferred);
        }
    }
}
