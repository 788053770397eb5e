package dev.godwit.internal.db.postgres;

import dev.godwit.internal.inspect.SchemaFingerprint;
import dev.godwit.internal.inspect.SchemaInspector;
import dev.godwit.schema.CheckConstraint;
import dev.godwit.schema.Column;
import dev.godwit.schema.ColumnType;
import dev.godwit.schema.EnumType;
import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.ForeignKeyAction;
import dev.godwit.schema.Identity;
import dev.godwit.schema.Index;
import dev.godwit.schema.IndexKey;
import dev.godwit.schema.PrimaryKey;
import dev.godwit.schema.Schema;
import dev.godwit.schema.Sequence;
import dev.godwit.schema.Table;
import dev.godwit.schema.UniqueConstraint;
import dev.godwit.schema.View;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a PostgreSQL schema from pg_catalog with a fixed number of statements, whatever the
 * table count: one to find the schema, one to narrow search_path to it, one per kind of object
 * ({@link PostgresCatalog}: tables, columns, constraints, index keys, enums, sequences, views)
 * and one to restore search_path; ten in all. Tables are gathered by oid in memory.
 *
 * <p>Values are PostgreSQL's own printing (format_type, pg_get_expr, pg_get_indexdef,
 * pg_get_viewdef), so they are valid SQL as they stand; defaults get the two rewrites of
 * {@link PostgresDefaults}. A schema that does not exist reads as an empty schema.
 *
 * <p>Not modelled, so not read: NULLS FIRST/LAST and collations of index keys; exclusion
 * constraints; NULLS NOT DISTINCT and deferrability of unique constraints; MATCH FULL and the column
 * list of ON DELETE SET NULL (…) of foreign keys; NOT VALID and NO INHERIT of checks; the
 * options of serial and identity sequences.
 */
final class PostgresInspector implements SchemaInspector {

    private static final String FIND_SCHEMA = "SELECT n.oid, w.name, current_setting('search_path'), current_setting('jit', true)"
            + " FROM (SELECT coalesce(CAST(? AS text), current_schema()) AS name) w"
            + " LEFT JOIN pg_namespace n ON n.nspname = w.name";

    @Override
    public Schema inspect(Connection connection, String schema) throws SQLException {
        return inspect(connection, schema, null);
    }

    @Override
    public Schema inspectTables(Connection connection, String schema, Set<String> tables) throws SQLException {
        return inspect(connection, schema, Set.copyOf(tables));
    }

    @Override
    public SchemaFingerprint fingerprint(Connection connection, String schema) throws SQLException {
        return PostgresFingerprint.read(connection, schema);
    }

    /** The schema's oid, and the names of the tables to read (null: all). */
    private record Scope(long oid, Set<String> only) {
    }

