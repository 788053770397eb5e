package dev.godwit.cli;

import dev.godwit.api.StampResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "stamp", description = "Set the version table to TARGET without running any revision.")
final class StampCommand implements Callable<Integer> {

    @ParentCommand
    GodwitCommand parent;

    @Parameters(paramLabel = "TARGET", description = "head, heads, base, a revision, …")
    String target;

    @Option(names = "--purge", description = "Empty the version table first (for rows no file has).")
    boolean purge;

    @Override
    public Integer call() {
        StampResult result = parent.godwit(new ProgressPrinter(parent.spec.commandLine().getOut(), parent.spec.commandLine().getErr())).stamp(target, purge);
        parent.spec.commandLine().getOut().println("Stamped the database: " + RevisionFormat.ids(result.rowsBefore())
                + " -> " + RevisionFormat.ids(result.rowsAfter()) + " (no revision was run).");
        return 0;
    }
}
