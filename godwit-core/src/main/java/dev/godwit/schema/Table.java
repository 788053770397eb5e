package dev.godwit.schema;

import java.util.List;
import java.util.Optional;

/**
 * A table. Indexes that only back a primary key or unique constraint are not listed among
 * {@link #indexes()}: they belong to the constraint (on MySQL/MariaDB, where a unique constraint
 * is a unique index, it is listed as a unique {@link Index} and {@link #uniques()} stays empty).
 *
 * @param primaryKey the primary key, or null
 * @param comment the table comment, or null
 * @param options storage options (MySQL/MariaDB engine, character set, collation); {@link TableOptions#NONE} elsewhere
 */
public record Table(
        String name,
        List<Column> columns,
        PrimaryKey primaryKey,
        List<ForeignKey> foreignKeys,
        List<Index> indexes,
        List<UniqueConstraint> uniques,
        List<CheckConstraint> checks,
        String comment,
        TableOptions options) implements java.io.Serializable {

    public Table {
        Names.requireName(name, "a table");
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = Names.sorted(indexes, Index::name);
        uniques = List.copyOf(uniques);
        checks = List.copyOf(checks);
        options = options == null ? TableOptions.NONE : options;
    }

    /** A table with only columns (and optionally a primary key), for building tables step by step. */
    public static Table of(String name, List<Column> columns, PrimaryKey primaryKey) {
        return new Table(name, columns, primaryKey, List.of(), List.of(), List.of(), List.of(), null, TableOptions.NONE);
    }

    public Optional<Column> column(String columnName) {
        return Names.find(columns, Column::name, columnName);
    }

    public Optional<Index> index(String indexName) {
        return Names.find(indexes, Index::name, indexName);
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, foreignKeys, indexes, uniques, checks, comment, options);
    }

    public Table withPrimaryKey(PrimaryKey newPrimaryKey) {
        return new Table(name, columns, newPrimaryKey, foreignKeys, indexes, uniques, checks, comment, options);
    }

    public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
        return new Table(name, columns, primaryKey, newForeignKeys, indexes, uniques, checks, comment, options);
    }

    public Table withIndexes(List<Index> newIndexes) {
        return new Table(name, columns, primaryKey, foreignKeys, newIndexes, uniques, checks, comment, options);
    }

    public Table withUniques(List<UniqueConstraint> newUniques) {
        return new Table(name, columns, primaryKey, foreignKeys, indexes, newUniques, checks, comment, options);
    }

    public Table withChecks(List<CheckConstraint> newChecks) {
        return new Table(name, columns, primaryKey, foreignKeys, indexes, uniques, newChecks, comment, options);
    }

    public Table withComment(String newComment) {
        return new Table(name, columns, primaryKey, foreignKeys, indexes, uniques, checks, newComment, options);
    }

    public Table withOptions(TableOptions newOptions) {
        return new Table(name, columns, primaryKey, foreignKeys, indexes, uniques, checks, comment, newOptions);
    }

    public Table withName(String newName) {
        return new Table(newName, columns, primaryKey, foreignKeys, indexes, uniques, checks, comment, options);
    }
}