    private Schema inspect(Connection connection, String schema, Set<String> only) throws SQLException {
        long oid;
        String name;
        String searchPath;
        String jit;
        try (PreparedStatement s = connection.prepareStatement(FIND_SCHEMA)) {
            s.setString(1, schema);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                oid = rs.getLong(1);
                name = rs.getString(2);
                searchPath = rs.getString(3);
                jit = rs.getString(4);
            }
        }
        if (oid == 0) {
            return Schema.empty();
        }
        try (PostgresSearchPath ignored = PostgresSearchPath.narrow(connection, name, searchPath, jit)) {
            return read(connection, new Scope(oid, only));
        }
    }

    private static Schema read(Connection connection, Scope scope) throws SQLException {
        Map<Long, PostgresTableParts> tables = new LinkedHashMap<>();
        query(connection, PostgresCatalog.TABLES, scope,
                rs -> tables.put(rs.getLong(1), new PostgresTableParts(rs.getString(2), rs.getString(3))));
        query(connection, PostgresCatalog.COLUMNS, scope, rs -> {
            PostgresTableParts table = tables.get(rs.getLong(1));
            if (table != null) {
                table.columns.add(column(rs));
            }
        });
        query(connection, PostgresCatalog.CONSTRAINTS, scope, rs -> {
            PostgresTableParts table = tables.get(rs.getLong(1));
            if (table != null) {
                addConstraint(table, rs);
            }
        });
        readIndexes(connection, scope, tables);
        List<Table> built = new ArrayList<>(tables.size());
        for (PostgresTableParts parts : tables.values()) {
            built.add(parts.toTable());
        }
        return new Schema(built, views(connection, scope), enums(connection, scope),
                sequences(connection, scope));
    }

    /** A row of {@link PostgresCatalog#COLUMNS}. */
    private static Column column(ResultSet rs) throws SQLException {
        String defaultValue = rs.getString(5);
        String identityCode = rs.getString(6);
        boolean generated = "s".equals(rs.getString(7));
        boolean serial = rs.getBoolean(10);
        Identity identity;
        if ("a".equals(identityCode)) {
            identity = Identity.ALWAYS;
        } else if ("d".equals(identityCode)) {
            identity = Identity.BY_DEFAULT;
        } else if (serial) {
            identity = Identity.SERIAL;
        } else {
            identity = Identity.NONE;
        }
        String kept = generated || identity != Identity.NONE ? null : PostgresDefaults.normalise(defaultValue);
        return new Column(rs.getString(2), new ColumnType(rs.getString(3)), !rs.getBoolean(4), kept, identity,
                generated ? defaultValue : null, rs.getString(9), null, rs.getString(8), null, false,
                kept == null ? null : defaultValue);
    }

    /** A row of {@link PostgresCatalog#CONSTRAINTS}, added to its table. */
    private static void addConstraint(PostgresTableParts table, ResultSet rs) throws SQLException {
        String name = rs.getString(2);
        List<String> columns = names(rs.getArray(4));
        switch (rs.getString(3)) {
            case "p":
                table.primaryKey = new PrimaryKey(name, columns);
                break;
            case "u":
                table.uniques.add(new UniqueConstraint(name, columns));
                break;
            case "f":
                table.foreignKeys.add(new ForeignKey(name, columns, rs.getString(5), names(rs.getArray(6)),
                        action(rs.getString(7)), action(rs.getString(8)), rs.getBoolean(10), rs.getBoolean(11)));
                break;
            case "c":
                table.checks.add(new CheckConstraint(name, rs.getString(9)));
                break;
            default:
                throw new IllegalStateException("unexpected constraint type " + rs.getString(3));
        }
    }

    /** pg_constraint's confdeltype/confupdtype letter. */
    static ForeignKeyAction action(String code) {
        switch (code) {
            case "r":
                return ForeignKeyAction.RESTRICT;
            case "c":
                return ForeignKeyAction.CASCADE;
            case "n":
                return ForeignKeyAction.SET_NULL;
            case "d":
                return ForeignKeyAction.SET_DEFAULT;
            default:
                return ForeignKeyAction.NO_ACTION;
        }
    }

    /** Rows of {@link PostgresCatalog#indexKeys}, one per key, folded into one index per name. */
    private static void readIndexes(Connection connection, Scope scope, Map<Long, PostgresTableParts> tables)
            throws SQLException {
        Map<Long, Map<String, IndexRows>> byTable = new HashMap<>();
        String indexKeys = PostgresCatalog.indexKeys(connection.getMetaData().getDatabaseMajorVersion());
        query(connection, indexKeys, scope, rs -> {
            long table = rs.getLong(1);
            if (!tables.containsKey(table)) {
                return;
            }
            String name = rs.getString(2);
            IndexRows index = byTable.computeIfAbsent(table, t -> new LinkedHashMap<>()).get(name);
            if (index == null) {
                String method = rs.getString(4);
                index = new IndexRows(name, rs.getBoolean(3), rs.getString(5), "btree".equals(method) ? null : method,
                        names(rs.getArray(10)), rs.getBoolean(11));
                byTable.get(table).put(name, index);
            }
            boolean descending = (rs.getInt(8) & 1) != 0;
            index.keys.add(new IndexKey(rs.getString(6), rs.getString(6) == null ? rs.getString(7) : null,
                    descending, null, rs.getString(9)));
        });
        byTable.forEach((table, indexes) -> indexes.values().forEach(i -> tables.get(table).indexes.add(i.toIndex())));
    }

    /** An index while its key rows arrive. */
    private static final class IndexRows {
        final String name;
        final boolean unique;
        final String where;
        final String method;
        final List<String> include;
        final boolean nullsNotDistinct;
        final List<IndexKey> keys = new ArrayList<>();

        IndexRows(String name, boolean unique, String where, String method, List<String> include,
                  boolean nullsNotDistinct) {
            this.name = name;
            this.unique = unique;
            this.where = where;
            this.method = method;
            this.include = include;
            this.nullsNotDistinct = nullsNotDistinct;
        }

        Index toIndex() {
            return new Index(name, unique, keys, where, method, include, nullsNotDistinct);
        }
    }

    private static List<EnumType> enums(Connection connection, Scope scope) throws SQLException {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        query(connection, PostgresCatalog.ENUMS, scope, rs -> {
            List<String> values = labels.computeIfAbsent(rs.getString(1), n -> new ArrayList<>());
            String label = rs.getString(2);
            if (label != null) {
                values.add(label);
            }
        });
        List<EnumType> enums = new ArrayList<>(labels.size());
        labels.forEach((name, values) -> enums.add(new EnumType(name, values)));
        return enums;
    }

    private static List<Sequence> sequences(Connection connection, Scope scope) throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        query(connection, PostgresCatalog.SEQUENCES, scope, rs -> sequences.add(new Sequence(rs.getString(1),
                rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                rs.getBoolean(8))));
        return sequences;
    }

    private static List<View> views(Connection connection, Scope scope) throws SQLException {
        List<View> views = new ArrayList<>();
        query(connection, PostgresCatalog.VIEWS, scope,
                rs -> views.add(new View(rs.getString(1), viewDefinition(rs.getString(2)))));
        return views;
    }

    /** pg_get_viewdef's text without its leading blank and trailing semicolon. */
    static String viewDefinition(String printed) {
        String text = printed.strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        return text;
    }

    private static List<String> names(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        try {
            return List.of((String[]) array.getArray());
        } finally {
            array.free();
        }
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private static void query(Connection connection, String sql, Scope scope, RowReader reader)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, scope.oid());
            if (scope.only() == null) {
                s.setNull(2, java.sql.Types.VARCHAR);
            } else {
                s.setArray(2, connection.createArrayOf("text", scope.only().toArray(new String[0])));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    @Override
    public List<String> notModelledQueries() {
        return PostgresNotModelled.QUERIES;
    }
}
