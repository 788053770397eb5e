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
}
