package dev.godwit.api;

/**
 * What an upgrade or downgrade does about a revision that an earlier run left half applied (it ran
 * statement by statement, on MySQL/MariaDB or with {@code transaction: false}, and failed or was
 * stopped before it was recorded).
 */
public enum PartialRevision {
    /** Refuse to run, and say which statements are applied and the ways on. */
    REFUSE,
    /** Run the revision again from the statement after the last applied one, in the same direction. */
    RESUME,
    /**
     * Undo the applied statements with the matching statements of the revision's other section
     * (its downgrade's, after an interrupted upgrade), and run nothing else.
     */
    UNDO
}
