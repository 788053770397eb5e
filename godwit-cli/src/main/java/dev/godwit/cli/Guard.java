package dev.godwit.cli;

import dev.godwit.api.ConfigurationInfo;
import dev.godwit.Godwit;
import dev.godwit.api.GodwitException;
import dev.godwit.api.MigrationPreview;
import dev.godwit.api.RevisionInfo;
import java.io.PrintWriter;

/**
 * The protected-environment check before upgrade, downgrade and stamp: with `confirm = true` it
 * shows the environment, the database, the current revision, the target, the revisions that will
 * run and every statement that loses data, then asks for the database's name to be typed. Without
 * a terminal it refuses unless --yes is given. Downgrade and stamp --purge there also need
 * --allow-destructive. --dry-run shows the same and runs nothing.
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
        out.println("Environment: " + environment
                + (config.confirm() ? " (protected: confirm = true)" : ""));
        out.println("Database:    " + config.database() + " (" + config.dialect() + ")");
        if (action == Action.UPGRADE || action == Action.DOWNGRADE) {
            MigrationPreview preview = godwit.preview(action == Action.UPGRADE, target);
            describe(out, preview);
            if (preview.revisions().isEmpty()) {
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

    private static void describe(PrintWriter out, MigrationPreview p) {
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
