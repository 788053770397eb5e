package dev.godwit.api;

import java.time.Instant;

/**
 * One row of the audit history: a revision applied, downgraded, stamped or accepted.
 *
 * @param id                the row's id (null before it is written)
 * @param revision          the revision
 * @param action            upgrade, downgrade, stamp or accept
 * @param checksum          the checksum of the revision's statements when this happened (null if no file)
 * @param checksumAlgorithm the checksum algorithm's version, e.g. sha256-v1
 * @param message           the revision's message
 * @param databaseUser      the database user that ran it
 * @param osUser            the operating-system user that ran it
 * @param host              the host it ran on
 * @param startedAt         when it started
 * @param durationMillis    how long it took
 * @param success           whether it succeeded
 * @param error             the error text when it failed, else null
 * @param backupFile        the backup taken before the run, else null
 */
public record AuditEntry(Long id, String revision, String action, String checksum, String checksumAlgorithm,
                         String message, String databaseUser, String osUser, String host, Instant startedAt,
                         long durationMillis, boolean success, String error, String backupFile) {

    public static final String UPGRADE = "upgrade";
    public static final String DOWNGRADE = "downgrade";
    public static final String STAMP = "stamp";
    public static final String ACCEPT = "accept";
    /** The statements a half-applied revision had run were undone ({@code --undo-partial}). */
    public static final String UNDO_PARTIAL = "undo-partial";

    /** Starts an entry for {@code revision} and {@code action}: a success, by nobody, now, with nothing else set. */
    public static Builder builder(String revision, String action) {
        return new Builder(revision, action);
    }

    /** Builds an {@link AuditEntry} field group by field group, instead of fourteen arguments in a row. */
    public static final class Builder {
        private Long id;
        private final String revision;
        private final String action;
        private String checksum;
        private String checksumAlgorithm;
        private String message;
        private String databaseUser;
        private String osUser;
        private String host;
        private Instant startedAt = Instant.now();
        private long durationMillis;
        private boolean success = true;
        private String error;
        private String backupFile;

        private Builder(String revision, String action) {
            this.revision = revision;
            this.action = action;
        }

        /** The row's id, once written. */
        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        /** The revision's checksum and the algorithm's version (both null: no checksum). */
        public Builder checksum(String checksum, String algorithm) {
            this.checksum = checksum;
            this.checksumAlgorithm = algorithm;
            return this;
        }

        public Builder message(String message) {
            this.message = message;
            return this;
        }

        /** Who ran it: the database user, the operating-system user, the host. */
        public Builder ranBy(String databaseUser, String osUser, String host) {
            this.databaseUser = databaseUser;
            this.osUser = osUser;
            this.host = host;
            return this;
        }

        /** When it started and how long it took. */
        public Builder timing(Instant startedAt, long durationMillis) {
            this.startedAt = startedAt;
            this.durationMillis = durationMillis;
            return this;
        }

        /** How it ended: {@code error} is null on success. */
        public Builder outcome(boolean success, String error) {
            this.success = success;
            this.error = error;
            return this;
        }

        public Builder backupFile(String backupFile) {
            this.backupFile = backupFile;
            return this;
        }

        public AuditEntry build() {
            return new AuditEntry(id, revision, action, checksum, checksumAlgorithm, message, databaseUser, osUser,
                    host, startedAt, durationMillis, success, error, backupFile);
        }
    }
}
