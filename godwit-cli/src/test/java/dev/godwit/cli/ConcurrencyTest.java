package dev.godwit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.GodwitProcess;
import dev.godwit.cli.support.Revisions;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Several `godwit` processes against one database at once, and a run killed with SIGKILL in the
 * middle of a revision: the lock lets one run at a time change the database, each revision is
 * applied exactly once, and a killed run leaves no lock and no half-applied revision behind.
 */
class ConcurrencyTest {

    /** A statement that takes a couple of seconds on each database. */
    static String slowStatement(TestDatabase.Kind kind, int seconds) {
        switch (kind) {
            case POSTGRESQL:
                return "SELECT pg_sleep(" + seconds + ");";
            case MARIADB:
                return "SELECT SLEEP(" + seconds + ");";
            default:
                return "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < " + (seconds * 6_000_000)
                        + ") SELECT count(*) FROM c;";
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void racingUpgradesApplyEachRevisionExactlyOnce(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            Revisions.write(dir, "r1", null, "CREATE TABLE race_1 (id INTEGER PRIMARY KEY);\n" + slowStatement(kind, 2),
                    "DROP TABLE race_1;");
            for (int i = 2; i <= 5; i++) {
                Revisions.write(dir, "r" + i, "r" + (i - 1), "CREATE TABLE race_" + i + " (id INTEGER PRIMARY KEY);",
                        "DROP TABLE race_" + i + ";");
            }
            List<GodwitProcess> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(GodwitProcess.start(dir, dir.resolve("run" + i + ".log"), "upgrade", "heads"));
            }
            int waited = 0;
            for (GodwitProcess run : runs) {
                assertEquals(0, run.waitFor(120), run.output());
                if (run.output().contains("Waiting for another Godwit run")) {
                    waited++;
                }
            }
            assertTrue(waited >= 1, "at least one run should have waited for the lock");
            assertEquals(List.of("r5"), db.versionRows("godwit_version"));
            List<List<String>> counts = db.query("SELECT revision, COUNT(*) FROM godwit_history WHERE action = 'upgrade' "
                    + "GROUP BY revision ORDER BY revision");
            assertEquals(List.of(List.of("r1", "1"), List.of("r2", "1"), List.of("r3", "1"), List.of("r4", "1"),
                    List.of("r5", "1")), counts);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRunKilledMidRevisionLeavesNoLockAndNoHalfAppliedRevision(TestDatabase.Kind kind, @TempDir Path dir)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            Revisions.write(dir, "k1", null, "CREATE TABLE kill_1 (id INTEGER PRIMARY KEY);", "DROP TABLE kill_1;");
            Revisions.write(dir, "k2", "k1", "CREATE TABLE kill_2 (id INTEGER PRIMARY KEY);\n" + slowStatement(kind, 30)
                    + "\nCREATE TABLE kill_3 (id INTEGER PRIMARY KEY);", "DROP TABLE kill_3;\nDROP TABLE kill_2;");
            GodwitProcess victim = GodwitProcess.start(dir, dir.resolve("victim.log"), "upgrade");
            victim.awaitOutput("Running upgrade k1 -> k2", 60);
            Thread.sleep(500);
            victim.process().destroyForcibly();
            victim.waitFor(30);

            assertFalse(db.tableExists("kill_3"), "the killed revision's later statements never ran");
            switch (kind) {
                case POSTGRESQL:
                    assertEquals(List.of("k1"), db.versionRows("godwit_version"), "k1 was committed before the kill");
                    assertTrue(db.tableExists("kill_1"));
                    assertFalse(db.tableExists("kill_2"), "the killed revision must be wholly absent");
                    break;
                case SQLITE:
                    // SQLite holds its write lock for the whole run as one transaction: all of the run
                    // rolls back, Godwit's own tables included.
                    assertFalse(db.tableExists("godwit_version"), "the whole run rolls back");
                    assertFalse(db.tableExists("kill_1"), "the whole run rolls back");
                    assertFalse(db.tableExists("kill_2"), "the killed revision must be wholly absent");
                    break;
                default:
                    // MariaDB commits each DDL statement: k1 is recorded, k2's first statement stays.
                    assertEquals(List.of("k1"), db.versionRows("godwit_version"), "k1 was recorded before the kill");
                    assertTrue(db.tableExists("kill_1"));
                    assertTrue(db.tableExists("kill_2"), "MariaDB committed k2's first statement");
            }

            // The killed run leaves no lock behind: the next one gets it well within its timeout
            // (PostgreSQL notices the dead client within a second, by client_connection_check_interval;
            // MariaDB once the killed statement ends).
            GodwitProcess next = GodwitProcess.start(dir, dir.resolve("next.log"), "upgrade", "--lock-timeout",
                    kind == TestDatabase.Kind.MARIADB ? "60" : "10");
            int exit = next.waitFor(120);
            if (kind == TestDatabase.Kind.MARIADB) {
                // The half-applied k2 is reported, not silently re-run or skipped.
                assertEquals(1, exit, next.output());
                assertFalse(next.output().contains("Gave up"), "the lock was released: " + next.output());
                assertTrue(next.output().contains("k2") && next.output().contains("kill_2"), next.output());
                assertEquals(List.of("k1"), db.versionRows("godwit_version"));
                assertFalse(db.tableExists("kill_3"));
            } else {
                assertEquals(0, exit, next.output());
                assertEquals(List.of("k2"), db.versionRows("godwit_version"));
                assertTrue(db.tableExists("kill_3"));
            }
        }
    }

