package dev.godwit.maven;

import dev.godwit.Godwit;
import dev.godwit.api.Confirmation;
import dev.godwit.api.ConfigurationInfo;
import dev.godwit.api.Direction;
import dev.godwit.api.MigrationResult;
import dev.godwit.api.Plan;
import dev.godwit.api.RevisionInfo;
import dev.godwit.api.RevisionRun;

/**
 * An upgrade or a downgrade from the build. Unprotected: it runs at once. In a protected
 * environment ({@code confirm = true}) the plan is written to the log first (environment, database,
 * current revision, target, the revisions, every statement that loses data), then run only when
 * {@code -Dgodwit.confirm} names the database, as the command line asks for the name to be typed;
 * the core's policy makes the decision and refuses with {@code CONFIRMATION_REQUIRED} otherwise.
 */
final class MigrationRun {
    private final Godwit godwit;
    private final Output out;

    MigrationRun(Godwit godwit, Output out) {
        this.godwit = godwit;
        this.out = out;
    }

    /** Runs to {@code target}; with {@code dryRun}, shows the plan and runs nothing. */
    void run(Direction direction, String target, boolean dryRun, Confirmation confirmation, boolean allowDestructive) {
        ConfigurationInfo config = godwit.configuration();
        out.info("Database: " + config.database() + (config.environment() == null ? ""
                : " (environment " + config.environment() + (config.confirm() ? ", protected: confirm = true" : "")
                + ")"));
        if (!config.confirm() && !dryRun) {
            report(direction == Direction.UPGRADE ? godwit.upgrade(target) : godwit.downgrade(target));
            return;
        }
        Plan plan = godwit.plan(direction, target);
        describe(plan);
        if (dryRun) {
            out.info("Dry run (godwit.dryRun): nothing was run.");
            return;
        }
        if (plan.isEmpty()) {
            return;
        }
        report(godwit.withSafety(confirmation, allowDestructive).apply(plan));
    }

    private void describe(Plan plan) {
        out.info("Database name: " + plan.databaseName());
        out.info("Current: " + (plan.current().isEmpty() ? "(none)" : String.join(", ", plan.current())));
        out.info("Target: " + plan.direction().name().toLowerCase(java.util.Locale.ROOT) + " " + plan.target());
        if (plan.isEmpty()) {
            out.info("Nothing to do: the database is at the target already.");
            return;
        }
        out.info("Revisions (" + plan.revisions().size() + ", " + plan.statements() + " statements):");
        for (RevisionInfo r : plan.revisions()) {
            out.info("  " + r.id() + "  " + r.message());
        }
        for (String loss : plan.dataLoss()) {
            out.warn("Loses data: " + loss);
        }
    }

    private void report(MigrationResult result) {
        if (result.nothingToDo()) {
            out.info("Nothing to do: the database is at " + current(result) + ".");
            return;
        }
        for (RevisionRun run : result.revisions()) {
            out.info((run.direction() == Direction.UPGRADE ? "Upgraded " : "Downgraded ") + run.revision().id()
                    + "  " + run.revision().message() + " (" + run.statements()
                    + (run.statements() == 1 ? " statement, " : " statements, ") + run.millis() + " ms)");
        }
        out.info("The database is now at " + current(result) + ".");
    }

    private static String current(MigrationResult result) {
        return result.rowsAfter().isEmpty() ? "base" : String.join(", ", result.rowsAfter());
    }
}
