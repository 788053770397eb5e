package dev.godwit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.Processes;
import dev.godwit.cli.support.Revisions;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** `upgrade --backup`: a backup with the database's own tool, restorable with the printed command. */
class BackupFlowTest {

    private static void revisions(Path dir) throws Exception {
        Revisions.write(dir, "b1", null, "CREATE TABLE keep_me (id INTEGER PRIMARY KEY, name VARCHAR(20));",
                "DROP TABLE keep_me;");
        Revisions.write(dir, "b2", "b1", "DROP TABLE keep_me;",
                "CREATE TABLE keep_me (id INTEGER PRIMARY KEY, name VARCHAR(20));");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aBackupIsTakenBeforeTheChangeAndThePrintedCommandRestoresIt(TestDatabase.Kind kind, @TempDir Path dir)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            revisions(dir);
            assertEquals(0, Cli.run(dir, "upgrade", "b1").exit());
            db.execute("INSERT INTO keep_me (id, name) VALUES (1, 'precious')");

            Cli.Result r = Cli.run(dir, "upgrade", "--backup");
            assertEquals(0, r.exit(), r.toString());
            String backupLine = r.out().lines().filter(l -> l.startsWith("Backup: ")).findFirst().orElseThrow();
            Path file = Path.of(backupLine.substring("Backup: ".length(), backupLine.indexOf(" (")));
            assertTrue(Files.size(file) > 0, "backup file " + file);
            assertTrue(file.getFileName().toString().contains("b1"), "the name carries the revision: " + file);
            assertTrue(file.startsWith(dir.resolve("backups")), "default backup_dir is backups/: " + file);
            String restore = r.out().lines().filter(l -> l.startsWith("Restore with: ")).findFirst().orElseThrow()
                    .substring("Restore with: ".length());
            assertFalse(db.tableExists("keep_me"), "b2 dropped the table");
            Cli.Result log = Cli.run(dir, "log", "--json", "-n", "1");
            assertTrue(log.out().contains("\"backup_file\":\"" + file + "\""), log.toString());

            Processes.Run restored = Processes.bash(restore, 300);
            String restoreOutput = restored.output();
            int exit = restored.exit();
            if (kind != TestDatabase.Kind.POSTGRESQL) {
                assertEquals(0, exit, restoreOutput);
            }
            assertEquals(List.of(List.of("1", "precious")), db.query("SELECT id, name FROM keep_me"), restoreOutput);
            assertEquals(List.of("b1"), db.versionRows("godwit_version"), "the restore brings back the version table");
        }
    }

    /**
     * `backup = true` on a first deploy into a schema (a PostgreSQL schema, a MySQL/MariaDB
     * database) that does not exist yet: there is nothing to back up, so the run says so and goes
     * on (it creates the schema); the next run backs up as usual. SQLite: see the next test.
     */
    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"POSTGRESQL", "MARIADB"})
    void aFirstDeployIntoANewSchemaHasNothingToBackUp(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            String fresh = "gw_bk_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
            Files.writeString(dir.resolve("godwit.toml"),
                    "url = \"" + db.url() + "\"\nschema = \"" + fresh + "\"\nbackup = true\n");
            revisions(dir);
            try {
                Cli.Result first = Cli.run(dir, "upgrade", "b1");
                assertEquals(0, first.exit(), first.toString());
                assertTrue(first.out().contains("Backup: skipped, schema " + fresh
                        + " does not exist yet, so there is nothing to back up."), first.toString());
                assertTrue(first.out().contains("Running upgrade <base> -> b1"), first.toString());

                Cli.Result second = Cli.run(dir, "upgrade");
                assertEquals(0, second.exit(), second.toString());
                String backupLine = second.out().lines().filter(l -> l.startsWith("Backup: ")).findFirst().orElseThrow();
                assertFalse(backupLine.contains("skipped"), second.toString());
                Path file = Path.of(backupLine.substring("Backup: ".length(), backupLine.indexOf(" (")));
                assertTrue(Files.size(file) > 0, "backup file " + file);
            } finally {
                db.execute(kind == TestDatabase.Kind.POSTGRESQL ? "DROP SCHEMA IF EXISTS " + fresh + " CASCADE"
                        : "DROP DATABASE IF EXISTS " + fresh);
            }
        }
    }

    /** SQLite: connecting creates the file, so the first deploy backs up the empty database and goes on. */
    @org.junit.jupiter.api.Test
    void aFirstDeployOfANewSqliteFileBacksUpTheEmptyFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("godwit.toml"), "url = \"sqlite:///new.db\"\nbackup = true\n");
        revisions(dir);
        Cli.Result r = Cli.run(dir, "upgrade", "b1");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("Backup: " + dir.resolve("backups")) && r.out().contains("Running upgrade <base> -> b1"),
                r.toString());
        assertTrue(Files.exists(dir.resolve("new.db")));
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"POSTGRESQL", "MARIADB"})
    void whenTheDumpToolIsMissingNothingIsMigrated(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        String property = kind == TestDatabase.Kind.POSTGRESQL ? "godwit.pg_dump" : "godwit.mysqldump";
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir, "backup = true");
            revisions(dir);
            if (kind == TestDatabase.Kind.POSTGRESQL) {
                db.execute("CREATE SCHEMA IF NOT EXISTS " + db.schema()); // else nothing to back up, no tool run
            }
            System.setProperty(property, dir.resolve("no-such-tool").toString());
            Cli.Result r = Cli.run(dir, "upgrade");
            assertEquals(1, r.exit(), r.toString());
            assertTrue(r.err().contains("no-such-tool"), r.toString());
            assertFalse(r.out().contains("Running upgrade"), r.toString());
            assertEquals(List.of(), db.versionRows("godwit_version"));
            assertFalse(db.tableExists("keep_me"));
        } finally {
            System.clearProperty(property);
        }
    }
}
