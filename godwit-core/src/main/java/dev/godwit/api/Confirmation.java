package dev.godwit.api;

/**
 * Asks whether a plan may run in a protected environment ({@code confirm = true}): given the plan,
 * with its environment and database name, it answers yes or no (a stamp: {@link #confirmStamp}). The command line asks a person to
 * type the database name; an application may answer from its own configuration. Without one, a
 * protected environment refuses every change ({@link ErrorCode#CONFIRMATION_REQUIRED}).
 */
@FunctionalInterface
public interface Confirmation {

    /** Refuses everything: what a protected environment does when no confirmation is set. */
    Confirmation NONE = plan -> false;

    /**
     * Whether {@code plan} may run on {@code plan.databaseName()} in {@code plan.environment()}.
     * Called before the run lock is taken; may throw a {@link GodwitException} to refuse with its own words.
     */
    boolean confirm(Plan plan);

    /**
     * Whether {@code stamp} may set the version table of {@code stamp.databaseName()}; by default
     * no, so a confirmation written for plans does not let stamps through unseen.
     */
    default boolean confirmStamp(StampPlan stamp) {
        return false;
    }

    /**
     * Whether the applied statements of a half-applied revision may be undone on {@code databaseName}
     * in {@code environment} (null: the default one); {@code direction} is the direction of the undo.
     * By default no, so a confirmation written for plans does not let an undo through unseen.
     */
    default boolean confirmUndo(String environment, String databaseName, Direction direction) {
        return false;
    }
}
