package dev.godwit.internal.backup;

import java.time.Duration;
import java.util.Objects;

/**
 * Takes a backup with the database's own tool before an upgrade or downgrade: SQLite's online backup
 * API, {@code pg_dump -Fc}, or {@code mariadb-dump} (else {@code mysqldump}). The file goes to the
 * request's directory, named {@code <database>-<revision>-<yyyyMMdd'T'HHmmss'Z'>.<sqlite|dump|sql>};
 * no existing file is ever overwritten. The result carries the command that restores it.
 *
 * <p>The tools are looked up on the PATH; system property {@code godwit.pg_dump} or environment
 * variable {@code GODWIT_PG_DUMP} (and {@code godwit.mysqldump} / {@code GODWIT_MYSQLDUMP}) set
 * their path instead. The restore command names the restore tool found next to the dump tool.
 */
public final class BackupTaker {

    /** How long a dump tool may run unless told otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofHours(1);

    private BackupTaker() {
    }

    /**
     * Takes the backup {@code request} describes with {@code method} (the database's, see
     * {@code db.Database#backupMethod}), allowing the dump tool {@link #DEFAULT_TIMEOUT}.
     *
     * @throws dev.godwit.api.GodwitException when the backup cannot be taken: the tool is missing,
     *         fails or runs too long, the directory is not writable; no partial file is left
     */
    public static Backup take(BackupMethod method, BackupRequest request) {
        return take(method, request, DEFAULT_TIMEOUT);
    }

    /**
     * Takes the backup {@code request} describes with {@code method}; a dump tool that runs longer than {@code timeout}
     * is stopped and the backup fails. (SQLite's backup runs in process and is not bounded.)
     */
    public static Backup take(BackupMethod method, BackupRequest request, Duration timeout) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        return method.take(request, timeout);
    }
}
