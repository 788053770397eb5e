package dev.godwit.testdb;

import dev.godwit.testsupport.TestServer;
import static org.junit.jupiter.api.Assertions.fail;

import dev.godwit.internal.dialect.DialectKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * A real, isolated database for one core test: a fresh SQLite file, a fresh PostgreSQL schema (the
 * connection's search_path is set to it alone), or a fresh MariaDB database (the connection uses it).
 * Closing it drops what it created.
 *
 * <p>Servers come from GODWIT_TEST_PG_URL and GODWIT_TEST_MYSQL_URL, as the README says (see
 * {@link TestServer}; defaults: the local services). A server that cannot be reached skips the
 * test with a loud warning, except under CI ({@link TestServer#ci()}: any non-empty CI but
 * false/0), where the test fails: CI never silently skips a database.
 */
public final class TestDb implements AutoCloseable {

    public enum Kind {
        SQLITE(DialectKind.SQLITE), POSTGRESQL(DialectKind.POSTGRESQL), MARIADB(DialectKind.MYSQL);

        public final DialectKind dialect;

        Kind(DialectKind dialect) {
            this.dialect = dialect;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    public static final TestServer PG = TestServer.postgres();
    public static final TestServer MYSQL = TestServer.mariadb();
    public static final String PG_HOST = PG.host();
    public static final String PG_PORT = PG.port();
    public static final String PG_USER = PG.user();
    public static final String PG_PASSWORD = PG.password();
    public static final String PG_DB = PG.database();
    public static final String MYSQL_HOST = MYSQL.host();
    public static final String MYSQL_PORT = MYSQL.port();
    public static final String MYSQL_USER = MYSQL.user();
    public static final String MYSQL_PASSWORD = MYSQL.password();

    private final Kind kind;
    private final Connection connection;
    private final String schema;
    private final Path file;

    private TestDb(Kind kind, Connection connection, String schema, Path file) {
        this.kind = kind;
        this.connection = connection;
        this.schema = schema;
        this.file = file;
    }

    /** Every kind, for parameterised tests: {@code @MethodSource("dev.godwit.testdb.TestDb#kinds")}. */
    public static List<Kind> kinds() {
        return List.of(Kind.values());
    }

    public static TestDb open(Kind kind) {
        return open(kind, "gw_t_");
    }

    /** Like {@link #open(Kind)}, the server's schema or database named {@code prefix…}. */
    public static TestDb open(Kind kind, String prefix) {
        try {
            switch (kind) {
                case SQLITE: {
                    Path f = Files.createTempFile("godwit-test", ".db");
                    return new TestDb(kind, DriverManager.getConnection("jdbc:sqlite:" + f), "main", f);
                }
                case POSTGRESQL: {
                    Connection c = connect("PostgreSQL", pgJdbc(), PG_USER, PG_PASSWORD);
                    String name = unique(prefix);
                    execute(c, "CREATE SCHEMA " + name, "SET search_path TO " + name);
                    return new TestDb(kind, c, name, null);
                }
                case MARIADB: {
                    Connection c = connect("MariaDB", mysqlJdbc(""), MYSQL_USER, MYSQL_PASSWORD);
                    String name = unique(prefix);
                    execute(c, "CREATE DATABASE " + name, "USE " + name);
                    return new TestDb(kind, c, name, null);
                }
                default:
                    throw new IllegalArgumentException(kind.toString());
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not open a " + kind + " test database: " + e.getMessage(), e);
        }
    }

    public static String pgJdbc() {
        return "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + PG_DB;
    }

    public static String mysqlJdbc(String database) {
        return "jdbc:mariadb://" + MYSQL_HOST + ":" + MYSQL_PORT + "/" + database;
    }

    /** A Godwit URL (as godwit.toml would hold it) for this database: the SQLite file, or the server. */
    public String godwitUrl() {
        switch (kind) {
            case SQLITE:
                return "sqlite:///" + file.toAbsolutePath();
            case POSTGRESQL:
                return "postgresql://" + PG.userInfo() + PG_HOST + ":" + PG_PORT + "/" + PG_DB;
            default:
                return "mariadb://" + MYSQL.userInfo() + MYSQL_HOST + ":" + MYSQL_PORT + "/" + schema;
        }
    }

    public Kind kind() {
        return kind;
    }

    public DialectKind dialect() {
        return kind.dialect;
    }

    /** The open connection, already using the isolated schema or database. */
    public Connection connection() {
        return connection;
    }

    /** The PostgreSQL schema or MariaDB database created for the test; "main" on SQLite. */
    public String schema() {
        return schema;
    }

    /** The SQLite file, or null. */
    public Path file() {
        return file;
    }

    public void execute(String... statements) {
        try {
            execute(connection, statements);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static void execute(Connection c, String... statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    @Override
    public void close() {
        try {
            if (kind == Kind.POSTGRESQL) {
                execute(connection, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } else if (kind == Kind.MARIADB) {
                execute(connection, "DROP DATABASE IF EXISTS " + schema);
            }
            connection.close();
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not clean up the " + kind + " test database " + schema, e);
        }
    }

    private static Connection connect(String name, String jdbc, String user, String password) throws SQLException {
        try {
            return DriverManager.getConnection(jdbc, user, password);
        } catch (SQLException e) {
            String message = name + " is not reachable at " + jdbc + " as " + user + " (" + e.getMessage() + ")";
            if (TestServer.ci()) {
                fail("CI=" + System.getenv("CI") + " and " + message + ": CI must run every database test.");
            }
            System.err.println("\n!!!!! SKIPPING " + name + " TEST: " + message + " !!!!!\n");
            Assumptions.abort(message);
            throw e;
        }
    }

    /** A fresh lower-case name: prefix and random letters and digits. */
    public static String unique(String prefix) {
        StringBuilder s = new StringBuilder(prefix);
        String chars = "abcdefghijklmnopqrstuvwxyz0123456789";
        for (int i = 0; i < 10; i++) {
            s.append(chars.charAt(RANDOM.nextInt(chars.length())));
        }
        return s.toString();
    }
}
