package dev.godwit.cli;

import dev.godwit.api.Godwit;
import dev.godwit.api.MigrationResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "upgrade", description = "Apply revisions up to TARGET (default: head).")
final class UpgradeCommand implements Callable<Integer> {

    @ParentCommand
    GodwitCommand parent;

    @Parameters(arity = "0..1", paramLabel = "TARGET", defaultValue = "head",
            description = "head, heads, a revision, +N, LABEL@head, …; with --sql: [FROM:]TO.")
    String target;

    @Option(names = "--sql", description = "Print the SQL script instead of running it (no connection).")
    boolean sql;

    @Override
    public Integer call() {
        PrintWriter out = parent.spec.commandLine().getOut();
        ProgressPrinter progress = new ProgressPrinter(out);
        Godwit godwit = parent.godwit(progress);
        if (sql) {
            out.print(godwit.upgradeSql(target));
            return 0;
        }
        MigrationResult result;
        try {
            result = godwit.upgrade(target);
        } catch (RuntimeException e) {
            progress.failed();
            throw e;
        }
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
