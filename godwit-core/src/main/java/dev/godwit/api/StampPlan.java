package dev.godwit.api;

/**
 * A stamp about to change a protected environment's version table without running any revision,
 * as a {@link Confirmation} is shown it: the target, whether the table is emptied first, and where.
 *
 * @param target       the target as given
 * @param purge        whether the version table is emptied first (its rows are lost)
 * @param environment  the configuration's environment, or null for the default one
 * @param databaseName the name a person types to confirm
 */
public record StampPlan(String target, boolean purge, String environment, String databaseName) {
}
