package dev.godwit.api;

/**
 * Asks whether a plan may run in a protected environment ({@code confirm = true}): given the plan,
 * with its environment and database name, it answers yes or no. The command line asks a person to
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
}
