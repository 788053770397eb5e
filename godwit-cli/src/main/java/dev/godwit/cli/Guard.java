package dev.godwit.cli;

import dev.godwit.Godwit;
import dev.godwit.api.Confirmation;
import dev.godwit.api.ConfigurationInfo;
import dev.godwit.api.Direction;
import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.MigrationResult;
import dev.godwit.api.PartialRevision;
import dev.godwit.api.Plan;
import dev.godwit.api.RevisionInfo;
import dev.godwit.api.StampPlan;
import dev.godwit.api.StampResult;
import java.io.PrintWriter;

/**
 * The protected-environment dialogue around upgrade, downgrade and stamp: with `confirm = true` it
 * shows the environment, the database, the current revision, the target, the revisions that will
 * run and every statement that loses data, then asks for the database's name to be typed. Without
 * a terminal it refuses unless --yes is given. Downgrade and stamp --purge there also need
 * --allow-destructive. --dry-run shows the same and runs nothing.
 *
 * <p>The policy itself is the core's ({@link Godwit#apply}, {@link Godwit#stamp}): this class
 * prints the plan {@link Godwit#plan} made, fills the core's {@link Confirmation} with the prompt
 * (or --yes), and words the core's refusals with the flags that lift them.
 */
final class Guard {

    private Guard() {
    }

    /**
     * Upgrade or downgrade to {@code target} through the core's plan and policy. Unprotected and
     * without --dry-run: runs at once. Otherwise prints the plan; a dry run stops there (null), else
     * exactly that plan is applied (with --resume: the core checks it again and finishes the
     * half-applied revision first), confirmed by --yes or the typed database name.
     */
    static MigrationResult migrate(GodwitCommand parent, Godwit godwit, boolean up, String target, Flags flags) {
        ConfigurationInfo config = godwit.configuration();
        if (!config.confirm() && !flags.dryRun()) {
            return run(godwit, up, target, flags.resume(), null);
        }
        String environment = environment(config);
        PrintWriter out = parent.spec.commandLine().getOut();
        heading(out, config, environment);
        Plan plan = godwit.plan(up ? Direction.UPGRADE : Direction.DOWNGRADE, target);
        describe(out, plan);
        if (flags.dryRun()) {
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
        Godwit guarded = godwit.withSafety(new Prompt(parent, flags.yes(), verb, environment),
                flags.allowDestructive() || up);
        try {
            return run(guarded, up, target, flags.resume(), plan);
        } catch (GodwitException e) {
            throw reworded(e, verb, environment, plan.direction() == Direction.DOWNGRADE
                    ? "Check the revisions listed above" : "Check the statements that drop or lose data above");
        }
    }

    /** The command line's options about a run: --dry-run, --yes, --allow-destructive, --resume. */
    record Flags(boolean dryRun, boolean yes, boolean allowDestructive, boolean resume) {
    }

    /** A resumed run (the core checks its plan again), {@code plan} exactly, or a plain run to {@code target}. */
    private static MigrationResult run(Godwit godwit, boolean up, String target, boolean resume, Plan plan) {
        if (resume) {
            return godwit.migrate(up, target, PartialRevision.RESUME);
        }
        if (plan != null) {
            return godwit.apply(plan);
        }
        return up ? godwit.upgrade(target) : godwit.downgrade(target);
    }

    /** `stamp`: in a protected environment, shows the target, then stamps through the core's policy. */
    static StampResult stamp(GodwitCommand parent, Godwit godwit, String target, boolean purge, boolean yes,
                             boolean allowDestructive) {
        ConfigurationInfo config = godwit.configuration();
        if (!config.confirm()) {
            return godwit.stamp(target, purge);
        }
        String environment = environment(config);
        PrintWriter out = parent.spec.commandLine().getOut();
        heading(out, config, environment);
        out.println("Target:      stamp " + target + (purge ? " --purge" : "")
                + " (changes the version table only; runs no revision)");
        String verb = purge ? "stamp --purge" : "stamp";
        Godwit guarded = godwit.withSafety(new Prompt(parent, yes, verb, environment), allowDestructive);
        try {
            return guarded.stamp(target, purge);
        } catch (GodwitException e) {
            throw reworded(e, verb, environment,
                    "Check the target above (the version table is emptied, then set to " + target + ")");
        }
    }

    /** The command line's confirmation: --yes, or the database name typed at the terminal. */
    private static final class Prompt implements Confirmation {
        private final GodwitCommand parent;
        private final boolean yes;
        private final String verb;
        private final String environment;

        Prompt(GodwitCommand parent, boolean yes, String verb, String environment) {
            this.parent = parent;
            this.yes = yes;
            this.verb = verb;
            this.environment = environment;
        }

        @Override
        public boolean confirm(Plan plan) {
            return ask(plan.databaseName());
        }

        @Override
        public boolean confirmStamp(StampPlan stamp) {
            return ask(stamp.databaseName());
        }

        boolean ask(String databaseName) {
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
            String typed = terminal.readLine("Type the database name (" + databaseName + ") to continue: ");
            return typed != null && typed.strip().equals(databaseName);
        }
    }

    /** The core's refusals in the command line's words, naming the flag that lifts each. */
    private static GodwitException reworded(GodwitException e, String verb, String environment, String check) {
        if (e.code() == ErrorCode.DESTRUCTIVE_CHANGE_REFUSED) {
            return new GodwitException(e.code(), "Refusing to " + verb + " in the protected environment "
                    + environment + " without --allow-destructive",
                    check + ", then run again with --allow-destructive.", e, e.details());
        }
        if (e.code() == ErrorCode.CONFIRMATION_REQUIRED && "declined".equals(e.details().get("reason"))) {
            return new GodwitException(e.code(), "Not confirmed: nothing was run",
                    "Type the database name exactly to go on.", e, e.details());
        }
        return e;
    }

    private static String environment(ConfigurationInfo config) {
        return config.environment() == null ? "(default)" : config.environment();
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
            out.println("  " + (p.direction() == Direction.UPGRADE ? "upgrade   " : "downgrade ")
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
