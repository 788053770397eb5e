package dev.godwit.internal.db.postgres;

import dev.godwit.internal.dialect.Dialect;
import dev.godwit.internal.dialect.DialectKind;
import dev.godwit.internal.dialect.Namespace;
import dev.godwit.internal.dialect.RunLock;
import dev.godwit.internal.dialect.SessionState;
import dev.godwit.internal.dialect.SessionLimits;
import dev.godwit.internal.confine.ConfinementRules;
import dev.godwit.internal.script.SplitterOptions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** PostgreSQL: transactional DDL, double-quoted identifiers, search_path for the schema. */
public final class PostgresDialect implements Dialect {

    /**
     * The reserved, type/function-name and column-name keywords of {@code pg_get_keywords()} (the
     * last kind is legal as a column name, but quoting it costs nothing and keeps it legal everywhere).
     */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("""
            all analyse analyze and any array as asc asymmetric authorization between bigint binary bit boolean both
            case cast char character check coalesce collate collation column concurrently constraint create cross
            current_catalog current_date current_role current_schema current_time current_timestamp current_user dec
            decimal default deferrable desc distinct do else end except exists extract false fetch float for foreign
            freeze from full grant greatest group grouping having ilike in initially inner inout int integer intersect
            interval into is isnull join lateral leading least left like limit localtime localtimestamp national
            natural nchar none normalize not notnull null nullif numeric offset on only or order out outer overlaps
            overlay placing position precision primary real references returning right row select session_user setof
            similar smallint some substring symmetric table tablesample then time timestamp to trailing treat trim
            true union unique user using values varchar variadic verbose when where window with xmlattributes
            xmlconcat xmlelement xmlexists xmlforest xmlnamespaces xmlparse xmlpi xmlroot xmlserialize xmltable
            """.strip().split("\\s+"));

    /** How {@code psql} cuts a script into statements. */
    public static final SplitterOptions SPLITTER_OPTIONS =
            new SplitterOptions(true, false, true, false, false, false, true, false, false, true, false);

    @Override
    public DialectKind kind() {
        return DialectKind.POSTGRESQL;
    }

    @Override
    public java.util.Set<String> reservedWords() {
        return RESERVED;
    }

    @Override
    public String driverClass() {
        return "org.postgresql.Driver";
    }

