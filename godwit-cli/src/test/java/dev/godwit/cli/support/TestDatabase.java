package dev.godwit.cli.support;

import dev.godwit.testsupport.TestServer;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assumptions;

/**
 * A real, isolated database for one test: a SQLite file, a fresh PostgreSQL schema, or a fresh
 * MariaDB database, on the servers of GODWIT_TEST_PG_URL / GODWIT_TEST_MYSQL_URL ({@link TestServer},
 * as the README says). When a server is not reachable the test is skipped with a loud warning,
 * except under CI (any non-empty CI but false/0, {@link TestServer#ci()}), where it fails: CI never
 * silently skips a database.
 */
public final class TestDatabase implements AutoCloseable {
    private static final AtomicLong COUNTER = new AtomicLong();

    public enum Kind { SQLITE, POSTGRESQL, MARIADB }

    private final Kind kind;
    private final String url;
    private final String schema;
    private final String jdbcUrl;
    private final String adminJdbcUrl;
    private final String user;
    private final String password;
    private final String host;
    private final String port;
    private final String database;

    private TestDatabase(Kind kind, String url, String schema, String jdbcUrl, String adminJdbcUrl, TestServer server,
                         String database) {
        this.kind = kind;
        this.url = url;
        this.schema = schema;
        this.jdbcUrl = jdbcUrl;
        this.adminJdbcUrl = adminJdbcUrl;
        this.user = server == null ? null : server.user();
        this.password = server == null ? null : server.password();
        this.host = server == null ? null : server.host();
        this.port = server == null ? null : server.port();
        this.database = database;
    }

    /** Opens the database of {@code kind} for a test whose project lives in {@code dir}. */
    public static TestDatabase create(Kind kind, Path dir) {
        return create(kind, dir, "gw");
    }

    /** Like {@link #create(Kind, Path)}, the server's schema or database named {@code prefix_…}. */
    public static TestDatabase create(Kind kind, Path dir, String prefix) {
        switch (kind) {
            case SQLITE:
                Path file = dir.resolve("test.db").toAbsolutePath();
                return new TestDatabase(kind, "sqlite:///" + file, null, "jdbc:sqlite:" + file, null, null,
                        file.toString());
            case POSTGRESQL:
                return postgres(prefix);
            default:
                return mariadb(prefix);
        }
    }

    private static String unique(String prefix) {
        return (prefix + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet() + "_"
                + Long.toString(System.nanoTime() % 1_000_000, 36)).toLowerCase(Locale.ROOT);
    }

    private static TestDatabase postgres(String prefix) {
        TestServer server = TestServer.postgres();
        String jdbc = "jdbc:postgresql://" + server.host() + ":" + server.port() + "/" + server.database();
        requireServer("PostgreSQL", jdbc, server);
        String schema = unique(prefix);
        return new TestDatabase(Kind.POSTGRESQL, "postgresql://" + server.userInfo() + server.host() + ":"
                + server.port() + "/" + server.database(), schema, jdbc + "?currentSchema=" + schema, jdbc, server,
                server.database());
    }

    private static TestDatabase mariadb(String prefix) {
        TestServer server = TestServer.mariadb();
        String admin = "jdbc:mariadb://" + server.host() + ":" + server.port() + "/";
        requireServer("MariaDB", admin + server.database(), server);
        String database = unique(prefix);
        exec(admin, server.user(), server.password(), "CREATE DATABASE " + database);
        return new TestDatabase(Kind.MARIADB, "mariadb://" + server.userInfo() + server.host() + ":" + server.port()
                + "/" + database, null, admin + database, admin, server, database);
    }

    private static void requireServer(String name, String jdbc, TestServer server) {
        try (Connection c = DriverManager.getConnection(jdbc, server.user(), server.password())) {
            c.isValid(2);
        } catch (SQLException e) {
            String message = name + " is not reachable at " + jdbc + " as " + server.user() + " (" + e.getMessage() + ")";
            if (TestServer.ci()) {
                fail("CI=" + System.getenv("CI") + " and " + message + ": CI must run every database test.");
            }
            System.err.println("\n!!!!! SKIPPING " + name + " TEST: " + message + " !!!!!\n");
            Assumptions.abort(message);
        }
    }

    public Kind kind() {
        return kind;
    }

    /** The URL to give godwit (`--url` or `url` in godwit.toml). */
    public String url() {
        return url;
    }

    /** The server's host, or null for SQLite. */
    public String host() {
        return host;
    }

    /** The server's port, or null for SQLite. */
    public String port() {
        return port;
    }

    /** The password of {@link #user()} ("" for none), or null for SQLite. */
    public String password() {
        return password;
    }

    /** The user the tests connect as, or null for SQLite. */
    public String user() {
        return user;
    }

    /** The database to connect to: PostgreSQL's database (the schema is separate), MariaDB's, or the SQLite file. */
    public String database() {
        return database;
    }

    /** The PostgreSQL schema the test uses, or null. */
    public String schema() {
        return schema;
    }

