package dev.godwit.cli;

import dev.godwit.api.Godwit;
import dev.godwit.api.MigrationResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "downgrade", description = "Undo revisions down to TARGET (-1, a revision, base, …).")
final class DowngradeCommand implements Callable<Integer> {

    @ParentCommand
    GodwitCommand parent;

    @Parameters(paramLabel = "TARGET", description = "-1, a revision, LABEL@-1, base; with --sql: FROM:TO.")
    String target;

    @Option(names = "--sql", description = "Print the SQL script instead of running it (no connection).")
    boolean sql;

    @Override
    public Integer call() {
        PrintWriter out = parent.spec.commandLine().getOut();
        ProgressPrinter progress = new ProgressPrinter(out);
        Godwit godwit = parent.godwit(progress);
        if (sql) {
            out.print(godwit.downgradeSql(target));
            return 0;
        }
        MigrationResult result;
        try {
            result = godwit.downgrade(target);
        } catch (RuntimeException e) {
            progress.failed();
            throw e;
        }
        if (result.nothingToDo()) {
            out.println("Nothing to downgrade: the database is at " + RevisionFormat.ids(result.rowsAfter()) + ".");
        } else {
            out.println("Downgraded " + result.revisions().size() + " revision(s); the database is at "
                    + RevisionFormat.ids(result.rowsAfter()) + ".");
        }
        return 0;
    }
}
