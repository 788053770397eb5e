package dev.godwit.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.Godwit;
import dev.godwit.api.AuditEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code godwit.backup-dir}: the backup {@code godwit.backup=true} takes before an upgrade lands
 * there and outlives the context (the starter's temporary work folder does not), a real backup of
 * the database as it was before the upgrade, judged with the database's own tools. PostgreSQL and
 * MariaDB back up through {@code godwit.url} (the dump tools need the password a pool does not tell).
 */
class BackupDirectoryTest {
    @TempDir
    Path dir;
    private BootDb db;

    @AfterEach
    void drop() {
        if (db != null) {
            db.drop();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mariadb"})
    void theBackupOutlivesTheContextInTheConfiguredFolder(String kind) throws Exception {
        db = BootDb.create(kind, dir, "startertwo_");
        RevisionFolder revisions = new RevisionFolder(dir);
        Map<String, String> props = Apps.with(db.properties(), "godwit.locations", revisions.location());
        if (!kind.equals("sqlite")) {
            props = Apps.with(props, "godwit.url", db.url(), "godwit.user", db.user(),
                    "godwit.password", db.password() == null ? "" : db.password());
        }
        Apps.start(props).close();
        db.execute("INSERT INTO customers (id, name) VALUES (1, 'kept in the backup')");

        revisions.withOrders();
        Path kept = dir.resolve("kept-backups");
        Path work;
        AuditEntry upgrade;
        try (ConfigurableApplicationContext app = Apps.start(Apps.with(props, "godwit.backup", "true",
                "godwit.backup-dir", kept.toString()))) {
            work = app.getBean(GodwitWorkFolder.class).path();
            assertEquals(kept, app.getBean(Godwit.class).configuration().backupDir());
            upgrade = app.getBean(GodwitEndpoint.class).status().history().get(0);
        }
        assertEquals(RevisionFolder.ORDERS, upgrade.revision());
        assertNotNull(upgrade.backupFile(), "the audit row names the backup");
        Path backup = Path.of(upgrade.backupFile());
        assertFalse(Files.exists(work), "the work folder is gone with the context");
        assertTrue(Files.isRegularFile(backup), backup + " outlives the context");
        assertEquals(kept, backup.getParent());
        String contents = contents(kind, backup);
        assertTrue(contents.contains("customers"), contents);
        assertFalse(contents.contains("orders"), "taken before the upgrade: " + contents);
        if (!kind.equals("postgres")) {
            assertTrue(contents.contains("kept in the backup"), contents);
        }
    }

    @Test
    void theDefaultFolderIsBackupsInTheWorkingDirectory() {
        db = BootDb.create("sqlite", dir, "startertwo_");
        try (ConfigurableApplicationContext app = Apps.start(db.properties())) {
            assertEquals(Path.of("backups").toAbsolutePath(), app.getBean(Godwit.class).configuration().backupDir());
        }
    }

    /** What the backup holds, as the database's tools read it: tables and rows (PostgreSQL: the dump's table of contents). */
    private String contents(String kind, Path backup) throws IOException, InterruptedException {
        return switch (kind) {
            case "sqlite" -> run("sqlite3", backup.toString(),
                    "SELECT name FROM sqlite_master WHERE type = 'table'; SELECT name FROM customers;");
            case "postgres" -> run("pg_restore", "-l", backup.toString());
            default -> Files.readString(backup, StandardCharsets.UTF_8);
        };
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + out);
        return out;
    }
}
