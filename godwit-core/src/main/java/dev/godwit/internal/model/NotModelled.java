package dev.godwit.internal.model;

import dev.godwit.internal.dialect.DialectKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The objects a model creates that Godwit does not model, read from the scratch database after
 * the model ran, so that autogenerate can name each one instead of leaving it out without a
 * word: triggers, functions and procedures everywhere; on PostgreSQL also column statistics
 * targets, row-level security and its policies, rules, materialized views, domains, extended
 * statistics, unique constraints with NULLS NOT DISTINCT and deferrable unique constraints; on
 * MySQL/MariaDB also events. One line each, such as {@code trigger tickets_touch on tickets}.
 */
public final class NotModelled {

    private static final String PG_NS = "(SELECT oid FROM pg_namespace WHERE nspname = coalesce(CAST(? AS text),"
            + " current_schema()))";

    private static final List<String> POSTGRES = List.of(
            "SELECT 'trigger ' || t.tgname || ' on ' || c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                    + " WHERE NOT t.tgisinternal AND c.relnamespace = " + PG_NS + " ORDER BY 1",
            "SELECT CASE p.prokind WHEN 'p' THEN 'procedure ' WHEN 'a' THEN 'aggregate ' ELSE 'function ' END"
                    + " || p.oid::regprocedure::text FROM pg_proc p WHERE p.pronamespace = " + PG_NS
                    + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass"
                    + " AND d.objid = p.oid AND d.deptype = 'e') ORDER BY 1",
            "SELECT 'statistics target ' || a.attstattarget || ' of column ' || c.relname || '.' || a.attname"
                    + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                    + " WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped"
                    + " AND coalesce(a.attstattarget, -1) >= 0 AND c.relnamespace = " + PG_NS + " ORDER BY 1",
            "SELECT 'row-level security on ' || c.relname FROM pg_class c WHERE c.relrowsecurity"
                    + " AND c.relnamespace = " + PG_NS + " ORDER BY 1",
            "SELECT 'policy ' || p.polname || ' on ' || c.relname FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid"
                    + " WHERE c.relnamespace = " + PG_NS + " ORDER BY 1",
            "SELECT 'rule ' || r.rulename || ' on ' || c.relname FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class"
                    + " WHERE r.rulename <> '_RETURN' AND c.relnamespace = " + PG_NS + " ORDER BY 1",
            "SELECT 'materialized view ' || c.relname FROM pg_class c WHERE c.relkind = 'm'"
                    + " AND c.relnamespace = " + PG_NS + " ORDER BY 1",
            "SELECT 'domain ' || t.typname FROM pg_type t WHERE t.typtype = 'd' AND t.typnamespace = " + PG_NS
                    + " ORDER BY 1",
            "SELECT 'statistics object ' || s.stxname FROM pg_statistic_ext s WHERE s.stxnamespace = " + PG_NS
                    + " ORDER BY 1",
            "SELECT CASE WHEN con.condeferrable THEN 'deferrable ' ELSE '' END"
                    + " || CASE con.contype WHEN 'p' THEN 'primary key ' ELSE 'unique constraint ' END"
                    + " || con.conname || ' on ' || c.relname"
                    + " || CASE WHEN coalesce((to_jsonb(i) ->> 'indnullsnotdistinct')::boolean, false)"
                    + " THEN ' NULLS NOT DISTINCT' ELSE '' END"
                    + " FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid"
                    + " JOIN pg_index i ON i.indexrelid = con.conindid"
                    + " WHERE con.contype IN ('u', 'p') AND (con.condeferrable OR coalesce((to_jsonb(i)"
                    + " ->> 'indnullsnotdistinct')::boolean, false)) AND c.relnamespace = " + PG_NS + " ORDER BY 1");

    private static final List<String> MYSQL = List.of(
            "SELECT CONCAT('trigger ', TRIGGER_NAME, ' on ', EVENT_OBJECT_TABLE) FROM information_schema.TRIGGERS"
                    + " WHERE TRIGGER_SCHEMA = COALESCE(?, DATABASE()) ORDER BY 1",
            "SELECT CONCAT(LOWER(ROUTINE_TYPE), ' ', ROUTINE_NAME) FROM information_schema.ROUTINES"
                    + " WHERE ROUTINE_SCHEMA = COALESCE(?, DATABASE()) ORDER BY 1",
            "SELECT CONCAT('event ', EVENT_NAME) FROM information_schema.EVENTS"
                    + " WHERE EVENT_SCHEMA = COALESCE(?, DATABASE()) ORDER BY 1");

    private static final List<String> SQLITE = List.of(
            "SELECT 'trigger ' || name || ' on ' || tbl_name FROM sqlite_master WHERE type = 'trigger' ORDER BY 1");

    private NotModelled() {
    }

    /** The objects of {@code schema} (the connection's own when null) that the schema model leaves out. */
    public static List<String> list(Connection connection, DialectKind kind, String schema) throws SQLException {
        List<String> queries = switch (kind) {
            case POSTGRESQL -> POSTGRES;
            case MYSQL -> MYSQL;
            case SQLITE -> SQLITE;
        };
        List<String> objects = new ArrayList<>();
        for (String sql : queries) {
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                long parameters = sql.chars().filter(c -> c == '?').count();
                for (int i = 1; i <= parameters; i++) {
                    s.setString(i, schema);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        objects.add(rs.getString(1));
                    }
                }
            }
        }
        return objects;
    }
}
