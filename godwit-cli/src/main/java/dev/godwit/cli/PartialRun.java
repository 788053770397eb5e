package dev.godwit.cli;

import dev.godwit.api.Direction;
import dev.godwit.api.Confirmation;
import dev.godwit.api.ErrorCode;
import dev.godwit.api.ConfigurationInfo;
import dev.godwit.Godwit;
import dev.godwit.api.GodwitException;
import dev.godwit.api.MigrationResult;
import dev.godwit.api.PartialRevision;
import dev.godwit.api.RevisionRun;
import java.io.PrintWriter;

/**
 * `upgrade --undo-partial` and `downgrade --undo-partial`: undo what an interrupted run of the
 * other command applied, and say where that leaves the database.
 */
final class PartialRun {

    private PartialRun() {
    }

    static int undo(GodwitCommand parent, Godwit godwit, boolean up, boolean dryRun, boolean yes,
                    boolean allowDestructive, PrintWriter out) {
        String verb = up ? "upgrade" : "downgrade";
        if (dryRun) {
            throw new GodwitException(ErrorCode.BAD_ARGUMENT, "--undo-partial has no dry run", "Run `godwit " + verb + "` without "
                    + "--undo-partial to see which statements of the half-applied revision are applied.");
        }
        ConfigurationInfo config = godwit.configuration();
        if (config.confirm() && !(yes && (up || allowDestructive))) {
            String environment = config.environment() == null ? "(default)" : config.environment();
            throw new GodwitException(ErrorCode.CONFIRMATION_REQUIRED,
                    "Refusing to undo a half-applied revision in the protected environment "
                    + environment + " without " + (up ? "--yes" : "--yes and --allow-destructive"),
                    "Run `godwit " + verb + "` without --undo-partial to see what would be undone, then run again with "
                            + (up ? "--yes." : "--yes --allow-destructive."));
        }
        // the CLI's flags were checked above in its own words; the core checks the same policy
        Confirmation flags = new Confirmation() {
            @Override
            public boolean confirm(dev.godwit.api.Plan plan) {
                return false;
            }

            @Override
            public boolean confirmUndo(String environment, String databaseName, Direction direction) {
                return yes;
            }
        };
        MigrationResult result = godwit.withSafety(flags, allowDestructive).migrate(up, null, PartialRevision.UNDO);
        RevisionRun run = result.revisions().get(0);
        out.println("Undid " + run.statements() + " applied statement(s) of " + run.revision().id() + "'s interrupted "
                + (up ? "downgrade" : "upgrade") + "; the database is at " + RevisionFormat.ids(result.rowsAfter())
                + ".");
        return 0;
    }
}
