package dev.godwit.internal.db.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw catalog of SQLite's main database, read with {@link #QUERIES} — four queries whatever
 * the table count: {@code sqlite_master} once, then {@code sqlite_master} joined with the
 * table-valued pragma functions for every table at once (columns, index keys, foreign keys).
 * Internal {@code sqlite_%} tables, virtual tables (whose pragmas may need a module that is not
 * loaded, and which the model cannot describe) and their shadow tables are left out; the rows the
 * pragma queries return for shadow tables are simply not used.
 */
record SqliteCatalog(
        Map<String, String> tables,
        Map<String, String> views,
        Map<String, String> indexes,
        Map<String, List<ColumnRow>> columns,
        Map<String, List<IndexKeyRow>> indexKeys,
        Map<String, List<ForeignKeyRow>> foreignKeys) {

    /** The tables the pragmas are joined with; {@code 'main'} everywhere, so a TEMP table cannot shadow one. */
    private static final String TABLES = "FROM main.sqlite_master m ";
    private static final String ORDINARY = "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
            + "AND m.sql NOT LIKE 'CREATE VIRTUAL%' ";

    /** Objects as of SQLite 3.37, which lists a virtual table's shadow tables (its storage) as such. */
    static final String OBJECTS = "SELECT m.type, m.name, m.sql " + TABLES
            + "WHERE m.type IN ('table', 'view', 'index') AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
            + "AND m.sql IS NOT NULL AND m.sql NOT LIKE 'CREATE VIRTUAL%' AND m.name NOT IN "
            + "(SELECT t.name FROM pragma_table_list t WHERE t.schema = 'main' AND t.type = 'shadow')";
    /** The same before SQLite 3.37 (no pragma_table_list): shadow tables then read as ordinary tables. */
    static final String OBJECTS_BEFORE_3_37 = OBJECTS.substring(0, OBJECTS.indexOf(" AND m.name NOT IN"));
    static final String COLUMNS = "SELECT m.name, p.cid, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden "
            + TABLES + "JOIN pragma_table_xinfo(m.name, 'main') p " + ORDINARY + "ORDER BY m.name, p.cid";
    static final String INDEX_KEYS = "SELECT m.name, i.name, i.\"unique\", i.origin, i.partial, "
            + "x.seqno, x.cid, x.name, x.\"desc\" "
            + TABLES + "JOIN pragma_index_list(m.name, 'main') i JOIN pragma_index_xinfo(i.name, 'main') x "
            + ORDINARY + "AND x.key = 1 ORDER BY m.name, i.seq DESC, x.seqno";
    static final String FOREIGN_KEYS = "SELECT m.name, f.id, f.seq, f.\"table\", f.\"from\", f.\"to\", "
            + "f.on_update, f.on_delete "
            + TABLES + "JOIN pragma_foreign_key_list(m.name, 'main') f " + ORDINARY + "ORDER BY m.name, f.id DESC, f.seq";
    static final List<String> QUERIES = List.of(OBJECTS, COLUMNS, INDEX_KEYS, FOREIGN_KEYS);

    /** One row of {@code pragma_table_xinfo}: hidden is 2 for a VIRTUAL and 3 for a STORED generated column. */
    record ColumnRow(int cid, String name, String type, boolean notNull, String defaultValue, int pk, int hidden) {
    }

    /** One key column of one index ({@code pragma_index_list} × {@code pragma_index_xinfo}, key columns only). */
    record IndexKeyRow(String index, boolean unique, String origin, boolean partial, int seqno, int cid,
            String column, boolean descending) {
    }

    /** One column pair of one foreign key ({@code pragma_foreign_key_list}); {@code to} is null for "the primary key". */
    record ForeignKeyRow(int id, int seq, String table, String from, String to, String onUpdate, String onDelete) {
    }

    static SqliteCatalog read(Connection connection) throws SQLException {
        return read(connection, null);
    }

    /**
     * The catalog with the pragma rows of the tables in {@code only} alone (their names as the catalog
     * spells them; null: every table), plus the columns of the tables their foreign keys reference (a
     * key without a column list references the primary key). Objects are always all read.
     */
    static SqliteCatalog read(Connection connection, java.util.Set<String> only) throws SQLException {
        Map<String, String> tables = new LinkedHashMap<>();
        Map<String, String> views = new LinkedHashMap<>();
        Map<String, String> indexes = new LinkedHashMap<>();
        Map<String, List<ColumnRow>> columns = new LinkedHashMap<>();
        Map<String, List<IndexKeyRow>> indexKeys = new LinkedHashMap<>();
        Map<String, List<ForeignKeyRow>> foreignKeys = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            readObjects(statement, tables, views, indexes);
        }
        java.util.Set<String> names = only;
        each(connection, FOREIGN_KEYS, names, rs -> foreignKeys.computeIfAbsent(rs.getString(1),
                k -> new ArrayList<>()).add(new ForeignKeyRow(rs.getInt(2), rs.getInt(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8))));
        java.util.Set<String> withReferenced = names == null ? null : new java.util.HashSet<>(names);
        if (withReferenced != null) {
            Map<String, String> spelling = new java.util.HashMap<>();
            tables.keySet().forEach(name -> spelling.put(name.toLowerCase(java.util.Locale.ROOT), name));
            foreignKeys.values().forEach(rows -> rows.forEach(row -> withReferenced.add(
                    spelling.getOrDefault(row.table().toLowerCase(java.util.Locale.ROOT), row.table()))));
        }
        each(connection, COLUMNS, withReferenced, rs -> columns.computeIfAbsent(rs.getString(1),
                k -> new ArrayList<>()).add(new ColumnRow(rs.getInt(2), rs.getString(3), rs.getString(4),
                rs.getInt(5) != 0, rs.getString(6), rs.getInt(7), rs.getInt(8))));
        each(connection, INDEX_KEYS, names, rs -> indexKeys.computeIfAbsent(rs.getString(1),
                k -> new ArrayList<>()).add(new IndexKeyRow(rs.getString(2), rs.getInt(3) != 0, rs.getString(4),
                rs.getInt(5) != 0, rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getInt(9) != 0)));
        return new SqliteCatalog(tables, views, indexes, columns, indexKeys, foreignKeys);
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** Runs one of the pragma queries, for the tables named in {@code names} alone unless null. */
    private static void each(Connection connection, String sql, java.util.Set<String> names, RowReader reader)
            throws SQLException {
        String narrowed = names == null ? sql : sql.replace("ORDER BY ", "AND m.name IN ("
                + String.join(", ", java.util.Collections.nCopies(names.size(), "?")) + ") ORDER BY ");
        try (java.sql.PreparedStatement statement = connection.prepareStatement(narrowed)) {
            int i = 1;
            for (String name : names == null ? java.util.Set.<String>of() : names) {
                statement.setString(i++, name);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    private static void readObjects(Statement statement, Map<String, String> tables, Map<String, String> views,
            Map<String, String> indexes) throws SQLException {
        ResultSet objects;
        try {
            objects = statement.executeQuery(OBJECTS);
        } catch (SQLException e) {
            if (e.getMessage() == null || !e.getMessage().contains("pragma_table_list")) {
                throw e;
            }
            objects = statement.executeQuery(OBJECTS_BEFORE_3_37);
        }
        try (ResultSet rs = objects) {
            while (rs.next()) {
                String type = rs.getString(1);
                Map<String, String> target = "table".equals(type) ? tables : "view".equals(type) ? views : indexes;
                target.put(rs.getString(2), rs.getString(3));
            }
        }
    }

    List<ColumnRow> columnsOf(String table) {
        return columns.getOrDefault(table, List.of());
    }

    List<IndexKeyRow> indexKeysOf(String table) {
        return indexKeys.getOrDefault(table, List.of());
    }

    List<ForeignKeyRow> foreignKeysOf(String table) {
        return foreignKeys.getOrDefault(table, List.of());
    }
}
