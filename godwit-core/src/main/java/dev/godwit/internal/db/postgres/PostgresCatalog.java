package dev.godwit.internal.db.postgres;

/**
 * The catalog queries {@link PostgresInspector} sends: one per kind of object, each for the whole
 * schema at once (never per table). Each takes one parameter, the schema's oid, bound once in the
 * {@code ns} common table expression, and a second, the names of the tables to read (null: all),
 * which narrows the table queries only.
 *
 * <p>They run while the session's search_path is the inspected schema alone, so that
 * {@code format_type}, {@code pg_get_expr}, {@code pg_get_indexdef}, {@code pg_get_viewdef} and
 * {@code regclass} print this schema's names unqualified (and other schemas' names qualified).
 *
 * <p>Left out everywhere: partitions (the partitioned table stands for them), objects that belong
 * to an extension (CREATE EXTENSION made them, not a revision), foreign tables and materialized
 * views.
 */
final class PostgresCatalog {

    private PostgresCatalog() {
    }

    /**
     * Binds the schema oid and the names of the tables to read (null: all) once; every query starts
     * with it.
     */
    private static final String NS = "WITH ns AS (SELECT CAST(? AS oid) AS oid, CAST(? AS text[]) AS names)";

    /**
     * Tables and partitioned tables of the schema (not partitions, not extension members), those
     * named when names are bound.
     */
    private static final String OWN_TABLE = "c.relnamespace = (SELECT oid FROM ns) AND c.relkind IN ('r', 'p')"
            + " AND NOT c.relispartition"
            + " AND ((SELECT names FROM ns) IS NULL OR c.relname::text = ANY(CAST((SELECT names FROM ns) AS text[])))";

    private static final String NOT_EXTENSION_MEMBER = " AND NOT EXISTS (SELECT 1 FROM pg_depend e"
            + " WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')";

    /**
     * The sequences that make a column serial: owned by the column (pg_depend 'a', what serial
     * and OWNED BY record) and called by exactly that column's default, {@code nextval('seq'::regclass)}.
     * Columns: seqid, relid, attnum.
     */
    private static final String SERIAL_SEQUENCES = ", serial_seq AS ("
            + "SELECT own.objid AS seqid, own.refobjid AS relid, own.refobjsubid AS attnum"
            + " FROM pg_depend own"
            + " JOIN pg_class s ON s.oid = own.objid AND s.relkind = 'S'"
            + " JOIN pg_attrdef ad ON ad.adrelid = own.refobjid AND ad.adnum = own.refobjsubid"
            + " WHERE own.classid = 'pg_class'::regclass AND own.refclassid = 'pg_class'::regclass"
            + " AND own.deptype = 'a' AND own.refobjsubid > 0 AND s.relnamespace = (SELECT oid FROM ns)"
            + " AND pg_get_expr(ad.adbin, ad.adrelid)"
            + " = 'nextval(' || quote_literal(s.oid::regclass::text) || '::regclass)')";

    /** Columns: oid, name, comment. */
    static final String TABLES = NS
            + " SELECT c.oid, c.relname, d.description"
            + " FROM pg_class c"
            + " LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass"
            + " AND d.objsubid = 0"
            + " WHERE " + OWN_TABLE + NOT_EXTENSION_MEMBER;

    /**
     * Columns of every table, in attnum order, without dropped ones. Columns: table oid, name,
     * type, not null, default, attidentity, attgenerated, collation (only when not the type's
     * own), comment, serial.
     */
    static final String COLUMNS = NS + SERIAL_SEQUENCES
            + " SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,"
            + " pg_get_expr(ad.adbin, ad.adrelid), a.attidentity, a.attgenerated,"
            + " CASE WHEN a.attcollation <> t.typcollation THEN a.attcollation::regcollation::text END,"
            + " d.description,"
            + " EXISTS (SELECT 1 FROM serial_seq s WHERE s.relid = a.attrelid AND s.attnum = a.attnum)"
            + " FROM pg_attribute a"
            + " JOIN pg_class c ON c.oid = a.attrelid"
            + " JOIN pg_type t ON t.oid = a.atttypid"
            + " LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum"
            + " LEFT JOIN pg_description d ON d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass"
            + " AND d.objsubid = a.attnum"
            + " WHERE " + OWN_TABLE + " AND a.attnum > 0 AND NOT a.attisdropped"
            + " ORDER BY a.attrelid, a.attnum";

