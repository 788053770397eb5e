package dev.godwit.internal.db.postgres;

import dev.godwit.internal.backup.Backup;
import dev.godwit.internal.backup.BackupRequest;
import dev.godwit.internal.backup.BackupTaker;
import dev.godwit.internal.backup.TestServers;
import dev.godwit.internal.backup.ToolLocator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.GodwitException;
import dev.godwit.internal.config.DatabaseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL, for real: back up a fresh schema (and a fresh database), change it, run the printed
 * pg_restore command with bash, and compare tables, rows, the view and the sequence.
 */
class PostgresBackupTest {
    private static final Instant TIME = Instant.parse("2024-03-04T05:06:07Z");
    /** The test server trusts local connections; the password still takes the PGPASSWORD path. */
    private static final String PASSWORD = "pw with 'quotes' & $igns";

    @TempDir
    Path dir;

    @BeforeEach
    void server() {
        TestServers.requirePostgres();
        TestServers.requireTool(PostgresBackup.KEY, List.of("pg_dump"));
    }

    private static DatabaseUrl url(String database) {
        return DatabaseUrl.parse("postgresql://" + TestServers.PG_USER + ":"
                + PASSWORD.replace("%", "%25").replace(" ", "%20").replace("&", "%26").replace("'", "%27")
                + "@" + TestServers.PG_HOST + ":" + TestServers.PG_PORT + "/" + database, Path.of("."));
    }

