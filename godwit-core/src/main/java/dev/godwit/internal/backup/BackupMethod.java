package dev.godwit.internal.backup;

import java.time.Duration;

/** One way of taking a backup: one per database, each with its own tool. */
public interface BackupMethod {

    /**
     * Writes a new backup file for {@code request} and returns it with its restore command. On any
     * failure nothing is left behind and a {@link dev.godwit.api.GodwitException} says what failed
     * and what to do.
     *
     * @param timeout how long an external tool may run before it is stopped
     */
    Backup take(BackupRequest request, Duration timeout);
}
