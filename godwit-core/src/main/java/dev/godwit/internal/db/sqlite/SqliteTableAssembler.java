package dev.godwit.internal.db.sqlite;

import dev.godwit.schema.Column;
import dev.godwit.schema.ColumnType;
import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.ForeignKeyAction;
import dev.godwit.schema.Identity;
import dev.godwit.schema.Index;
import dev.godwit.schema.IndexKey;
import dev.godwit.schema.PrimaryKey;
import dev.godwit.schema.Table;
import dev.godwit.schema.TableOptions;
import dev.godwit.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the model's tables from a {@link SqliteCatalog}: the pragma rows give columns, keys and
 * indexes, and each CREATE TABLE / CREATE INDEX text gives what the pragmas leave out (constraint
 * names, CHECKs, COLLATE, AUTOINCREMENT, generated expressions, expression keys, partial
 * predicates). Works in memory only: every table is built from rows already read.
 */
final class SqliteTableAssembler {

    private final SqliteCatalog catalog;
    /** Table names by their lower-case spelling: SQLite names are case-insensitive, REFERENCES keeps the spelling written. */
    private final Map<String, String> tableNames = new HashMap<>();

    SqliteTableAssembler(SqliteCatalog catalog) {
        this.catalog = catalog;
        for (String table : catalog.tables().keySet()) {
            tableNames.put(lower(table), table);
        }
    }

    List<Table> tables() {
        return tables(null);
    }

    /** The tables named in {@code only} (as the catalog spells them; null: all). */
    List<Table> tables(java.util.Set<String> only) {
        List<Table> tables = new ArrayList<>();
        for (Map.Entry<String, String> entry : catalog.tables().entrySet()) {
            if (only != null && !only.contains(entry.getKey())) {
                continue;
            }
            tables.add(table(entry.getKey(), SqliteCreateTableParser.parse(entry.getValue())));
        }
        return tables;
    }

    private Table table(String name, SqliteTableDefinition definition) {
        List<SqliteCatalog.ColumnRow> rows = catalog.columnsOf(name);
        List<Column> columns = new ArrayList<>();
        for (SqliteCatalog.ColumnRow row : rows) {
            columns.add(column(row, definition));
        }
        List<String> keyColumns = primaryKeyColumns(rows);
        PrimaryKey primaryKey = keyColumns.isEmpty() ? null : new PrimaryKey(definition.primaryKeyName(), keyColumns);
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        readIndexes(name, definition, uniques, indexes);
        return new Table(name, columns, primaryKey, foreignKeys(name, definition), indexes, uniques,
                definition.checks(), null, options(definition));
    }

    /** SQLite's table options, in the order SQLite accepts them; none for an ordinary table. */
    private static TableOptions options(SqliteTableDefinition definition) {
        String suffix = definition.withoutRowid() && definition.strict() ? "WITHOUT ROWID, STRICT"
                : definition.withoutRowid() ? "WITHOUT ROWID" : definition.strict() ? "STRICT" : null;
        return suffix == null ? TableOptions.NONE : new TableOptions(null, null, null, suffix);
    }

    private static Column column(SqliteCatalog.ColumnRow row, SqliteTableDefinition definition) {
        Optional<SqliteTableDefinition.ColumnClauses> clauses = definition.column(row.name());
        boolean autoincrement = clauses.map(SqliteTableDefinition.ColumnClauses::autoincrement).orElse(false);
        String generated = row.hidden() == 2 || row.hidden() == 3
                ? clauses.map(SqliteTableDefinition.ColumnClauses::generated).orElse(null) : null;
        String collation = clauses.map(SqliteTableDefinition.ColumnClauses::collation)
                .map(SqliteTableAssembler::collation).orElse(null);
        return new Column(row.name(), new ColumnType(SqliteTypes.canonical(row.type())), !row.notNull(),
                SqliteDefaults.canonical(row.defaultValue(), row.type(), definition.strict()),
                autoincrement ? Identity.AUTO_INCREMENT : Identity.NONE, generated, null, null, collation, null,
                generated != null && row.hidden() == 2,
                generated != null ? null : SqliteDefaults.spelling(row.defaultValue()));
    }

    /** Collation names are case-insensitive in SQLite: upper case; BINARY, the default, reads as none. */
    private static String collation(String written) {
        String upper = written.toUpperCase(Locale.ROOT);
        return upper.equals("BINARY") ? null : upper;
    }

    private static List<String> primaryKeyColumns(List<SqliteCatalog.ColumnRow> rows) {
        return rows.stream().filter(r -> r.pk() > 0).sorted(Comparator.comparingInt(SqliteCatalog.ColumnRow::pk))
                .map(SqliteCatalog.ColumnRow::name).toList();
    }

