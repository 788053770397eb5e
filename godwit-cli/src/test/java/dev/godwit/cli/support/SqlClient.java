package dev.godwit.cli.support;

import dev.godwit.testsupport.TestServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs an SQL script the way a DBA would: PostgreSQL's {@code psql} with ON_ERROR_STOP, the
 * {@code mariadb} client, and for SQLite the driver's multi-statement execution (SQLite's own
 * engine, {@code sqlite3_exec} semantics).
 *
 * <p>psql runs with a search_path naming a schema that does not exist, so a script that does not
 * choose its schema itself fails instead of writing somewhere else.
 */
public final class SqlClient {

    private SqlClient() {
    }

    public static void run(TestDatabase db, String script) throws IOException, InterruptedException, SQLException {
        switch (db.kind()) {
            case SQLITE:
                try (Connection c = db.connect(); Statement s = c.createStatement()) {
                    s.executeUpdate(script);
                }
                return;
            case POSTGRESQL:
                process(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", db.host(), "-p", db.port(),
                        "-U", db.user(), "-d", db.database(), "-f", "-"), script,
                        "-c search_path=gw_no_such_schema", db.password());
                return;
            default:
                process(List.of("mariadb", "--batch", "-h", db.host(), "-P", db.port(), "-u", db.user(),
                        db.database()), script, null, db.password());
        }
    }

    private static void process(List<String> command, String script, String pgOptions, String password)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (pgOptions != null) {
            pb.environment().put("PGOPTIONS", pgOptions);
        }
        pb.environment().remove("PGPASSWORD");
        if (password != null && !password.isEmpty()) {
            pb.environment().put(pgOptions != null ? "PGPASSWORD" : "MYSQL_PWD", password);
        }
        Path output = Files.createTempFile("godwit-client", ".out");
        pb.redirectOutput(output.toFile());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            String message = command.get(0) + " is not installed (" + e.getMessage() + ")";
            if (TestServer.ci()) {
                fail("CI=" + System.getenv("CI") + " and " + message + ": CI must run every database test.");
            }
            System.err.println("\n!!!!! SKIPPING: " + message + " !!!!!\n");
            Assumptions.abort(message);
            return;
        }
        try {
            p.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(command.get(0) + " did not finish within 60 s");
            }
            String out = Files.readString(output);
            assertEquals(0, p.exitValue(), () -> command.get(0) + " failed on the script:\n" + out
                    + "\n--- script\n" + script);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
