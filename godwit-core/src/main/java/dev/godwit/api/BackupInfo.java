package dev.godwit.api;

import java.nio.file.Path;
import java.util.List;

/**
 * A backup taken before a change, with the database's own tool.
 *
 * @param file           the backup file
 * @param restoreCommand the shell command that restores it (never contains a password)
 * @param bytes          its size
 * @param millis         how long it took
 * @param notes          how the restore gets its password, what it leaves in place, what was left out
 */
public record BackupInfo(Path file, String restoreCommand, long bytes, long millis, List<String> notes) {

    public BackupInfo {
        notes = List.copyOf(notes);
    }
}
