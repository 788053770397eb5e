package dev.godwit.api;

/**
 * Told about each revision as it runs, so a caller can report progress. The API itself never
 * prints.
 */
public interface MigrationListener {

    MigrationListener NONE = new MigrationListener() {
    };

    default void starting(RevisionInfo revision, Direction direction) {
    }

    default void finished(RevisionRun run) {
    }
}
