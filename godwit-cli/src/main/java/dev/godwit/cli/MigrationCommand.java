package dev.godwit.cli;

import dev.godwit.api.Godwit;
import dev.godwit.api.MigrationResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * What `upgrade` and `downgrade` share: offline SQL, the protected-environment check, backups, and
 * the summary line. Each subclass says only which way it goes.
 */
abstract class MigrationCommand implements Callable<Integer> {

    @ParentCommand
    GodwitCommand parent;

    @Option(names = "--sql", description = "Print the SQL script instead of running it (no connection).")
    boolean sql;

    @Option(names = "--dry-run", description = "Show what would run against the live database, and run nothing.")
    boolean dryRun;

    @Option(names = {"-y", "--yes"}, description = "Confirm a protected environment's change without a prompt.")
    boolean yes;

    @Option(names = "--backup", description = "Take a backup with the database's own tool before running "
            + "(pg_dump, mariadb-dump, SQLite's online backup), into backup_dir.")
    boolean backup;

    @Option(names = "--allow-destructive", description = "Allow a downgrade in a protected environment.")
    boolean allowDestructive;

    /** The target as given on the command line. */
    abstract String target();

    abstract boolean upgrade();

    @Override
    public Integer call() {
        PrintWriter out = parent.spec.commandLine().getOut();
        Godwit godwit = parent.godwit(new ProgressPrinter(out, parent.spec.commandLine().getErr()), backup);
        String target = target();
        if (sql) {
            out.print(upgrade() ? godwit.upgradeSql(target) : godwit.downgradeSql(target));
            return 0;
        }
        Guard.Action action = upgrade() ? Guard.Action.UPGRADE : Guard.Action.DOWNGRADE;
        if (!Guard.check(parent, godwit, action, target, dryRun, yes, allowDestructive)) {
            return 0;
        }
        MigrationResult result = upgrade() ? godwit.upgrade(target) : godwit.downgrade(target);
        String verb = upgrade() ? "upgrade" : "downgrade";
        if (result.nothingToDo()) {
            out.println("Nothing to " + verb + ": the database is at " + RevisionFormat.ids(result.rowsAfter())
                    + (upgrade() ? " (target " + target + ")." : "."));
        } else {
            out.println((upgrade() ? "Upgraded " : "Downgraded ") + result.revisions().size()
                    + " revision(s); the database is at " + RevisionFormat.ids(result.rowsAfter()) + ".");
        }
        return 0;
    }
}
