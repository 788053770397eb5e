package dev.godwit.cli.support;

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
 * MariaDB database. When a server is not reachable the test is skipped with a loud warning, except
 * under CI=true, where it fails: CI never silently skips a database.
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

    private TestDatabase(Kind kind, String url, String schema, String jdbcUrl, String adminJdbcUrl, String user) {
        this.kind = kind;
        this.url = url;
        this.schema = schema;
        this.jdbcUrl = jdbcUrl;
        this.adminJdbcUrl = adminJdbcUrl;
        this.user = user;
    }

    /** Opens the database of {@code kind} for a test whose project lives in {@code dir}. */
    public static TestDatabase create(Kind kind, Path dir) {
        switch (kind) {
            case SQLITE:
                Path file = dir.resolve("test.db").toAbsolutePath();
                return new TestDatabase(kind, "sqlite:///" + file, null, "jdbc:sqlite:" + file, null, null);
            case POSTGRESQL:
                return postgres();
            default:
                return mariadb();
        }
    }

    private static String unique() {
        return ("gw_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet() + "_"
                + Long.toString(System.nanoTime() % 1_000_000, 36)).toLowerCase(Locale.ROOT);
    }

    private static TestDatabase postgres() {
        String host = env("GODWIT_TEST_PG_HOST", "127.0.0.1");
        String port = env("GODWIT_TEST_PG_PORT", "5432");
        String db = env("GODWIT_TEST_PG_DB", "test");
        String user = env("GODWIT_TEST_PG_USER", "postgres");
        String jdbc = "jdbc:postgresql://" + host + ":" + port + "/" + db;
        requireServer("PostgreSQL", jdbc, user);
        String schema = unique();
        return new TestDatabase(Kind.POSTGRESQL, "postgresql://" + user + "@" + host + ":" + port + "/" + db, schema,
                jdbc + "?currentSchema=" + schema, jdbc, user);
    }

    private static TestDatabase mariadb() {
        String host = env("GODWIT_TEST_MYSQL_HOST", "127.0.0.1");
        String port = env("GODWIT_TEST_MYSQL_PORT", "3306");
        String user = env("GODWIT_TEST_MYSQL_USER", "root");
        String admin = "jdbc:mariadb://" + host + ":" + port + "/";
        requireServer("MariaDB", admin + "test", user);
        String database = unique();
        exec(admin, user, "CREATE DATABASE " + database);
        return new TestDatabase(Kind.MARIADB, "mariadb://" + user + "@" + host + ":" + port + "/" + database, null,
                admin + database, admin, user);
    }

    private static void requireServer(String name, String jdbc, String user) {
        try (Connection c = DriverManager.getConnection(jdbc, user, "")) {
            c.isValid(2);
        } catch (SQLException e) {
            String message = name + " is not reachable at " + jdbc + " (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true and " + message + ": CI must run every database test.");
            }
            System.err.println("\n!!!!! SKIPPING " + name + " TEST: " + message + " !!!!!\n");
            Assumptions.abort(message);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public Kind kind() {
        return kind;
    }

    /** The URL to give godwit (`--url` or `url` in godwit.toml). */
    public String url() {
        return url;
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
            try (Connection c = DriverManager.getConnection(adminJdbcUrl, user, "");
                 Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            }
        }
        return kind == Kind.SQLITE ? DriverManager.getConnection(jdbcUrl) : DriverManager.getConnection(jdbcUrl, user, "");
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

    private static void exec(String jdbc, String user, String sql) {
        try (Connection c = DriverManager.getConnection(jdbc, user, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (kind == Kind.POSTGRESQL) {
            exec(adminJdbcUrl, user, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } else if (kind == Kind.MARIADB) {
            exec(adminJdbcUrl, user, "DROP DATABASE IF EXISTS " + jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1));
        }
    }
}
