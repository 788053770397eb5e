package dev.godwit.internal.backup;

import static org.junit.jupiter.api.Assertions.fail;

import dev.godwit.testdb.TestDb;
import dev.godwit.testsupport.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The real database servers the backup tests use (those of {@link TestDb}: GODWIT_TEST_PG_URL and
 * GODWIT_TEST_MYSQL_URL, else the local services), and small helpers: unique names, query snapshots, running a
 * restore command the way a person would (bash -c).
 *
 * <p>A server that cannot be reached skips the test with a loud warning, except under CI (any
 * non-empty CI but false/0, {@link TestServer#ci()}), where the test fails: CI never silently skips a database.
 */
public final class TestServers {
    public static final String PG_HOST = TestDb.PG_HOST;
    public static final String PG_PORT = TestDb.PG_PORT;
    public static final String PG_USER = TestDb.PG_USER;
    public static final String PG_DB = TestDb.PG_DB;
    public static final String MYSQL_HOST = TestDb.MYSQL_HOST;
    public static final String MYSQL_PORT = TestDb.MYSQL_PORT;
    public static final String MYSQL_USER = TestDb.MYSQL_USER;
    public static final String PG_PASSWORD = TestDb.PG_PASSWORD;
    public static final String MYSQL_PASSWORD = TestDb.MYSQL_PASSWORD;

    private TestServers() {}

    public static String pgJdbc(String database) {
        return "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + database;
    }

    public static String mysqlJdbc(String database) {
        return TestDb.mysqlJdbc(database);
    }

    public static Connection postgres(String database) throws SQLException {
        return DriverManager.getConnection(pgJdbc(database), PG_USER, PG_PASSWORD);
    }

    public static Connection mariadbAdmin() throws SQLException {
        return DriverManager.getConnection(mysqlJdbc(""), MYSQL_USER, MYSQL_PASSWORD);
    }

    public static void requirePostgres() {
        require("PostgreSQL", pgJdbc(PG_DB), PG_USER, PG_PASSWORD);
    }

    public static void requireMariadb() {
        require("MariaDB", mysqlJdbc(""), MYSQL_USER, MYSQL_PASSWORD);
    }

    private static void require(String name, String jdbc, String user, String password) {
        try (Connection c = DriverManager.getConnection(jdbc, user, password)) {
            c.isValid(2);
        } catch (SQLException e) {
            String message = name + " is not reachable at " + jdbc + " as " + user + " (" + e.getMessage() + ")";
            if (TestServer.ci()) {
                fail("CI=" + System.getenv("CI") + " and " + message + ": CI must run every database test.");
            }
            System.err.println("\n!!!!! SKIPPING " + name + " BACKUP TEST: " + message + " !!!!!\n");
            Assumptions.abort(message);
        }
    }

    /**
     * The dump tool for {@code kind}, as the backup will find it (PATH, godwit.* property, GODWIT_*
     * variable); a missing tool skips loudly, or fails under CI=true.
     */
    public static void requireTool(String key, List<String> names) {
        try {
            ToolLocator.system().find(key, names, "install it");
        } catch (dev.godwit.api.GodwitException e) {
            String message = e.getMessage() + " " + e.hint();
            if (TestServer.ci()) {
                fail("CI=" + System.getenv("CI") + " and " + message + " CI must run every backup test: install the client tools.");
            }
            System.err.println("\n!!!!! SKIPPING BACKUP TEST: " + message + " !!!!!\n");
            Assumptions.abort(message);
        }
    }

    /** A fresh lower-case name: prefix and random letters and digits. */
    public static String unique(String prefix) {
        return TestDb.unique(prefix);
    }

    public static void execute(Connection c, String... statements) throws SQLException {
        TestDb.execute(c, statements);
    }

    /** The rows of a query as strings (null stays null). */
    public static List<List<String>> rows(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            List<List<String>> out = new ArrayList<>();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.add(rs.getString(i));
                }
                out.add(row);
            }
            return out;
        }
    }

    /** Every query's rows, by query: what "the same database" means in the restore tests. */
    public static Map<String, List<List<String>>> snapshot(Connection c, List<String> queries) throws SQLException {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        for (String q : queries) {
            out.put(q, rows(c, q));
        }
        return out;
    }

    public record Run(int exitCode, String output) {}

    /**
     * Runs {@code command} with bash, as a person pasting it would, with extra environment variables;
     * its output goes to a file (a pipe read to its end would wait as long as the command lives),
     * and a command still running after 5 minutes is stopped and fails the test.
     */
    public static Run bash(String command, Map<String, String> env) throws IOException, InterruptedException {
        Path output = Files.createTempFile("godwit-test-bash", ".out");
        try {
            ProcessBuilder pb = new ProcessBuilder("bash", "-c", command);
            pb.environment().putAll(env);
            pb.redirectErrorStream(true);
            pb.redirectOutput(output.toFile());
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Process p = pb.start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                fail("command did not finish within 5 minutes and was stopped: " + command + "\n"
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new Run(p.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** The regular files in {@code dir} (none when it does not exist). */
    public static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
