package dev.godwit.api;

/**
 * What kind of failure a {@link GodwitException} reports, stable across releases so that Java
 * callers, the Maven plugin and the Spring Boot starter branch on it instead of on message text.
 * The message says what happened in words; the code says which case it is; {@link
 * GodwitException#details()} carries the names and numbers involved.
 */
public enum ErrorCode {
    /** Anything not given a more precise code yet. */
    GENERAL,
    /** The configuration (godwit.toml, environment, options) is malformed or incomplete. */
    BAD_CONFIGURATION,
    /** A database URL cannot be parsed or names no supported database. */
    BAD_URL,
    /** A revision file cannot be read or parsed. */
    BAD_REVISION_FILE,
    /** A target or revision id names no known revision. */
    UNKNOWN_REVISION,
    /** A revision id prefix matches more than one revision. */
    AMBIGUOUS_REVISION,
    /** The graph has several heads where one is needed. */
    MULTIPLE_HEADS,
    /** The revision graph is broken: a cycle, a missing parent, a duplicate id. */
    BAD_GRAPH,
    /** An applied revision's file changed since it ran. */
    CHECKSUM_MISMATCH,
    /** The database could not be reached or refused the login. */
    CONNECTION_FAILED,
    /** Another run holds the run lock, or a statement waited too long for a lock. */
    LOCK_TIMEOUT,
    /** A statement of a revision failed. */
    STATEMENT_FAILED,
    /** The database's bookkeeping does not match the revisions (unknown or lost revisions). */
    BOOKKEEPING_MISMATCH,
    /** A protected environment needs a confirmation that was not given. */
    CONFIRMATION_REQUIRED,
    /** A protected environment refuses a plan that may lose data (a downgrade, a dropping statement) unless allowed. */
    DESTRUCTIVE_CHANGE_REFUSED,
    /** The database or the revision files changed between a plan and its run; the plan no longer holds. */
    DATABASE_MOVED,
    /** The configuration requires a backup before the run, and the plan takes none. */
    BACKUP_REQUIRED,
}
