package dev.godwit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.SchemaDiff;
import dev.godwit.testsupport.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The builder's {@code credentials} and {@code model} (what the Maven plugin sets from the POM):
 * they replace the URL's user and password and set the desired schema, and a password set so is a
 * secret like any other.
 */
class BuilderOverridesTest {

    @Test
    void credentialsReplaceTheUrlsUserOnPostgres(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("migrations/versions"));
        TestServer pg = TestServer.postgres();
        String password = pg.password().isEmpty() ? "unused-pw-4711" : pg.password(); // trust ignores it
        Godwit godwit = Godwit.configure().baseDirectory(dir).environmentVariables(Map.of())
                .versionTable("mvnplugin_builder_version").url("postgresql://nobody@" + pg.host() + ":" + pg.port() + "/" + pg.database())
                .credentials(pg.user(), password).load();
        String shown = godwit.configuration().database();
        assertTrue(shown.contains(pg.user() + ":***@"), shown);
        assertFalse(godwit.secrets().scrub("the server said " + password).contains(password));
        // Connects: as "nobody" the server would refuse (trust or not, the role does not exist).
        assertEquals(0, godwit.current().pending());
    }

    @Test
    void credentialsReplaceTheUrlsUserOnMariadb(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("migrations/versions"));
        TestServer my = TestServer.mariadb();
        Godwit godwit = Godwit.configure().baseDirectory(dir).environmentVariables(Map.of())
                .versionTable("mvnplugin_builder_version").url("mariadb://nobody@" + my.host() + ":" + my.port() + "/" + my.database())
                .credentials(my.user(), my.password().isEmpty() ? null : my.password()).load();
        assertTrue(godwit.configuration().database().contains(my.user() + "@"), godwit.configuration().database());
        // Connecting as "nobody" would be refused: the run connects as the builder's user.
        assertEquals(0, godwit.current().pending());
    }

    @Test
    void modelSetsTheDesiredSchemaOnSqlite(@TempDir Path dir) throws Exception {
        Godwit.init(dir);
        Files.createDirectories(dir.resolve("schema"));
        Files.writeString(dir.resolve("schema/app.sql"), "CREATE TABLE notes (id INTEGER NOT NULL PRIMARY KEY);\n");
        Godwit godwit = Godwit.configure().baseDirectory(dir).environmentVariables(Map.of()).model("schema").load();
        SchemaDiff diff = godwit.diff();
        assertEquals(1, diff.changes().size(), diff.changes().toString());
        assertTrue(diff.changes().get(0).contains("notes"), diff.changes().toString());
    }

    @Test
    void backupDirectoryReplacesTheConfigsFolderOnSqlite(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(dir.resolve("godwit.toml"), "url = \"sqlite:///app.db\"\nbackup_dir = \"from-toml\"\n");
        Files.writeString(dir.resolve("migrations/versions/r1.sql"), "-- revision: r1\n-- message: notes\n\n-- +upgrade\n"
                + "CREATE TABLE notes (id INTEGER PRIMARY KEY);\n\n-- +downgrade\nDROP TABLE notes;\n");
        java.util.List<Path> taken = new java.util.ArrayList<>();
        Godwit godwit = Godwit.configure().baseDirectory(dir).environmentVariables(Map.of()).backup(true)
                .backupDirectory(Path.of("kept/backups")).listener(new dev.godwit.api.MigrationListener() {
                    @Override
                    public void backupTaken(dev.godwit.api.BackupInfo backup) {
                        taken.add(backup.file());
                    }
                }).load();
        assertEquals(dir.resolve("kept/backups").toAbsolutePath().normalize(), godwit.configuration().backupDir());
        godwit.upgrade("head");
        assertEquals(1, taken.size(), taken::toString);
        assertEquals(dir.resolve("kept/backups").toAbsolutePath().normalize(), taken.get(0).getParent());
        assertTrue(Files.size(taken.get(0)) > 0);
        assertFalse(Files.exists(dir.resolve("from-toml")), "godwit.toml's backup_dir is replaced");
    }
}
