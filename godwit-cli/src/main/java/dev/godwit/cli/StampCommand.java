package dev.godwit.cli;

import dev.godwit.Godwit;
import dev.godwit.api.StampResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "stamp", mixinStandardHelpOptions = true, description = "Set the version table to TARGET without running any revision.")
final class StampCommand implements Callable<Integer> {

    @ParentCommand
    GodwitCommand parent;

    @Parameters(paramLabel = "TARGET", description = "head, heads, base, a revision, …")
    String target;

    @Option(names = "--purge", description = "Empty the version table first (for rows no file has).")
    boolean purge;

    @Option(names = {"-y", "--yes"}, description = "Confirm a protected environment's change without a prompt.")
    boolean yes;

    @Option(names = "--allow-destructive", description = "Allow stamp --purge in a protected environment.")
    boolean allowDestructive;

    @Override
    public Integer call() {
        Godwit godwit = parent.godwit(new ProgressPrinter(parent.spec.commandLine().getOut(),
                parent.spec.commandLine().getErr()));
        StampResult result = Guard.stamp(parent, godwit, target, purge, yes, allowDestructive);
        parent.spec.commandLine().getOut().println("Stamped the database: " + RevisionFormat.ids(result.rowsBefore())
                + " -> " + RevisionFormat.ids(result.rowsAfter()) + " (no revision was run).");
        return 0;
    }
}