    /**
     * A migration is mostly one-off statements (DDL) interleaved with a few repeated bookkeeping
     * statements, so:
     * <ul>
     * <li>{@code preferQueryMode=extendedForPrepared}: a plain statement (a revision's DDL, which
     * runs once) travels as one simple Query message, as psql sends it, instead of Parse, Bind,
     * Describe, Execute and Sync; only prepared statements (the bookkeeping, the lock) use the
     * extended protocol.</li>
     * <li>{@code flushCacheOnDdl=false}: pgjdbc 42.7.13+ otherwise forgets every server-side
     * prepared statement after each CREATE/ALTER/DROP, i.e. after every revision, and parses the
     * bookkeeping statement again each time. That flush guards against "cached plan must not
     * change result type" for prepared queries whose tables change; Godwit's prepared statements
     * return no rows or a fixed type, and plain statements (the revisions') are never
     * server-prepared.</li>
     * <li>{@code assumeMinServerVersion=9.0}: the application name travels in the start-up
     * message instead of a SET statement and its round trip after connecting.</li>
     * </ul>
     */
    @Override
    public java.util.Map<String, String> connectionDefaults() {
        return java.util.Map.of("preferQueryMode", "extendedForPrepared", "flushCacheOnDdl", "false",
                "assumeMinServerVersion", "9.0");
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public boolean schemaExists(Connection connection, String schema) throws SQLException {
        try (java.sql.PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            ps.setString(1, schema);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public void useSchema(Connection connection, String schema) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET search_path TO " + quote(schema));
        }
    }

    @Override
    public void createSchema(Connection connection, String schema) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + quote(schema));
        }
    }

    /**
     * to_regclass resolves a name as a query would (search_path, quoting) and yields NULL instead of
     * failing. A plain statement with literals, not a prepared one: the no-op path then needs none of
     * the driver's prepared-statement machinery.
     */
    @Override
    public boolean[] tablesExist(Connection connection, String... qualifiedNames) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < qualifiedNames.length; i++) {
            sql.append(i == 0 ? "" : ", ").append("to_regclass(").append(literal(qualifiedNames[i]))
                    .append(") IS NOT NULL");
        }
        try (Statement s = connection.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql.toString())) {
            rs.next();
            boolean[] exist = new boolean[qualifiedNames.length];
            for (int i = 0; i < exist.length; i++) {
                exist[i] = rs.getBoolean(i + 1);
            }
            return exist;
        }
    }

    @Override
    public void dropSchema(Connection connection, String schema) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + quote(schema) + " CASCADE");
        } catch (SQLException e) {
            if (!"53200".equals(e.getSQLState())) {
                throw e;
            }
            // Out of lock memory: a schema of thousands of tables cannot go in one transaction
            // (max_locks_per_transaction). Drop its tables a hundred at a time, then the schema.
            dropTablesInBatches(connection, schema);
            try (Statement s = connection.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + quote(schema) + " CASCADE");
            }
        }
    }

    private void dropTablesInBatches(Connection connection, String schema) throws SQLException {
        java.util.List<String> tables = new java.util.ArrayList<>();
        try (java.sql.PreparedStatement p = connection.prepareStatement("SELECT c.relname FROM pg_class c "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind IN ('r', 'p')")) {
            p.setString(1, schema);
            try (java.sql.ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    tables.add(quote(schema) + "." + quote(rs.getString(1)));
                }
            }
        }
        try (Statement s = connection.createStatement()) {
            for (int i = 0; i < tables.size(); i += 100) {
                s.execute("DROP TABLE IF EXISTS " + String.join(", ", tables.subList(i, Math.min(tables.size(), i + 100)))
                        + " CASCADE");
            }
        }
    }

    @Override
    public boolean isUndefinedTable(SQLException e) {
        return "42P01".equals(e.getSQLState()) || "3F000".equals(e.getSQLState());
    }

    /** What changes search_path for the session: SET/RESET/set_config of it, SET SCHEMA, RESET ALL, DISCARD ALL. */
    private static final java.util.regex.Pattern CHANGES_SEARCH_PATH = java.util.regex.Pattern.compile(
            "(?i)search_path|\\bschema\\s*(=|to\\b|')|\\breset\\s+all\\b|\\bdiscard\\s+all\\b");

    /**
     * current_schema() is where an unqualified CREATE TABLE goes (the first schema of search_path
     * that exists); the session's search_path is what a revision's SET is undone to.
     */
    @Override
    public Namespace namespace(Connection connection, String configuredSchema) throws SQLException {
        try (Statement s = connection.createStatement(); java.sql.ResultSet rs = s.executeQuery(
                "SELECT current_database(), current_schema(), current_setting('search_path')")) {
            rs.next();
            boolean configured = configuredSchema != null && !configuredSchema.isBlank();
            String schema = configured ? configuredSchema : rs.getString(2);
            String restore = "SELECT pg_catalog.set_config('search_path', " + literal(rs.getString(3)) + ", false)";
            return new Namespace(schema, rs.getString(1) + "/" + (schema == null ? "" : schema), restore);
        }
    }

    @Override
    public boolean mayChangeNamespace(String sql) {
        return CHANGES_SEARCH_PATH.matcher(sql).find();
    }

    @Override
    public SessionState sessionState(Connection connection) throws SQLException {
        return PostgresSessionState.read(connection);
    }

    @Override
    public RunLock runLock(Namespace namespace, String table) {
        return new PostgresRunLock(namespace.lockName(table));
    }

    @Override
    public String identityPrimaryKey() {
        return "id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
    }

    @Override
    public String timestampType() {
        return "TIMESTAMP WITH TIME ZONE";
    }

    @Override
    public boolean refusesNonTransactionalStatements() {
        return true;
    }

    @Override
    public java.util.List<String> offlineUseSchema(String schema, boolean create) {
        String set = "SET search_path TO " + quote(schema) + ";";
        return create ? java.util.List.of("CREATE SCHEMA IF NOT EXISTS " + quote(schema) + ";", set) : java.util.List.of(set);
    }

    @Override
    public boolean combinesDataChanges() {
        return true;
    }

    @Override
    public String deferFlushSql() {
        return "SET synchronous_commit = off";
    }

    /** RESET, not "on": back to whatever the server, database, role or connection set. */
    @Override
    public String restoreFlushSql() {
        return "RESET synchronous_commit";
    }

    @Override
    public boolean commitsWithBookkeeping() {
        return true;
    }

    /**
     * Asks the server: in a transaction that an error aborted, every statement fails with
     * in_failed_sql_transaction (25P02) until the rollback; after a failed COMMIT the transaction is
     * over and a query runs (inside a new transaction the caller then rolls back).
     */
    @Override
    public Boolean bookkeepingFailed(Connection connection) {
        try (Statement s = connection.createStatement()) {
            s.execute("SELECT 1");
            return Boolean.FALSE;
        } catch (SQLException e) {
            return "25P02".equals(e.getSQLState()) ? Boolean.TRUE : null;
        }
    }

    @Override
    public SplitterOptions splitterOptions() {
        return SPLITTER_OPTIONS;
    }

    @Override
    public SessionLimits sessionLimits() {
        return new PostgresSessionLimits();
    }

    @Override
    public String currentNamespace(Connection connection) throws SQLException {
        try (java.sql.Statement s = connection.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT current_schema()")) {
            String current = rs.next() ? rs.getString(1) : null;
            return current == null ? "public" : current;
        }
    }

    @Override
    public String invalidIndexLeftBy(Connection connection, dev.godwit.internal.script.Statement statement) {
        return ConcurrentIndex.leftInvalid(connection, statement);
    }

    @Override
    public void dropInvalidIndex(Connection connection, String name) throws SQLException {
        ConcurrentIndex.drop(connection, name);
    }

    @Override
    public ConfinementRules confinementRules() {
        return new PostgresConfinement();
    }
}
