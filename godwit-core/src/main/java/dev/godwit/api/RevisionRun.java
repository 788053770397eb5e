package dev.godwit.api;

/**
 * One revision that ran (or failed) in an upgrade or downgrade.
 *
 * @param revision   the revision
 * @param direction  which way it ran
 * @param statements how many statements were executed
 * @param millis     how long it took, version-table update included
 */
public record RevisionRun(RevisionInfo revision, Direction direction, int statements, long millis) {
}
