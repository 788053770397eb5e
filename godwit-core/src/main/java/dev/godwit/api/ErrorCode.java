package dev.godwit.api;

/**
 * What kind of failure a {@link GodwitException} reports, stable across releases so that Java
 * callers, the Maven plugin and the Spring Boot starter branch on it instead of on message text.
 * The message says what happened in words; the code says which case it is; {@link
 * GodwitException#details()} carries the names and numbers involved. docs/errors.md lists, for
 * each code, when it is raised and which details it carries.
 */
public enum ErrorCode {
    /** The configuration (godwit.toml, environment variables, settings, options) is malformed or incomplete. */
    BAD_CONFIGURATION,
    /** A database URL cannot be parsed or names no supported database. */
    BAD_URL,
    /** An argument of a call or command is invalid (a missing message, a malformed range, options that clash). */
    BAD_ARGUMENT,
    /** A revision file cannot be read, is not UTF-8, or its header or SQL cannot be parsed. */
    BAD_REVISION_FILE,
    /** A target or revision id names no known revision. */
    UNKNOWN_REVISION,
    /** A revision id prefix, or a relative step, matches more than one revision. */
    AMBIGUOUS_REVISION,
    /** The graph has several heads (or the database several current revisions) where one is needed. */
    MULTIPLE_HEADS,
    /** A target is malformed or cannot be reached (zero steps, too many steps, not applied). */
    BAD_TARGET,
    /** A target lies in the other direction: upgrade to an earlier revision, or downgrade to a later one. */
    WRONG_DIRECTION,
    /** The revision graph is broken: a cycle, a missing parent, a duplicate id, a bad branch label. */
    BAD_GRAPH,
    /** Something to be created exists already: a config file, a revision file, a revision id, a branch label. */
    ALREADY_EXISTS,
    /** An applied revision's file changed since it ran. */
    CHECKSUM_MISMATCH,
    /** The database's bookkeeping does not match the revisions (it is at revisions no file has). */
    BOOKKEEPING_MISMATCH,
    /** The database is not at the head of the revision files, and the command needs it there. */
    NOT_UP_TO_DATE,
    /** A revision was left half applied, or there is none to resume or undo; the request does not fit that state. */
    PARTIAL_REVISION,
    /** A revision has no downgrade section, so nothing can be downgraded past it. */
    NOT_REVERSIBLE,
    /** The database could not be reached, or it refused the connection for another reason than the login. */
    CONNECTION_FAILED,
    /** The database refused the user name or password. */
    AUTHENTICATION_FAILED,
    /** The JDBC driver of the database is not on the class path, or does not accept the URL. */
    DRIVER_MISSING,
    /** A database call outside a revision's statements failed (reading the version table, setting a schema). */
    DATABASE_FAILED,
    /** Another run holds the run lock, or a statement waited too long for a lock. */
    LOCK_TIMEOUT,
    /** A statement of a revision failed. */
    STATEMENT_FAILED,
    /** The desired-schema model tried to touch something outside its scratch database. */
    MODEL_REFUSED,
    /** The desired-schema model could not be found, loaded or run. */
    MODEL_FAILED,
    /** No table of that name in the database. */
    UNKNOWN_TABLE,
    /** The backup before a run could not be taken. */
    BACKUP_FAILED,
    /** The request needs something this installation or database does not support. */
    NOT_SUPPORTED,
    /** A file or folder could not be read or written. */
    IO_FAILED,
    /** The run was interrupted or stopped. */
    INTERRUPTED,
    /** A protected environment needs a confirmation that was not given. */
    CONFIRMATION_REQUIRED,
    /** A protected environment refuses a plan that may lose data (a downgrade, a dropping statement) unless allowed. */
    DESTRUCTIVE_CHANGE_REFUSED,
    /** The database or the revision files changed between a plan and its run; the plan no longer holds. */
    DATABASE_MOVED,
    /** The configuration requires a backup before the run, and the plan takes none. */
    BACKUP_REQUIRED,
}
