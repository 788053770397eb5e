package dev.godwit.internal.db.mysql;

import dev.godwit.schema.CheckConstraint;
import dev.godwit.schema.Column;
import dev.godwit.schema.ColumnType;
import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.ForeignKeyAction;
import dev.godwit.schema.Index;
import dev.godwit.schema.IndexKey;
import dev.godwit.schema.PrimaryKey;
import dev.godwit.schema.Table;
import dev.godwit.schema.TableOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One table's rows from the catalog queries, gathered while each result set is read (rows of all
 * tables arrive interleaved by table name) and turned into a {@link Table} once every query is
 * done, because a column's final shape depends on the checks (MariaDB's JSON, see
 * {@link #build()}).
 */
final class MysqlTableParts {

    /** A check as read, with MariaDB's LEVEL ({@code Column} or {@code Table}; null on MySQL). */
    record Check(String name, String expression, String level) {
    }

    private record ForeignKeyParts(List<String> columns, String referencedTable, List<String> referencedColumns,
            ForeignKeyAction onDelete, ForeignKeyAction onUpdate) {
    }

    private record IndexParts(boolean unique, String method, List<IndexKey> keys) {
    }

    private final String name;
    private final String comment;
    private TableOptions options;
    private final List<Column> columns = new ArrayList<>();
    private final List<String> primaryKey = new ArrayList<>();
    private final Map<String, Integer> primaryKeyPrefixes = new HashMap<>();
    private final Map<String, IndexParts> indexes = new LinkedHashMap<>();
    private final Map<String, ForeignKeyParts> foreignKeys = new LinkedHashMap<>();
    private final List<Check> checks = new ArrayList<>();

    MysqlTableParts(String name, String comment, TableOptions options) {
        this.name = name;
        this.comment = comment;
        this.options = options;
    }

    TableOptions options() {
        return options;
    }

    void setOptions(TableOptions newOptions) {
        options = newOptions;
    }

    void addColumn(Column column) {
        columns.add(column);
    }

    void addPrimaryKeyColumn(String column, Integer prefixLength) {
        primaryKey.add(column);
        if (prefixLength != null) {
            primaryKeyPrefixes.put(column, prefixLength);
        }
    }

    /** Adds one key part; parts arrive in SEQ_IN_INDEX order. */
    void addIndexKey(String index, boolean unique, String method, IndexKey key) {
        indexes.computeIfAbsent(index, k -> new IndexParts(unique, method, new ArrayList<>())).keys().add(key);
    }

    /** Adds one column pair of a foreign key; pairs arrive in ORDINAL_POSITION order. */
    void addForeignKeyColumn(String constraint, String column, String referencedTable, String referencedColumn,
            ForeignKeyAction onDelete, ForeignKeyAction onUpdate) {
        ForeignKeyParts parts = foreignKeys.computeIfAbsent(constraint,
                k -> new ForeignKeyParts(new ArrayList<>(), referencedTable, new ArrayList<>(), onDelete, onUpdate));
        parts.columns().add(column);
        parts.referencedColumns().add(referencedColumn);
    }

    void addCheck(Check check) {
        checks.add(check);
    }

    /** A MariaDB column-level check, named after a column of this table. */
    private boolean isColumnLevel(Check check) {
        return "Column".equalsIgnoreCase(check.level())
                && columns.stream().anyMatch(column -> column.name().equals(check.name()));
    }

    Table build() {
        List<Column> finalColumns = new ArrayList<>(columns.size());
        List<CheckConstraint> finalChecks = new ArrayList<>();
        List<Check> remaining = new ArrayList<>(checks);
        for (Column column : columns) {
            Check json = jsonCheck(column);
            if (json != null) {
                remaining.remove(json);
                finalColumns.add(new Column(column.name(), new ColumnType("json"), column.nullable(),
                        column.defaultValue(), column.identity(), column.generated(), column.comment(), null, null,
                        column.onUpdate(), column.virtual()));
            } else {
                finalColumns.add(column);
            }
        }
        for (Check check : remaining) {
            finalChecks.add(new CheckConstraint(check.name(), check.expression(), isColumnLevel(check)));
        }
        List<Index> finalIndexes = new ArrayList<>();
        indexes.forEach((index, parts) -> finalIndexes.add(new Index(index, parts.unique(), parts.keys(), null,
                parts.method())));
        List<ForeignKey> finalForeignKeys = new ArrayList<>();
        foreignKeys.forEach((constraint, parts) -> finalForeignKeys.add(new ForeignKey(constraint, parts.columns(),
                parts.referencedTable(), parts.referencedColumns(), parts.onDelete(), parts.onUpdate())));
        PrimaryKey pk = primaryKey.isEmpty() ? null : new PrimaryKey(null, primaryKey, primaryKeyPrefixes);
        return new Table(name, finalColumns, pk, finalForeignKeys, finalIndexes, List.of(), finalChecks, comment,
                options.withKeyOrder(List.copyOf(indexes.keySet())));
    }

    /**
     * MariaDB's JSON type is {@code longtext COLLATE utf8mb4_bin} plus a column-level check
     * {@code json_valid(`col`)} named after the column. Such a column reads as type {@code json},
     * without that collation and without that check: what the DDL said, what MySQL's catalog says
     * for its own JSON type, and what recreates exactly the same catalog rows when written back.
     */
    private Check jsonCheck(Column column) {
        if (!column.type().equals(new ColumnType("longtext"))) {
            return null;
        }
        String collation = column.collation() != null ? column.collation() : options.collation();
        if (!"utf8mb4_bin".equalsIgnoreCase(collation)) {
            return null;
        }
        String expected = "json_valid(`" + column.name().replace("`", "``") + "`)";
        for (Check check : checks) {
            if ("Column".equalsIgnoreCase(check.level()) && column.name().equals(check.name())
                    && expected.equalsIgnoreCase(check.expression().strip())) {
                return check;
            }
        }
        return null;
    }
}
