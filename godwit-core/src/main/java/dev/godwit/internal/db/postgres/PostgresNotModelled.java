package dev.godwit.internal.db.postgres;

import java.util.List;

/**
 * The catalog queries that list what a Postgres schema holds and the schema model leaves out:
 * triggers, functions and procedures, column statistics targets, row-level security and its
 * policies, rules, materialized views, domains, extended statistics, unique constraints with NULLS
 * NOT DISTINCT and deferrable unique constraints. One line per object, such as {@code trigger tickets_touch on tickets}; a {@code ?}
 * is the schema (null: the connection's own).
 */
final class PostgresNotModelled {

    private static final String PG_NS = "(SELECT oid FROM pg_namespace WHERE nspname = coalesce(CAST(? AS text),"
            + " current_schema()))";

    static final List<String> QUERIES = List.of(
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

    private PostgresNotModelled() {
    }
}
