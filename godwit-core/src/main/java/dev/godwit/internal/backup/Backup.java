package dev.godwit.internal.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A backup that was taken.
 *
 * @param file           the backup file (absolute; readable by its owner only where the file system allows)
 * @param restoreCommand a shell command line (POSIX sh) that restores the database from {@code file};
 *                       it never contains the password: {@code notes} say how to give it
 * @param bytes          the file's size
 * @param took           how long the backup took
 * @param notes          what a person restoring should know, one sentence each: how the restore
 *                       command gets the password, what the restore leaves in place, and anything the
 *                       backup had to leave out (for example MariaDB events the user may not read)
 */
public record Backup(Path file, String restoreCommand, long bytes, Duration took, List<String> notes) {

    public Backup {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(restoreCommand, "restoreCommand");
        Objects.requireNonNull(took, "took");
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public Backup(Path file, String restoreCommand, long bytes, Duration took) {
        this(file, restoreCommand, bytes, took, List.of());
    }
}
