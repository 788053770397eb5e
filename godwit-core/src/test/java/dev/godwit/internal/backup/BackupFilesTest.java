package dev.godwit.internal.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.internal.config.DatabaseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class BackupFilesTest {
    private static final Instant TIME = Instant.parse("2024-01-31T23:59:58.750Z");

    @TempDir
    Path dir;

    @Test
    void nameCarriesDatabaseRevisionAndUtcTime() {
        assertEquals("shop-ae1027a6acf-20240131T235958Z", BackupFiles.baseName("shop", "ae1027a6acf", TIME));
        assertEquals("shop-base-20240131T235958Z", BackupFiles.baseName("shop", null, TIME));
        assertEquals("shop-base-20240131T235958Z", BackupFiles.baseName("shop", " ", TIME));
    }

    @Test
    void namePartsAreSafeInFileNames() {
        assertEquals("my_db_x", BackupFiles.part("my db/x", "db"));
        assertEquals("_hidden", BackupFiles.part(".hidden", "db"));
        assertEquals("_rf", BackupFiles.part("-rf", "db"));
        assertEquals("a_b", BackupFiles.part("a, b", "base"));
        assertEquals("_", BackupFiles.part("è", "db"));
        assertEquals("db", BackupFiles.part(null, "db"));
        assertEquals(64, BackupFiles.part("x".repeat(200), "db").length());
    }

    @Test
    void claimCreatesTheDirectoryAndNeverReusesAName() throws Exception {
        Path target = dir.resolve("nested/backups");
        Path first = BackupFiles.claim(target, "shop", "r1", TIME, "sql");
        Path second = BackupFiles.claim(target, "shop", "r1", TIME, "sql");
        Path third = BackupFiles.claim(target, "shop", "r1", TIME, "sql");
        assertEquals(target.resolve("shop-r1-20240131T235958Z.sql"), first);
        assertEquals(target.resolve("shop-r1-20240131T235958Z-2.sql"), second);
        assertEquals(target.resolve("shop-r1-20240131T235958Z-3.sql"), third);
        assertTrue(first.isAbsolute());
        assertEquals(3, TestServers.files(target).size());
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws Exception {
        Path existing = Files.writeString(dir.resolve("shop-r1-20240131T235958Z.dump"), "precious");
        Path claimed = BackupFiles.claim(dir, "shop", "r1", TIME, "dump");
        assertNotEquals(existing, claimed);
        assertEquals("precious", Files.readString(existing));
    }

    @Test
    void manyClaimsAreAllDistinct() {
        Set<Path> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            assertTrue(seen.add(BackupFiles.claim(dir, "db", "head", TIME, "sqlite")));
        }
    }

    /** POSIX permissions: every file system Godwit's CI runs on has them (Windows has ACLs instead). */
    @Test
    @DisabledOnOs(OS.WINDOWS)
    void backupFilesAreReadableByTheirOwnerOnly() throws Exception {
        Path file = BackupFiles.claim(dir, "db", "head", TIME, "sql");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void thePasswordFileIsInADirectoryOnlyItsOwnerMayEnterAndGoesWithIt() throws Exception {
        Path secret;
        Path directory;
        try (PrivateDirectory secrets = PrivateDirectory.create("godwit-test-")) {
            directory = secrets.path();
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(directory)));
            secret = secrets.write("client.cnf", "[client]\npassword=\"x\"\n");
            assertEquals(directory, secret.getParent());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)));
            assertEquals("[client]\npassword=\"x\"\n", Files.readString(secret));
        }
        assertFalse(Files.exists(secret), "closing deletes the file");
        assertFalse(Files.exists(directory), "closing deletes the directory");
    }

    @Test
    void requestDefaults() {
        DatabaseUrl url = DatabaseUrl.parse("sqlite:///app.db", dir);
        BackupRequest r = new BackupRequest(url, " ", dir, null, null);
        assertNull(r.schema());
        assertEquals("base", r.currentRevision());
        assertNotNull(r.time());
        assertTrue(Duration.between(r.time(), Instant.now()).abs().getSeconds() < 60);
        Backup b = new Backup(dir, "cp a b", 1, Duration.ZERO);
        assertEquals(List.of(), b.notes());
    }
}