    private static String q(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static void createObjects(Connection c, String schema) throws Exception {
        String s = schema == null ? "" : q(schema) + ".";
        TestServers.execute(c,
                "CREATE TABLE " + s + "customer (id serial PRIMARY KEY, name text NOT NULL, email text UNIQUE)",
                "CREATE TABLE " + s + "orders (id bigserial PRIMARY KEY, customer_id int NOT NULL REFERENCES " + s
                        + "customer(id), amount numeric(10,2), note text, placed date DEFAULT DATE '2024-01-01')",
                "CREATE VIEW " + s + "big_orders AS SELECT o.id, c.name, o.amount FROM " + s + "orders o JOIN " + s
                        + "customer c ON c.id = o.customer_id WHERE o.amount > 10",
                "CREATE FUNCTION " + s + "stamp_note() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                        + " NEW.note := coalesce(NEW.note, 'auto'); RETURN NEW; END $$",
                "CREATE TRIGGER orders_note BEFORE INSERT ON " + s + "orders FOR EACH ROW EXECUTE FUNCTION " + s
                        + "stamp_note()",
                "INSERT INTO " + s + "customer (name, email) VALUES ('Ada', 'ada@example.com'), ('Grace', NULL),"
                        + " ('Zoë ''quoted''', 'z@example.com')",
                "INSERT INTO " + s + "orders (customer_id, amount, note) VALUES (1, 12.50, 'first'), (1, 3.00, NULL),"
                        + " (3, 99.99, E'multi\\nline')");
    }

    private static List<String> queries(String schema) {
        String s = schema == null ? "" : q(schema) + ".";
        String where = schema == null ? "table_schema = 'public'" : "table_schema = '" + schema.replace("'", "''") + "'";
        return List.of(
                "SELECT table_name, table_type FROM information_schema.tables WHERE " + where + " ORDER BY table_name",
                "SELECT * FROM " + s + "customer ORDER BY id",
                "SELECT * FROM " + s + "orders ORDER BY id",
                "SELECT * FROM " + s + "big_orders ORDER BY id",
                "SELECT last_value FROM " + s + "customer_id_seq",
                "SELECT tgname FROM pg_trigger t JOIN pg_class r ON r.oid = t.tgrelid JOIN pg_namespace n ON"
                        + " n.oid = r.relnamespace WHERE NOT t.tgisinternal AND n.nspname = "
                        + (schema == null ? "'public'" : "'" + schema + "'"));
    }

    private void change(Connection c, String schema) throws Exception {
        String s = schema == null ? "" : q(schema) + ".";
        TestServers.execute(c, "DROP TABLE " + s + "orders CASCADE",
                "UPDATE " + s + "customer SET name = 'changed', email = NULL",
                "INSERT INTO " + s + "customer (name) VALUES ('new')");
    }

    private static TestServers.Run restore(Backup backup) throws Exception {
        return TestServers.bash(backup.restoreCommand(), Map.of("PGPASSWORD", PASSWORD));
    }

    @Test
    void schemaBackupRestoresWithThePrintedCommand() throws Exception {
        String schema = "GwBk." + TestServers.unique("");
        try (Connection c = TestServers.postgres(TestServers.PG_DB)) {
            TestServers.execute(c, "CREATE SCHEMA " + q(schema));
            // a sibling that the -n pattern must not match: same name in lower case
            TestServers.execute(c, "CREATE SCHEMA " + q(schema.toLowerCase()));
            try {
                createObjects(c, schema);
                TestServers.execute(c, "CREATE TABLE " + q(schema.toLowerCase()) + ".other (x int)");
                Map<String, List<List<String>>> before = TestServers.snapshot(c, queries(schema));
                assertEquals(3, before.get(queries(schema).get(2)).size());

                Backup backup = BackupTaker.take(new PostgresBackup(ToolLocator.system()), new BackupRequest(url(TestServers.PG_DB), schema,
                        dir.resolve("backups"), "ae1027a6acf", TIME));
                assertEquals(dir.resolve("backups").resolve(TestServers.PG_DB + "." + schema
                        + "-ae1027a6acf-20240304T050607Z.dump"), backup.file());
                assertEquals(Files.size(backup.file()), backup.bytes());
                assertTrue(Files.readString(backup.file(), java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("PGDMP"),
                        "custom format");
                assertFalse(backup.restoreCommand().contains(PASSWORD));
                assertTrue(backup.restoreCommand().startsWith("pg_restore --clean --if-exists --no-owner -h "
                        + TestServers.PG_HOST + " -p " + TestServers.PG_PORT + " -U " + TestServers.PG_USER + " -d "
                        + TestServers.PG_DB + " "), backup.restoreCommand());
                assertTrue(backup.notes().stream().anyMatch(n -> n.contains("PGPASSWORD")), backup.notes().toString());

                change(c, schema);
                List<String> stillThere = queries(schema).subList(0, 2);
                Map<String, List<List<String>>> changed = TestServers.snapshot(c, stillThere);
                for (String query : stillThere) {
                    assertNotEquals(before.get(query), changed.get(query), query);
                }
                TestServers.Run run = restore(backup);
                assertEquals(0, run.exitCode(), backup.restoreCommand() + "\n" + run.output());
                assertEquals(before, TestServers.snapshot(c, queries(schema)));
                assertEquals(List.of(List.of("other")), TestServers.rows(c, "SELECT table_name FROM"
                        + " information_schema.tables WHERE table_schema = '" + schema.toLowerCase() + "'"));
                // the restored sequence goes on where it was
                TestServers.execute(c, "INSERT INTO " + q(schema) + ".customer (name) VALUES ('after')");
                assertEquals(List.of(List.of("4")), TestServers.rows(c, "SELECT max(id) FROM " + q(schema) + ".customer"));
            } finally {
                TestServers.execute(c, "DROP SCHEMA IF EXISTS " + q(schema) + " CASCADE",
                        "DROP SCHEMA IF EXISTS " + q(schema.toLowerCase()) + " CASCADE");
            }
        }
    }

    @Test
    void wholeDatabaseBackupRestoresWithThePrintedCommand() throws Exception {
        String database = TestServers.unique("gwbk_");
        try (Connection admin = TestServers.postgres(TestServers.PG_DB)) {
            TestServers.execute(admin, "CREATE DATABASE " + database);
            try {
                Map<String, List<List<String>>> before;
                try (Connection c = TestServers.postgres(database)) {
                    createObjects(c, null);
                    before = TestServers.snapshot(c, queries(null));
                }
                Backup backup = BackupTaker.take(new PostgresBackup(ToolLocator.system()), new BackupRequest(url(database), null, dir, null, TIME));
                assertEquals(dir.resolve(database + "-base-20240304T050607Z.dump"), backup.file());
                try (Connection c = TestServers.postgres(database)) {
                    change(c, null);
                }
                TestServers.Run run = restore(backup);
                assertEquals(0, run.exitCode(), backup.restoreCommand() + "\n" + run.output());
                try (Connection c = TestServers.postgres(database)) {
                    assertEquals(before, TestServers.snapshot(c, queries(null)));
                }
            } finally {
                TestServers.execute(admin, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    @Test
    void dumpBlockedByALockIsStoppedAtTheTimeout() throws Exception {
        String schema = TestServers.unique("gwbk_");
        try (Connection c = TestServers.postgres(TestServers.PG_DB);
             Connection locker = TestServers.postgres(TestServers.PG_DB)) {
            TestServers.execute(c, "CREATE SCHEMA " + schema, "CREATE TABLE " + schema + ".t (x int)");
            try {
                locker.setAutoCommit(false);
                TestServers.execute(locker, "LOCK TABLE " + schema + ".t IN ACCESS EXCLUSIVE MODE");
                long start = System.nanoTime();
                GodwitException e = assertThrows(GodwitException.class, () -> BackupTaker.take(new PostgresBackup(ToolLocator.system()), 
                        new BackupRequest(url(TestServers.PG_DB), schema, dir, null, TIME), Duration.ofSeconds(2)));
                assertTrue(Duration.ofNanos(System.nanoTime() - start).getSeconds() < 30);
                assertTrue(e.getMessage().startsWith("pg_dump did not finish within 2s backing up database "
                        + TestServers.PG_DB + " schema " + schema), e.getMessage());
                assertTrue(e.hint().startsWith("A lock held by another session"), e.hint());
                assertEquals(List.of(), TestServers.files(dir));
                locker.rollback();
            } finally {
                TestServers.execute(c, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void failingDumpReportsTheToolsErrorAndLeavesNoFile() throws Exception {
        String missing = TestServers.unique("gwbk_missing_");
        GodwitException e = assertThrows(GodwitException.class, () -> BackupTaker.take(new PostgresBackup(ToolLocator.system()), 
                new BackupRequest(url(missing), null, dir.resolve("backups"), "r1", TIME)));
        assertTrue(e.getMessage().startsWith("Backup failed: pg_dump ("), e.getMessage());
        assertTrue(e.getMessage().contains("exited with code 1 backing up database " + missing), e.getMessage());
        assertTrue(e.getMessage().contains("database \"" + missing + "\" does not exist"), e.getMessage());
        assertEquals("Check the database name in the URL. Or run without a backup.", e.hint());
        assertFalse(e.getMessage().contains(PASSWORD));
        assertEquals(List.of(), TestServers.files(dir.resolve("backups")));

        GodwitException schema = assertThrows(GodwitException.class, () -> BackupTaker.take(new PostgresBackup(ToolLocator.system()), 
                new BackupRequest(url(TestServers.PG_DB), "gwbk_no_such_schema", dir.resolve("backups"), "r1", TIME)));
        assertTrue(schema.getMessage().contains("no matching schemas"), schema.getMessage());
        assertTrue(schema.hint().startsWith("Check the schema name"), schema.hint());
        assertEquals(List.of(), TestServers.files(dir.resolve("backups")));
    }
}
