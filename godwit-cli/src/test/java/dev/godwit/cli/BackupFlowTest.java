package dev.godwit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Cli;
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

            Process p = new ProcessBuilder("bash", "-c", restore).redirectErrorStream(true).start();
            String restoreOutput = new String(p.getInputStream().readAllBytes());
            int exit = p.waitFor();
            if (kind != TestDatabase.Kind.POSTGRESQL) {
                assertEquals(0, exit, restoreOutput);
            }
            assertEquals(List.of(List.of("1", "precious")), db.query("SELECT id, name FROM keep_me"), restoreOutput);
            assertEquals(List.of("b1"), db.versionRows("godwit_version"), "the restore brings back the version table");
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"POSTGRESQL", "MARIADB"})
    void whenTheDumpToolIsMissingNothingIsMigrated(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        String property = kind == TestDatabase.Kind.POSTGRESQL ? "godwit.pg_dump" : "godwit.mysqldump";
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir, "backup = true");
            revisions(dir);
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
