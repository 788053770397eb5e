package dev.godwit.internal.db.postgres;

import dev.godwit.internal.inspect.SchemaFingerprint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * A PostgreSQL schema's {@link SchemaFingerprint}, in one query that prints nothing (no
 * format_type, no pg_get_expr): the identity and transaction id ({@code xmin}) of every catalog
 * row the inspector reads. PostgreSQL writes a new row version, with the writing transaction's id,
 * for every change to a catalog row, and a committed transaction's id is never given again, so
 * the same rows with the same ids are the same definitions.
 *
 * <p>Per table: its pg_class row; its columns with their types' rows (a renamed enum type prints
 * another name); defaults; its own constraints; its indexes with their pg_class rows; comments;
 * the sequences it owns (serial) and whether an extension owns it. The rest: the schema's other
 * relations (views, sequences, composite types, partitions), view rules, types, enum labels,
 * sequence options and functions (an index expression or a check prints a function's name).
 */
final class PostgresFingerprint {
    private static final String SCHEMA = "WITH ns AS (SELECT n.oid FROM pg_namespace n"
            + " WHERE n.nspname = coalesce(CAST(? AS text), current_schema()))";

    private static String rows(String what, String key, String from, String where) {
        return " (SELECT string_agg(" + key + "::text || ':' || " + what + ".xmin::text, ',' ORDER BY " + key
                + "::text) FROM " + from + " WHERE " + where + ")";
    }

    private static final String TABLE = "md5(concat_ws('|', c.xmin::text,"
            + rows("a", "a.attnum::text || '/' || t.xmin::text || '/' || a.attrelid::text", "pg_attribute a"
                    + " JOIN pg_type t ON t.oid = a.atttypid", "a.attrelid = c.oid AND a.attnum > 0") + ","
            + rows("ad", "ad.adnum", "pg_attrdef ad", "ad.adrelid = c.oid") + ","
            + rows("con", "con.oid", "pg_constraint con", "con.conrelid = c.oid") + ","
            + rows("i", "i.indexrelid::text || '/' || ic.xmin::text", "pg_index i JOIN pg_class ic"
                    + " ON ic.oid = i.indexrelid", "i.indrelid = c.oid") + ","
            + rows("d", "d.objsubid", "pg_description d", "d.objoid = c.oid AND d.classoid = 'pg_class'::regclass")
            + ","
            + rows("dep", "dep.objid::text || '/' || dep.refobjsubid::text || '/' || dep.deptype::text", "pg_depend dep",
                    "dep.classid = 'pg_class'::regclass AND dep.refclassid = 'pg_class'::regclass"
                    + " AND ((dep.refobjid = c.oid AND dep.deptype = 'a') OR (dep.objid = c.oid AND dep.deptype = 'e'))")
            + "))";

    private static final String REST = "md5(concat_ws('|', 'rest',"
            + rows("c", "c.oid", "pg_class c", "c.relnamespace = (SELECT oid FROM ns)"
                    + " AND (c.relkind NOT IN ('r', 'p', 'i', 'I') OR c.relispartition)") + ","
            + rows("r", "r.oid", "pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class",
                    "c.relnamespace = (SELECT oid FROM ns) AND c.relkind IN ('v', 'm')") + ","
            + rows("t", "t.oid", "pg_type t", "t.typnamespace = (SELECT oid FROM ns) AND t.typrelid = 0"
                    + " AND t.typcategory <> 'A'") + ","
            + rows("e", "e.oid", "pg_enum e JOIN pg_type t ON t.oid = e.enumtypid",
                    "t.typnamespace = (SELECT oid FROM ns)") + ","
            + rows("s", "s.seqrelid", "pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid",
                    "c.relnamespace = (SELECT oid FROM ns)") + ","
            + rows("p", "p.oid", "pg_proc p", "p.pronamespace = (SELECT oid FROM ns)")
            + "))";

    /** Columns: table name (null for the rest), value. */
    static final String QUERY = SCHEMA
            + " SELECT c.relname, " + TABLE + " FROM pg_class c"
            + " WHERE c.relnamespace = (SELECT oid FROM ns) AND c.relkind IN ('r', 'p') AND NOT c.relispartition"
            + " UNION ALL SELECT NULL, " + REST;

    private PostgresFingerprint() {
    }

    /**
     * The fingerprint of {@code schema} (null: the connection's current one), with JIT compilation off
     * meanwhile where the server has it: the planner expects many catalog rows after much DDL, and
     * compiling the query would take longer than running it.
     */
    static SchemaFingerprint read(Connection connection, String schema) throws SQLException {
        String jit = null;
        if (connection.getMetaData().getDatabaseMajorVersion() >= 11) {
            jit = setJit(connection, "off");
        }
        try {
            return query(connection, schema);
        } finally {
            if (jit != null) {
                setJit(connection, jit);
            }
        }
    }

    /** Sets jit, returning its previous value. */
    private static String setJit(Connection connection, String value) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT current_setting('jit'), set_config('jit', ?, false)")) {
            s.setString(1, value);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static SchemaFingerprint query(Connection connection, String schema) throws SQLException {
        Map<String, String> tables = new HashMap<>();
        String rest = null;
        try (PreparedStatement s = connection.prepareStatement(QUERY)) {
            s.setString(1, schema);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1) == null) {
                        rest = rs.getString(2);
                    } else {
                        tables.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
        }
        return new SchemaFingerprint(tables, rest);
    }
}