    private void readIndexes(String table, SqliteTableDefinition definition, List<UniqueConstraint> uniques,
            List<Index> indexes) {
        Map<String, List<SqliteCatalog.IndexKeyRow>> byIndex = new LinkedHashMap<>();
        for (SqliteCatalog.IndexKeyRow row : catalog.indexKeysOf(table)) {
            byIndex.computeIfAbsent(row.index(), k -> new ArrayList<>()).add(row);
        }
        List<SqliteTableDefinition.NamedColumns> declared = new ArrayList<>(definition.uniques());
        for (Map.Entry<String, List<SqliteCatalog.IndexKeyRow>> entry : byIndex.entrySet()) {
            List<SqliteCatalog.IndexKeyRow> keys = entry.getValue();
            String origin = keys.get(0).origin();
            if ("u".equals(origin)) {
                List<String> columns = keys.stream().map(SqliteCatalog.IndexKeyRow::column).toList();
                uniques.add(new UniqueConstraint(takeUniqueName(declared, columns), columns));
            } else if ("c".equals(origin)) {
                indexes.add(index(entry.getKey(), keys));
            }
        }
    }

    /** The name of the first declared UNIQUE on {@code columns}, consumed so a twin gets the next one. */
    private static String takeUniqueName(List<SqliteTableDefinition.NamedColumns> declared, List<String> columns) {
        for (int i = 0; i < declared.size(); i++) {
            if (sameNames(declared.get(i).columns(), columns)) {
                return declared.remove(i).name();
            }
        }
        return null;
    }

    private Index index(String name, List<SqliteCatalog.IndexKeyRow> rows) {
        SqliteIndexDefinition definition = SqliteIndexDefinition.parse(catalog.indexes().get(name));
        List<IndexKey> keys = new ArrayList<>();
        for (SqliteCatalog.IndexKeyRow row : rows) {
            SqliteIndexDefinition.Key written =
                    row.seqno() < definition.keys().size() ? definition.keys().get(row.seqno()) : null;
            if (row.cid() == -2 || (written != null && written.collated())) {
                // An expression, or a column with its own COLLATE: the model's key has no collation, so
                // the key is kept as the expression it is ("email COLLATE NOCASE") to render the same.
                if (written == null) {
                    throw new IllegalStateException("could not read key " + row.seqno() + " of index " + name
                            + " from its CREATE INDEX statement: " + catalog.indexes().get(name));
                }
                keys.add(new IndexKey(null, written.text(), row.descending(), null));
            } else {
                keys.add(new IndexKey(row.column(), null, row.descending(), null));
            }
        }
        boolean partial = rows.get(0).partial();
        return new Index(name, rows.get(0).unique(), keys, partial ? definition.where() : null, null);
    }

    private List<ForeignKey> foreignKeys(String table, SqliteTableDefinition definition) {
        Map<Integer, List<SqliteCatalog.ForeignKeyRow>> byId = new LinkedHashMap<>();
        for (SqliteCatalog.ForeignKeyRow row : catalog.foreignKeysOf(table)) {
            byId.computeIfAbsent(row.id(), k -> new ArrayList<>()).add(row);
        }
        List<SqliteTableDefinition.NamedForeignKey> declared = new ArrayList<>(definition.foreignKeys());
        List<ForeignKey> keys = new ArrayList<>();
        for (List<SqliteCatalog.ForeignKeyRow> rows : byId.values()) {
            SqliteCatalog.ForeignKeyRow first = rows.get(0);
            String referenced = tableNames.getOrDefault(lower(first.table()), first.table());
            List<String> columns = rows.stream().map(SqliteCatalog.ForeignKeyRow::from).toList();
            List<String> referencedColumns = referencedColumns(referenced, rows, columns);
            SqliteTableDefinition.NamedForeignKey declaration = takeForeignKey(declared, columns, referenced);
            keys.add(new ForeignKey(declaration == null ? null : declaration.name(), columns, referenced,
                    referencedColumns, ForeignKeyAction.parse(first.onDelete()),
                    ForeignKeyAction.parse(first.onUpdate()), declaration != null && declaration.deferrable(),
                    declaration != null && declaration.initiallyDeferred()));
        }
        return keys;
    }

    /**
     * The referenced columns in the referenced table's spelling. Without a column list the key
     * references the primary key; when that cannot be known (no such table yet, or no primary key:
     * SQLite accepts the DDL and fails only when the key is used) the key's own column names stand in.
     */
    private List<String> referencedColumns(String referenced, List<SqliteCatalog.ForeignKeyRow> rows,
            List<String> columns) {
        List<SqliteCatalog.ColumnRow> target = catalog.columnsOf(referenced);
        if (rows.stream().allMatch(r -> r.to() == null)) {
            List<String> key = primaryKeyColumns(target);
            return key.size() == columns.size() ? key : columns;
        }
        List<String> names = new ArrayList<>();
        for (SqliteCatalog.ForeignKeyRow row : rows) {
            String to = row.to() == null ? row.from() : row.to();
            names.add(target.stream().map(SqliteCatalog.ColumnRow::name).filter(to::equalsIgnoreCase).findFirst()
                    .orElse(to));
        }
        return names;
    }

    /** The declaration of the key (its name, its deferrability), or null when the table's text has none that matches. */
    private static SqliteTableDefinition.NamedForeignKey takeForeignKey(
            List<SqliteTableDefinition.NamedForeignKey> declared, List<String> columns, String referenced) {
        for (int i = 0; i < declared.size(); i++) {
            SqliteTableDefinition.NamedForeignKey key = declared.get(i);
            if (key.referencedTable().equalsIgnoreCase(referenced) && sameNames(key.columns(), columns)) {
                return declared.remove(i);
            }
        }
        return null;
    }

    private static boolean sameNames(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equalsIgnoreCase(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