    /** Writes a godwit.toml for this database into {@code dir}, plus any extra lines. */
    public Path writeConfig(Path dir, String... extraLines) throws IOException {
        StringBuilder toml = new StringBuilder();
        toml.append("url = \"").append(url).append("\"\n");
        if (schema != null) {
            toml.append("schema = \"").append(schema).append("\"\n");
        }
        for (String line : extraLines) {
            toml.append(line).append('\n');
        }
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve("godwit.toml"), toml.toString());
    }

    public Connection connect() throws SQLException {
        if (kind == Kind.POSTGRESQL) {
            try (Connection c = DriverManager.getConnection(adminJdbcUrl, user, password);
                 Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            }
        }
        return kind == Kind.SQLITE ? DriverManager.getConnection(jdbcUrl) : DriverManager.getConnection(jdbcUrl, user, password);
    }

    /** Rows of a query, each a list of strings (null stays null). */
    public List<List<String>> query(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            List<List<String>> rows = new ArrayList<>();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** The first column of a query. */
    public List<String> column(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        for (List<String> row : query(sql)) {
            out.add(row.get(0));
        }
        return out;
    }

    public void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The version table's rows, sorted; empty when the table does not exist. */
    public List<String> versionRows(String table) throws SQLException {
        if (!tableExists(table)) {
            return List.of();
        }
        List<String> rows = column("SELECT version_num FROM " + table);
        rows.sort(null);
        return rows;
    }

    public boolean tableExists(String table) throws SQLException {
        String sql;
        switch (kind) {
            case SQLITE:
                sql = "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'";
                break;
            case POSTGRESQL:
                sql = "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema
                        + "' AND table_name = '" + table + "'";
                break;
            default:
                sql = "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = '"
                        + table + "'";
        }
        return !column(sql).isEmpty();
    }

    /** The names of the tables in the test's schema/database (lower case, sorted), the version table included. */
    public List<String> tables() throws SQLException {
        String sql;
        switch (kind) {
            case SQLITE:
                sql = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
                break;
            case POSTGRESQL:
                sql = "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema + "'";
                break;
            default:
                sql = "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()";
        }
        List<String> names = new ArrayList<>();
        for (String name : column(sql)) {
            names.add(name.toLowerCase(Locale.ROOT));
        }
        names.sort(null);
        return names;
    }

    /** {@link #tables()} without Godwit's own tables (the version table and any other {@code godwit_*} table). */
    public List<String> userTables() throws SQLException {
        List<String> names = new ArrayList<>();
        for (String name : tables()) {
            if (!name.startsWith("godwit_")) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * A description of the schema to compare two databases of the same kind: every table's columns
     * with their types, nullability and defaults, the indexes, triggers and routines (procedures,
     * functions), sorted. Godwit's own tables other than the version table are left out.
     */
    public List<String> describe() throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        switch (kind) {
            case SQLITE:
                rows.addAll(tagged("column", query("SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk "
                        + "FROM sqlite_master m, pragma_table_info(m.name) p "
                        + "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'")));
                rows.addAll(tagged("object", query("SELECT tbl_name, type, name, sql FROM sqlite_master "
                        + "WHERE type IN ('index', 'view', 'trigger') AND sql IS NOT NULL")));
                break;
            case POSTGRESQL:
                rows.addAll(tagged("column", query("SELECT table_name, column_name, data_type, is_nullable, "
                        + "column_default FROM information_schema.columns WHERE table_schema = '" + schema + "'")));
                rows.addAll(tagged("index", query("SELECT tablename, indexname, replace(indexdef, '" + schema
                        + ".', '') FROM pg_indexes WHERE schemaname = '" + schema + "'")));
                rows.addAll(tagged("trigger", query("SELECT event_object_table, trigger_name, event_manipulation, "
                        + "action_statement FROM information_schema.triggers WHERE trigger_schema = '" + schema + "'")));
                rows.addAll(tagged("routine", query("SELECT '', routine_type, routine_name, data_type "
                        + "FROM information_schema.routines WHERE routine_schema = '" + schema + "'")));
                break;
            default:
                rows.addAll(tagged("column", query("SELECT table_name, column_name, column_type, is_nullable, "
                        + "column_default FROM information_schema.columns WHERE table_schema = DATABASE()")));
                rows.addAll(tagged("index", query("SELECT table_name, index_name, column_name, seq_in_index, "
                        + "non_unique FROM information_schema.statistics WHERE table_schema = DATABASE()")));
                rows.addAll(tagged("trigger", query("SELECT event_object_table, trigger_name, event_manipulation, "
                        + "action_statement FROM information_schema.triggers WHERE trigger_schema = DATABASE()")));
                rows.addAll(tagged("routine", query("SELECT '', routine_type, routine_name, routine_definition "
                        + "FROM information_schema.routines WHERE routine_schema = DATABASE()")));
        }
        List<String> out = new ArrayList<>();
        for (List<String> row : rows) {
            String table = row.get(1) == null ? "" : row.get(1).toLowerCase(Locale.ROOT);
            if (table.startsWith("godwit_") && !table.equals("godwit_version")) {
                continue;
            }
            out.add(String.join(" | ", nonNull(row)));
        }
        out.sort(null);
        return out;
    }

    private static List<List<String>> tagged(String tag, List<List<String>> rows) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> copy = new ArrayList<>();
            copy.add(tag);
            copy.addAll(row);
            out.add(copy);
        }
        return out;
    }

    private static List<String> nonNull(List<String> row) {
        List<String> out = new ArrayList<>();
        for (String value : row) {
            out.add(value == null ? "<null>" : value);
        }
        return out;
    }

    private static void exec(String jdbc, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(jdbc, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (kind == Kind.POSTGRESQL) {
            exec(adminJdbcUrl, user, password, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } else if (kind == Kind.MARIADB) {
            exec(adminJdbcUrl, user, password, "DROP DATABASE IF EXISTS " + jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1));
        }
    }
}