    /**
     * Primary keys, unique, foreign-key and check constraints, by table and name. Constraints a
     * foreign key to a partitioned table adds for each partition (conparentid set) are left out.
     * Columns: table oid, name, contype, column names in key order, referenced table (qualified
     * when in another schema), referenced column names, confdeltype, confupdtype, check expression,
     * condeferrable, condeferred.
     */
    static final String CONSTRAINTS = NS
            + " SELECT con.conrelid, con.conname, con.contype,"
            + " ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, n)"
            + " JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.n),"
            + " CASE WHEN rc.relnamespace = (SELECT oid FROM ns) THEN rc.relname::text"
            + " ELSE rn.nspname || '.' || rc.relname END,"
            + " ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, n)"
            + " JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.n),"
            + " con.confdeltype, con.confupdtype,"
            + " CASE WHEN con.contype = 'c' THEN pg_get_expr(con.conbin, con.conrelid, true) END,"
            + " con.condeferrable, con.condeferred"
            + " FROM pg_constraint con"
            + " JOIN pg_class c ON c.oid = con.conrelid"
            + " LEFT JOIN pg_class rc ON rc.oid = con.confrelid"
            + " LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace"
            + " WHERE " + OWN_TABLE + " AND con.contype IN ('p', 'u', 'f', 'c') AND con.conparentid = 0"
            + " ORDER BY con.conrelid, con.conname";

    /**
     * Index key parts, one row per key (INCLUDE columns are not keys), of every index that does
     * not back a primary key, unique or exclusion constraint. Columns: table oid, index name,
     * unique, access method, predicate, key column name (null for an expression), key expression
     * (null for a column), indoption of the key, the key's operator class when it is not the
     * default for its type (qualified when outside pg_catalog and this schema), the INCLUDE
     * column names, NULLS NOT DISTINCT (PostgreSQL 15 and later; false before).
     */
    static String indexKeys(int serverMajorVersion) {
        return NS
            + " SELECT i.indrelid, ic.relname, i.indisunique, am.amname,"
            + " pg_get_expr(i.indpred, i.indrelid, true),"
            + " a.attname,"
            + " CASE WHEN i.indkey[k.n - 1] = 0 THEN pg_get_indexdef(i.indexrelid, k.n, true) END,"
            + " i.indoption[k.n - 1],"
            + " (SELECT CASE WHEN ocn.nspname = 'pg_catalog' OR ocn.oid = (SELECT oid FROM ns)"
            + " THEN quote_ident(oc.opcname) ELSE quote_ident(ocn.nspname) || '.' || quote_ident(oc.opcname) END"
            + " FROM pg_opclass oc JOIN pg_namespace ocn ON ocn.oid = oc.opcnamespace"
            + " WHERE oc.oid = i.indclass[k.n - 1] AND NOT oc.opcdefault),"
            + " ARRAY(SELECT ia.attname::text FROM generate_series(i.indnkeyatts + 1, i.indnatts) AS g(n)"
            + " JOIN pg_attribute ia ON ia.attrelid = i.indrelid AND ia.attnum = i.indkey[g.n - 1] ORDER BY g.n),"
            + (serverMajorVersion >= 15 ? " i.indnullsnotdistinct" : " false")
            + " FROM pg_index i"
            + " JOIN pg_class c ON c.oid = i.indrelid"
            + " JOIN pg_class ic ON ic.oid = i.indexrelid"
            + " JOIN pg_am am ON am.oid = ic.relam"
            + " CROSS JOIN LATERAL generate_series(1, i.indnkeyatts) AS k(n)"
            + " LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.n - 1]"
            + " AND i.indkey[k.n - 1] <> 0"
            + " WHERE " + OWN_TABLE
            + " AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid"
            + " AND con.contype IN ('p', 'u', 'x'))"
            + " ORDER BY i.indrelid, ic.relname, k.n";
    }

    /** Enum types with their labels in sort order (a label-less enum gives one row with a null label). */
    static final String ENUMS = NS
            + " SELECT t.typname, e.enumlabel"
            + " FROM pg_type t"
            + " LEFT JOIN pg_enum e ON e.enumtypid = t.oid"
            + " WHERE t.typnamespace = (SELECT oid FROM ns) AND t.typtype = 'e'"
            + " AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_type'::regclass"
            + " AND x.objid = t.oid AND x.deptype = 'e')"
            + " ORDER BY t.typname, e.enumsortorder";

    /**
     * Sequences that stand on their own: not the sequence of a serial column, not an identity
     * column's internal one (pg_depend 'i'), not an extension's. Columns: name, type, start,
     * increment, min, max, cache, cycle.
     */
    static final String SEQUENCES = NS + SERIAL_SEQUENCES
            + " SELECT c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, s.seqmin,"
            + " s.seqmax, s.seqcache, s.seqcycle"
            + " FROM pg_sequence s"
            + " JOIN pg_class c ON c.oid = s.seqrelid"
            + " WHERE c.relnamespace = (SELECT oid FROM ns)"
            + " AND NOT EXISTS (SELECT 1 FROM serial_seq x WHERE x.seqid = c.oid)"
            + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass"
            + " AND d.objid = c.oid AND d.deptype IN ('i', 'e'))"
            + " ORDER BY c.relname";

    /** Plain views (not materialized ones). Columns: name, pretty-printed definition. */
    static final String VIEWS = NS
            + " SELECT c.relname, pg_get_viewdef(c.oid, true)"
            + " FROM pg_class c"
            + " WHERE c.relnamespace = (SELECT oid FROM ns) AND c.relkind = 'v'" + NOT_EXTENSION_MEMBER
            + " ORDER BY c.relname";
}
