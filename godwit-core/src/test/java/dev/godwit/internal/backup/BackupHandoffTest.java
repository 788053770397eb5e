package dev.godwit.internal.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupHandoffTest {

    @Test
    void variablesHoldingThePasswordAreRemovedAndTheFileIsAdded() {
        Map<String, String> inherited = Map.of("DATABASE_URL", "postgresql://u:hunter2@db/app", "HOME", "/home/u");
        Map<String, String> changes = BackupHandoff.environment(inherited, Path.of("/b/app.dump"), "hunter2");
        Map<String, String> expected = new HashMap<>();
        expected.put("PGPASSWORD", null);
        expected.put("MYSQL_PWD", null);
        expected.put("DATABASE_URL", null);
        expected.put("GODWIT_BACKUP_FILE", "/b/app.dump");
        assertEquals(expected, changes);
    }

    @Test
    void fileIsSubstitutedQuoted(@TempDir Path dir) throws Exception {
        Path backup = Files.writeString(dir.resolve("my app.dump"), "data");
        String note = BackupHandoff.handOff("cp {file} {file}.copy", backup, null);
        assertEquals("backup handed to: cp {file} {file}.copy", note);
        assertEquals("data", Files.readString(dir.resolve("my app.dump.copy")));
    }

    @Test
    void aFailureNamesTheStatusAndMasksThePassword(@TempDir Path dir) throws Exception {
        Path backup = Files.writeString(dir.resolve("app.dump"), "data");
        GodwitException e = assertThrows(GodwitException.class,
                () -> BackupHandoff.handOff("echo 'denied for hunter2' >&2; exit 3", backup, "hunter2"));
        assertEquals(ErrorCode.BACKUP_FAILED, e.code());
        assertTrue(e.getMessage().contains("exited with status 3"), e.getMessage());
        assertTrue(e.getMessage().contains("denied for ***"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void aCommandThatRunsTooLongIsStopped(@TempDir Path dir) throws Exception {
        Path backup = Files.writeString(dir.resolve("app.dump"), "data");
        GodwitException e = assertThrows(GodwitException.class,
                () -> BackupHandoff.handOff("sleep 30", backup, null, Duration.ofMillis(300)));
        assertEquals(ErrorCode.BACKUP_FAILED, e.code());
        assertTrue(e.getMessage().contains("backup_command did not finish within 300ms"), e.getMessage());
        assertTrue(e.getMessage().contains("it was stopped, and nothing was migrated"), e.getMessage());
        assertTrue(Files.exists(backup), "the backup stays");
    }
}
