package dev.godwit.internal.backup;

import dev.godwit.internal.dialect.DialectKind;
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
     * Takes the backup {@code request} describes, allowing the dump tool {@link #DEFAULT_TIMEOUT}.
     *
     * @throws dev.godwit.api.GodwitException when the backup cannot be taken: the tool is missing,
     *         fails or runs too long, the directory is not writable; no partial file is left
     */
    public static Backup take(BackupRequest request) {
        return take(request, DEFAULT_TIMEOUT);
    }

    /**
     * Takes the backup {@code request} describes; a dump tool that runs longer than {@code timeout}
     * is stopped and the backup fails. (SQLite's backup runs in process and is not bounded.)
     */
    public static Backup take(BackupRequest request, Duration timeout) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        return method(request.url().kind(), ToolLocator.system()).take(request, timeout);
    }

    static BackupMethod method(DialectKind kind, ToolLocator tools) {
        switch (kind) {
            case SQLITE:
                return new SqliteBackup();
            case POSTGRESQL:
                return new PostgresBackup(tools);
            case MYSQL:
                return new MysqlBackup(tools);
            default:
                throw new IllegalArgumentException("no backup for " + kind);
        }
    }
}
