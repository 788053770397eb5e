package dev.godwit.junit;

import dev.godwit.testsupport.TestServer;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/** A database of its own for one test: a SQLite file, or a fresh database on the PostgreSQL / MariaDB test server. */
final class TestDb implements AutoCloseable {
    enum Kind { SQLITE, POSTGRESQL, MARIADB }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Kind kind;
    private final String url;
    private final String serverUrl;
    private final String name;
    private final TestServer server;

    private TestDb(Kind kind, String url, String serverUrl, String name, TestServer server) {
        this.kind = kind;
        this.url = url;
        this.serverUrl = serverUrl;
        this.name = name;
        this.server = server;
    }

    static TestDb create(Kind kind, Path dir) throws SQLException {
        if (kind == Kind.SQLITE) {
            return new TestDb(kind, "jdbc:sqlite:" + dir.resolve("app.db"), null, null, null);
        }
        String name = "junit_" + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE);
        TestServer server = kind == Kind.POSTGRESQL ? TestServer.postgres() : TestServer.mariadb();
        String prefix = kind == Kind.POSTGRESQL ? "jdbc:postgresql://" : "jdbc:mariadb://";
        String credentials = "?user=" + server.user() + (server.password().isEmpty() ? "" : "&password=" + server.password());
        String serverUrl = prefix + server.host() + ":" + server.port() + "/" + server.database() + credentials;
        try (Connection c = DriverManager.getConnection(serverUrl); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            if (TestServer.ci()) {
                throw e;
            }
            System.err.println("WARNING: no " + kind + " test server (" + e.getMessage() + "): test skipped");
            Assumptions.abort("no " + kind + " server");
        }
        return new TestDb(kind, prefix + server.host() + ":" + server.port() + "/" + name + credentials, serverUrl, name,
                server);
    }

    /** The JDBC URL of the test's database. */
    String url() {
        return url;
    }

    /** The JDBC URL without user and password (what a container's getJdbcUrl() gives). */
    String bareUrl() {
        return server == null ? url : url.substring(0, url.indexOf('?'));
    }

    /** The user, or null on SQLite. */
    String user() {
        return server == null ? null : server.user();
    }

    /** The password, or null on SQLite. */
    String password() {
        return server == null ? null : server.password();
    }

    Kind kind() {
        return kind;
    }

    @Override
    public void close() throws SQLException {
        if (serverUrl != null) {
            try (Connection c = DriverManager.getConnection(serverUrl); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + (kind == Kind.POSTGRESQL ? " WITH (FORCE)" : ""));
            }
        }
    }
}
