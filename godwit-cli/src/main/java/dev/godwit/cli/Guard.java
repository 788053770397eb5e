package dev.godwit.cli;

import dev.godwit.Godwit;
import dev.godwit.api.ConfigurationInfo;
import dev.godwit.api.Direction;
import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.MigrationResult;
import dev.godwit.api.Plan;
import dev.godwit.api.RevisionInfo;
import java.io.PrintWriter;

/**
 * The protected-environment check before upgrade, downgrade and stamp: with `confirm = true` it
 * shows the environment, the database, the current revision, the target, the revisions that will
 * run and every statement that loses data, then asks for the database's name to be typed. Without
 * a terminal it refuses unless --yes is given. Downgrade and stamp --purge there also need
 * --allow-destructive. --dry-run shows the same and runs nothing.
 *
 * <p>For upgrade and downgrade the policy itself is the core's ({@link Godwit#apply}): this class
 * prints the plan {@link Godwit#plan} made, fills the core's confirmation with the prompt (or
 * --yes), and words the core's refusals with the flags that lift them. A resumed run and stamp
 * keep the check here.
 */
final class Guard {

    enum Action { UPGRADE, DOWNGRADE, STAMP, STAMP_PURGE }

    private Guard() {
    }

    /**
     * Returns true when the command may go on; false after a dry run (nothing more to do).
     * Throws when the user refuses or confirmation is impossible.
     */
    static boolean check(GodwitCommand parent, Godwit godwit, Action action, String target, boolean dryRun,
                         boolean yes, boolean allowDestructive) {
        ConfigurationInfo config = godwit.configuration();
        String environment = config.environment() == null ? "(default)" : config.environment();
        if (!config.confirm() && !dryRun) {
            return true;
        }
        PrintWriter out = parent.spec.commandLine().getOut();
        heading(out, config, environment);
        if (action == Action.UPGRADE || action == Action.DOWNGRADE) {
            Plan plan = godwit.plan(action == Action.UPGRADE ? Direction.UPGRADE : Direction.DOWNGRADE, target);
            describe(out, plan);
            if (plan.revisions().isEmpty()) {
                return !dryRun;
            }
        } else {
            out.println("Target:      stamp " + target + (action == Action.STAMP_PURGE ? " --purge" : "")
                    + " (changes the version table only; runs no revision)");
        }
        if (dryRun) {
            out.println("Dry run: nothing was run.");
            return false;
        }
        String verb = action.name().toLowerCase(java.util.Locale.ROOT).replace("stamp_purge", "stamp --purge");
        if ((action == Action.DOWNGRADE || action == Action.STAMP_PURGE) && !allowDestructive) {
            throw new GodwitException("Refusing to " + verb + " in the protected environment "
                    + environment + " without --allow-destructive",
                    action == Action.DOWNGRADE
                            ? "Check the revisions listed above, then run again with --allow-destructive."
                            : "Check the target above (the version table is emptied, then set to " + target
                                    + "), then run again with --allow-destructive.");
        }
        if (yes) {
            out.println("Confirmed with --yes.");
            return true;
        }
        Terminal terminal = parent.terminal();
        if (!terminal.interactive()) {
            throw new GodwitException("Refusing to " + verb + " in the protected environment "
                    + environment + ": it needs confirmation and there is no terminal to ask",
                    "Run it from a terminal, or pass --yes once the plan above has been reviewed.");
        }
        out.flush();
        String typed = terminal.readLine("Type the database name (" + config.databaseName() + ") to continue: ");
        if (typed == null || !typed.strip().equals(config.databaseName())) {
            throw new GodwitException("Not confirmed: nothing was run", "Type the database name exactly to go on.");
        }
        return true;
    }