    /**
     * Two overlapping upgrades and a `transaction: false` revision: the second run waits for the
     * first to finish it (SQLite runs it outside the lock's transaction, but not outside the lock).
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aNonTransactionalRevisionRunsOnceWhenTwoUpgradesOverlap(TestDatabase.Kind kind, @TempDir Path dir)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            overlapOnce(db::column, kind, dir, dir);
        }
    }

    /**
     * Writes n1 (a table) and n2 (`transaction: false`: slow, then one row), applies n1 from
     * {@code first}, then starts one upgrade from each project folder, the second while the first
     * runs n2: n2 must run once.
     */
    private static void overlapOnce(Column db, TestDatabase.Kind kind, Path first, Path second)
            throws Exception {
        for (Path dir : List.of(first, second)) {
            Revisions.write(dir, "n1", null, "CREATE TABLE once (id INTEGER);", "DROP TABLE once;");
            Revisions.write(dir, "n2", "n1", "-- transaction: false", slowStatement(kind, 3)
                    + "\nINSERT INTO once VALUES (1);", "DELETE FROM once;");
        }
        assertEquals(0, GodwitProcess.start(first, first.resolve("n1.log"), "upgrade", "n1").waitFor(60));
        GodwitProcess a = GodwitProcess.start(first, first.resolve("a.log"), "upgrade");
        a.awaitOutput("Running upgrade n1 -> n2", 60);
        GodwitProcess b = GodwitProcess.start(second, second.resolve("b.log"), "upgrade");
        assertEquals(0, a.waitFor(120), a.output());
        int exit = b.waitFor(120);
        assertEquals(List.of("1"), db.column("SELECT COUNT(*) FROM once"), "n2's INSERT ran once:\n" + b.output());
        assertEquals(0, exit, b.output());
        assertTrue(b.output().contains("Waiting for another Godwit run"), b.output());
        assertEquals(List.of("n2"), db.column("SELECT version_num FROM godwit_version"));
        assertEquals(List.of("1"), db.column("SELECT COUNT(*) FROM godwit_history WHERE revision = 'n2' "
                + "AND action = 'upgrade'"));
    }

