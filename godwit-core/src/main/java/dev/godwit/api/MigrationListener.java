package dev.godwit.api;

/**
 * Told about each revision as it runs, so a caller can report progress. The API itself never
 * prints.
 */
public interface MigrationListener {

    MigrationListener NONE = new MigrationListener() {
    };

    /** Another run holds the lock; this one waits up to {@code timeout}. {@code holder} may be null. */
    default void waitingForLock(String holder, java.time.Duration timeout) {
    }

    /** A backup was taken before anything ran. */
    default void backupTaken(BackupInfo backup) {
    }

    /** A backup was asked for but there was nothing to back up ({@code reason} says why); the run goes on. */
    default void backupSkipped(String reason) {
    }

    default void starting(RevisionInfo revision, Direction direction) {
    }

    default void finished(RevisionRun run) {
    }

    /** The revision failed; a {@link MigrationFailedException} follows. */
    default void failed(RevisionInfo revision, Direction direction) {
    }
}