    /**
     * Upgrade or downgrade to {@code target} through the core's plan and policy. Unprotected and
     * without --dry-run: runs at once. Otherwise prints the plan; a dry run stops there (null), else
     * exactly that plan is applied, confirmed by --yes or the typed database name.
     */
    static MigrationResult migrate(GodwitCommand parent, Godwit godwit, boolean up, String target, boolean dryRun,
                                   boolean yes, boolean allowDestructive) {
        ConfigurationInfo config = godwit.configuration();
        if (!config.confirm() && !dryRun) {
            return up ? godwit.upgrade(target) : godwit.downgrade(target);
        }
        String environment = config.environment() == null ? "(default)" : config.environment();
        PrintWriter out = parent.spec.commandLine().getOut();
        heading(out, config, environment);
        Plan plan = godwit.plan(up ? Direction.UPGRADE : Direction.DOWNGRADE, target);
        describe(out, plan);
        if (dryRun) {
            if (!plan.isEmpty()) {
                out.println("Dry run: nothing was run.");
            }
            return null;
        }
        String verb = up ? "upgrade" : "downgrade";
        // The command line keeps its documented rule: in a protected environment an upgrade needs only
        // the confirmation (its data-loss statements are shown above); a downgrade also needs
        // --allow-destructive. The core refuses every destructive plan unless allowed, so an upgrade is
        // allowed here; dropping `|| up` would make data-loss upgrades need --allow-destructive too.
        Godwit guarded = godwit.withSafety(p -> confirm(parent, p, yes, verb, environment), allowDestructive || up);
        try {
            return guarded.apply(plan);
        } catch (GodwitException e) {
            throw reworded(e, plan, verb, environment);
        }
    }

    /** The command line's confirmation: --yes, or the database name typed at the terminal. */
    private static boolean confirm(GodwitCommand parent, Plan plan, boolean yes, String verb, String environment) {
        PrintWriter out = parent.spec.commandLine().getOut();
        if (yes) {
            out.println("Confirmed with --yes.");
            return true;
        }
        Terminal terminal = parent.terminal();
        if (!terminal.interactive()) {
            throw new GodwitException(ErrorCode.CONFIRMATION_REQUIRED, "Refusing to " + verb
                    + " in the protected environment " + environment
                    + ": it needs confirmation and there is no terminal to ask",
                    "Run it from a terminal, or pass --yes once the plan above has been reviewed.");
        }
        out.flush();
        String typed = terminal.readLine("Type the database name (" + plan.databaseName() + ") to continue: ");
        return typed != null && typed.strip().equals(plan.databaseName());
    }

    /** The core's refusals in the command line's words, naming the flag that lifts each. */
    private static GodwitException reworded(GodwitException e, Plan plan, String verb, String environment) {
        if (e.code() == ErrorCode.DESTRUCTIVE_CHANGE_REFUSED) {
            return new GodwitException(e.code(), "Refusing to " + verb + " in the protected environment "
                    + environment + " without --allow-destructive",
                    (plan.direction() == Direction.DOWNGRADE ? "Check the revisions listed above"
                            : "Check the statements that drop or lose data above")
                            + ", then run again with --allow-destructive.", e, e.details());
        }
        if (e.code() == ErrorCode.CONFIRMATION_REQUIRED && "declined".equals(e.details().get("reason"))) {
            return new GodwitException(e.code(), "Not confirmed: nothing was run",
                    "Type the database name exactly to go on.", e, e.details());
        }
        return e;
    }

    private static void heading(PrintWriter out, ConfigurationInfo config, String environment) {
        out.println("Environment: " + environment
                + (config.confirm() ? " (protected: confirm = true)" : ""));
        out.println("Database:    " + config.database() + " (" + config.dialect() + ")");
    }

    private static void describe(PrintWriter out, Plan p) {
        out.println("Current:     " + RevisionFormat.ids(p.current()));
        out.println("Target:      " + p.target());
        if (p.revisions().isEmpty()) {
            out.println("Nothing to run.");
            return;
        }
        out.println("Will run " + p.revisions().size() + " revision(s), " + p.statements() + " statement(s):");
        for (RevisionInfo r : p.revisions()) {
            out.println("  " + (p.direction() == dev.godwit.api.Direction.UPGRADE ? "upgrade   " : "downgrade ")
                    + r.id() + "  " + r.message());
        }
        if (p.dataLoss().isEmpty()) {
            out.println("No statement drops or loses data.");
        } else {
            out.println("Statements that drop or lose data:");
            for (String s : p.dataLoss()) {
                out.println("  WARNING " + s);
            }
        }
    }
}
