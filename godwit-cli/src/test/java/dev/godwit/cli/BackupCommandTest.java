package dev.godwit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.Revisions;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code backup_command}: each finished backup is handed to a shell command before anything is migrated. */
class BackupCommandTest {

    private static void revisions(Path dir) throws Exception {
        Revisions.write(dir, "c1", null, "CREATE TABLE handed (id INTEGER PRIMARY KEY);", "DROP TABLE handed;");
        Revisions.write(dir, "c2", "c1", "CREATE TABLE handed_two (id INTEGER PRIMARY KEY);",
                "DROP TABLE handed_two;");
    }

    private static Path backupFile(Cli.Result r) {
        String line = r.out().lines().filter(l -> l.startsWith("Backup: ")).findFirst().orElseThrow();
        return Path.of(line.substring("Backup: ".length(), line.indexOf(" (")));
    }

    @Test
    void theCommandCopiesTheDumpAndTheUpgradeRuns(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, dir)) {
            Path offBox = Files.createDirectories(dir.resolve("off-box"));
            db.execute("CREATE TABLE seed (id INTEGER PRIMARY KEY)");
            db.writeConfig(dir, "backup = true", "backup_command = 'cp \"$GODWIT_BACKUP_FILE\" " + offBox + "/'");
            revisions(dir);

            Cli.Result r = Cli.run(dir, "upgrade");
            assertEquals(0, r.exit(), r.toString());
            Path file = backupFile(r);
            Path copy = offBox.resolve(file.getFileName());
            assertTrue(Files.exists(copy), "the command copied the backup: " + r);
            assertEquals(Files.size(file), Files.size(copy));
            assertTrue(r.out().contains("backup handed to: cp \"$GODWIT_BACKUP_FILE\" " + offBox + "/"), r.toString());
            assertTrue(db.tableExists("handed") && db.tableExists("handed_two"), "the upgrade ran");
        }
    }

    @Test
    void aFailingCommandStopsTheUpgradeBeforeAnythingIsApplied(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, dir)) {
            db.execute("CREATE TABLE seed (id INTEGER PRIMARY KEY)");
            db.writeConfig(dir, "backup = true", "backup_command = 'echo \"bucket unreachable\" >&2; exit 3'");
            revisions(dir);

            Cli.Result r = Cli.run(dir, "upgrade");
            assertNotEquals(0, r.exit(), r.toString());
            assertTrue(r.err().contains("exited with status 3"), r.toString());
            assertTrue(r.err().contains("bucket unreachable"), r.toString());
            assertFalse(db.tableExists("handed"), "nothing was migrated");
            assertFalse(r.out().contains("Running upgrade"), r.toString());
        }
    }

    /** The command's environment: the file in GODWIT_BACKUP_FILE, no password anywhere. */
    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"SQLITE", "POSTGRESQL"})
    void theCommandSeesTheFileButNoPassword(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            String secret = db.password() == null || db.password().isEmpty() ? "gw-handoff-s3cret" : db.password();
            // Servers that trust local connections accept any password: the setting is still passed around.
            String password = kind == TestDatabase.Kind.SQLITE ? "# no password" : "password = \"" + secret + "\"";
            db.writeConfig(dir, password, "backup_command = 'env > {file}.env'");
            revisions(dir);
            assertEquals(0, Cli.run(dir, "upgrade", "c1").exit());

            Cli.Result r = Cli.run(dir, "upgrade", "--backup");
            assertEquals(0, r.exit(), r.toString());
            Path file = backupFile(r);
            String env = Files.readString(Path.of(file + ".env"));
            assertTrue(env.lines().anyMatch(l -> l.equals("GODWIT_BACKUP_FILE=" + file)), env);
            assertFalse(env.contains(secret), "the password reached the command's environment");
            List<String> ours = env.lines().filter(l -> l.startsWith("GODWIT_")).map(l -> l.substring(0, l.indexOf('=')))
                    .filter(n -> !System.getenv().containsKey(n)).collect(Collectors.toList());
            assertEquals(List.of("GODWIT_BACKUP_FILE"), ours, "Godwit adds only GODWIT_BACKUP_FILE");
            assertTrue(db.tableExists("handed_two"), "the upgrade ran");
            try (Stream<Path> files = Files.list(file.getParent())) {
                assertEquals(2, files.count(), "the dump and the command's .env file");
            }
        }
    }
}