    /**
     * The lock is named after the schema or database actually used, not its spelling: `schema =
     * "public"` and no schema (PostgreSQL), a URL naming database x and `schema = "x"` (MariaDB), a
     * SQLite file and a symbolic link to it take the same lock.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void twoSpellingsOfTheSamePlaceTakeTheSameLock(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        Files.createDirectories(first);
        Files.createDirectories(second);
        if (kind == TestDatabase.Kind.POSTGRESQL) {
            String database = "gw_lock_" + ProcessHandle.current().pid() + "_" + Long.toString(System.nanoTime() % 1_000_000_000, 36);
            try (TestDatabase admin = TestDatabase.create(kind, dir)) {
                admin.execute("CREATE DATABASE " + database);
                try {
                    String url = "postgresql://" + admin.user() + "@" + admin.host() + ":" + admin.port() + "/" + database;
                    Files.writeString(first.resolve("godwit.toml"), "url = \"" + url + "\"\nschema = \"public\"\n");
                    Files.writeString(second.resolve("godwit.toml"), "url = \"" + url + "\"\n");
                    String jdbc = "jdbc:postgresql://" + admin.host() + ":" + admin.port() + "/" + database;
                    overlapOnce(sql -> column(jdbc, admin.user(), sql), kind, first, second);
                } finally {
                    admin.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                }
            }
            return;
        }
        try (TestDatabase db = TestDatabase.create(kind, first)) {
            if (kind == TestDatabase.Kind.MARIADB) {
                db.writeConfig(first);
                String other = db.url().substring(0, db.url().lastIndexOf('/') + 1) + "test";
                Files.writeString(second.resolve("godwit.toml"), "url = \"" + other + "\"\nschema = \"" + db.database()
                        + "\"\n");
            } else {
                db.writeConfig(first);
                Path link = Files.createSymbolicLink(second.resolve("link.db"), Path.of(db.database()));
                Files.writeString(second.resolve("godwit.toml"), "url = \"sqlite:///" + link + "\"\n");
            }
            overlapOnce(db::column, kind, first, second);
        }
    }

    /** The first column of a query's rows. */
    interface Column {
        List<String> column(String sql) throws Exception;
    }

    private static List<String> column(String jdbc, String user, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(jdbc, user, "");
             java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRunThatCannotGetTheLockGivesUpWithAClearMessage(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            Revisions.write(dir, "w1", null, "CREATE TABLE wait_1 (id INTEGER PRIMARY KEY);\n" + slowStatement(kind, 6),
                    "DROP TABLE wait_1;");
            Revisions.write(dir, "w2", "w1", "CREATE TABLE wait_2 (id INTEGER PRIMARY KEY);", "DROP TABLE wait_2;");
            GodwitProcess holder = GodwitProcess.start(dir, dir.resolve("holder.log"), "upgrade");
            holder.awaitOutput("Running upgrade <base> -> w1", 60);
            GodwitProcess impatient = GodwitProcess.start(dir, dir.resolve("impatient.log"), "upgrade",
                    "--lock-timeout", "1");
            int exit = impatient.waitFor(60);
            String out = impatient.output();
            assertEquals(1, exit, out);
            assertTrue(out.contains("Waiting for another Godwit run"), out);
            assertTrue(out.contains("Gave up after 1 s"), out);
            assertTrue(out.contains("--lock-timeout"), out);
            if (kind == TestDatabase.Kind.POSTGRESQL) {
                assertTrue(out.contains("PostgreSQL session"), "names who holds the lock: " + out);
            }
            assertEquals(0, holder.waitFor(120), holder.output());
            assertEquals(List.of("w2"), db.versionRows("godwit_version"));
        }
    }

    @org.junit.jupiter.api.Test
    void createIndexConcurrentlyRunsUnderTheLockWhileAnotherRunWaits(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.POSTGRESQL, dir)) {
            db.writeConfig(dir);
            Revisions.write(dir, "c1", null, "CREATE TABLE cic (id INTEGER PRIMARY KEY, name TEXT);\n"
                    + "INSERT INTO cic SELECT g, 'n' || g FROM generate_series(1, 1000) g;", "DROP TABLE cic;");
            Revisions.write(dir, "c2", "c1", "-- transaction: false\n", "SELECT pg_sleep(3);\n"
                    + "CREATE INDEX CONCURRENTLY ix_cic_name ON cic (name);", "DROP INDEX CONCURRENTLY ix_cic_name;");
            GodwitProcess first = GodwitProcess.start(dir, dir.resolve("first.log"), "upgrade");
            first.awaitOutput("Running upgrade c1 -> c2", 60);
            GodwitProcess second = GodwitProcess.start(dir, dir.resolve("second.log"), "upgrade");
            assertEquals(0, first.waitFor(60), first.output());
            assertEquals(0, second.waitFor(60), second.output());
            assertTrue(second.output().contains("Waiting for another Godwit run"), second.output());
            assertEquals(List.of("c2"), db.versionRows("godwit_version"));
            assertEquals(List.of("ix_cic_name"), db.column("SELECT indexname FROM pg_indexes WHERE indexname = 'ix_cic_name'"));
        }
    }
}
