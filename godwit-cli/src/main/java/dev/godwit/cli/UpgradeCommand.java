package dev.godwit.cli;

import dev.godwit.api.Godwit;
import dev.godwit.api.MigrationResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "upgrade", mixinStandardHelpOptions = true, description = "Apply revisions up to TARGET (default: head).")
final class UpgradeCommand implements Callable<Integer> {

    @ParentCommand
    GodwitCommand parent;

    @Parameters(arity = "0..1", paramLabel = "TARGET", defaultValue = "head",
            description = "head, heads, a revision, +N, LABEL@head, …; with --sql: [FROM:]TO.")
    String target;

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

    @Override
    public Integer call() {
        PrintWriter out = parent.spec.commandLine().getOut();
        Godwit godwit = parent.godwit(new ProgressPrinter(out, parent.spec.commandLine().getErr()), backup);
        if (sql) {
            out.print(godwit.upgradeSql(target));
            return 0;
        }
        if (!Guard.check(parent, godwit, Guard.Action.UPGRADE, target, dryRun, yes, allowDestructive)) {
            return 0;
        }
        MigrationResult result = godwit.upgrade(target);
        if (result.nothingToDo()) {
            out.println("Nothing to upgrade: the database is at " + RevisionFormat.ids(result.rowsAfter())
                    + " (target " + target + ").");
        } else {
            out.println("Upgraded " + result.revisions().size() + " revision(s); the database is at "
                    + RevisionFormat.ids(result.rowsAfter()) + ".");
        }
        return 0;
    }
}
