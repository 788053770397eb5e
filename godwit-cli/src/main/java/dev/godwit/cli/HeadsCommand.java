package dev.godwit.cli;

import dev.godwit.api.MigrationListener;
import dev.godwit.api.RevisionInfo;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "heads", mixinStandardHelpOptions = true, description = "Show the heads of the revision graph.")
final class HeadsCommand implements Callable<Integer> {

    @ParentCommand
    GodwitCommand parent;

    @Option(names = {"-v", "--verbose"}, description = "Show each head in full.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = parent.spec.commandLine().getOut();
        for (RevisionInfo r : parent.godwit(MigrationListener.NONE).heads()) {
            out.println(verbose ? RevisionFormat.verbose(r, false) : RevisionFormat.brief(r, false));
        }
        return 0;
    }
}
