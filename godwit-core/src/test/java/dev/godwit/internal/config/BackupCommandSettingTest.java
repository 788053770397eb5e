package dev.godwit.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.godwit.internal.config.SettingsLoader.LoadRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code backup_command} key: at the top level, in an environment, absent. */
class BackupCommandSettingTest {
    @TempDir
    Path dir;

    @Test
    void noneByDefault() {
        assertNull(SettingsLoader.load(LoadRequest.of(dir, Map.of())).backupCommand());
    }

    @Test
    void topLevelAndPerEnvironment() throws Exception {
        Files.writeString(dir.resolve("godwit.toml"), "backup_command = 'cp \"$GODWIT_BACKUP_FILE\" /mnt/keep/'\n"
                + "[environments.prod]\nbackup_command = \"aws s3 cp {file} s3://b/\"\n"
                + "[environments.dev]\nbackup_command = \"\"\n");
        assertEquals("cp \"$GODWIT_BACKUP_FILE\" /mnt/keep/",
                SettingsLoader.load(LoadRequest.of(dir, Map.of())).backupCommand());
        assertEquals("aws s3 cp {file} s3://b/",
                SettingsLoader.load(new LoadRequest(dir, null, "prod", null, Map.of())).backupCommand());
        Settings dev = SettingsLoader.load(new LoadRequest(dir, null, "dev", null, Map.of()));
        assertNull(dev.backupCommand(), "blank: none");
        assertEquals("x", dev.withBackupCommand("x").backupCommand());
        assertFalse(dev.withBackupCommand("secret-cmd").toString().contains("secret-cmd"));
    }
}
