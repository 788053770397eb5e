package dev.godwit.backup;

import static org.junit.jupiter.api.Assertions.fail;

import dev.godwit.testdb.TestDb;
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
 * The real database servers the backup tests use (override with GODWIT_TEST_PG_HOST/PORT/USER/DB and
 * GODWIT_TEST_MYSQL_HOST/PORT/USER), and small helpers: unique names, query snapshots, running a
 * restore command the way a person would (bash -c).
 *
 * <p>A server that cannot be reached skips the test with a loud warning, except under CI=true, where
 * the test fails: CI never silently skips a database.
 */
final class TestServers {
    static final String PG_HOST = TestDb.PG_HOST;
    static final String PG_PORT = TestDb.PG_PORT;
    static final String PG_USER = TestDb.PG_USER;
    static final String PG_DB = TestDb.PG_DB;
    static final String MYSQL_HOST = TestDb.MYSQL_HOST;
    static final String MYSQL_PORT = TestDb.MYSQL_PORT;
    static final String MYSQL_USER = TestDb.MYSQL_USER;

    private TestServers() {}

    static String pgJdbc(String database) {
        return "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + database;
    }

    static String mysqlJdbc(String database) {
        return TestDb.mysqlJdbc(database);
    }

    static Connection postgres(String database) throws SQLException {
        return DriverManager.getConnection(pgJdbc(database), PG_USER, "");
    }

    static Connection mariadbAdmin() throws SQLException {
        return DriverManager.getConnection(mysqlJdbc(""), MYSQL_USER, "");
    }

    static void requirePostgres() {
        require("PostgreSQL", pgJdbc(PG_DB), PG_USER);
    }

    static void requireMariadb() {
        require("MariaDB", mysqlJdbc(""), MYSQL_USER);
    }

    private static void require(String name, String jdbc, String user) {
        try (Connection c = DriverManager.getConnection(jdbc, user, "")) {
            c.isValid(2);
        } catch (SQLException e) {
            String message = name + " is not reachable at " + jdbc + " as " + user + " (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true and " + message + ": CI must run every database test.");
            }
            System.err.println("\n!!!!! SKIPPING " + name + " BACKUP TEST: " + message + " !!!!!\n");
            Assumptions.abort(message);
        }
    }

    /**
     * The dump tool for {@code kind}, as the backup will find it (PATH, godwit.* property, GODWIT_*
     * variable); a missing tool skips loudly, or fails under CI=true.
     */
    static void requireTool(String key, List<String> names) {
        try {
            ToolLocator.system().find(key, names, "install it");
        } catch (dev.godwit.api.GodwitException e) {
            String message = e.getMessage() + " " + e.hint();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true and " + message + " CI must run every backup test: install the client tools.");
            }
            System.err.println("\n!!!!! SKIPPING BACKUP TEST: " + message + " !!!!!\n");
            Assumptions.abort(message);
        }
    }

    /** A fresh lower-case name: prefix and random letters and digits. */
    static String unique(String prefix) {
        return TestDb.unique(prefix);
    }

    static void execute(Connection c, String... statements) throws SQLException {
        TestDb.execute(c, statements);
    }

    /** The rows of a query as strings (null stays null). */
    static List<List<String>> rows(Connection c, String sql) throws SQLException {
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
    static Map<String, List<List<String>>> snapshot(Connection c, List<String> queries) throws SQLException {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        for (String q : queries) {
            out.put(q, rows(c, q));
        }
        return out;
    }

    record Run(int exitCode, String output) {}

    /** Runs {@code command} with bash, as a person pasting it would, with extra environment variables. */
    static Run bash(String command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", command);
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("restore command did not finish: " + command);
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** The regular files in {@code dir} (none when it does not exist). */
    static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
