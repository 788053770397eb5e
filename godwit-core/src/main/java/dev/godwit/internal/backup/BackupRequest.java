package dev.godwit.internal.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * What to back up and where.
 *
 * @param url             the database
 * @param schema          the PostgreSQL schema or the MySQL/MariaDB database to dump; null (or blank)
 *                        dumps the URL's database as a whole. Ignored for SQLite.
 * @param backupDir       the directory the backup file goes to; created when missing
 * @param currentRevision the database's revision before the run, used in the file name; null or
 *                        blank means {@code base}
 * @param time            the time the file name carries (in UTC); null means now
 */
public record BackupRequest(BackupSource url, String schema, Path backupDir, String currentRevision, Instant time) {

    public BackupRequest {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(backupDir, "backupDir");
        if (schema != null && schema.isBlank()) {
            schema = null;
        }
        if (currentRevision == null || currentRevision.isBlank()) {
            currentRevision = "base";
        }
        if (time == null) {
            time = Instant.now();
        }
    }
}
