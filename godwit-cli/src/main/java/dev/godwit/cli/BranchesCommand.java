package dev.godwit.cli;

import dev.godwit.Godwit;
import dev.godwit.api.MigrationListener;
import dev.godwit.api.RevisionInfo;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "branches", mixinStandardHelpOptions = true, description = "Show branch points and the branches that leave them.")
final class BranchesCommand implements Callable<Integer> {

    @ParentCommand
    GodwitCommand parent;

    @Option(names = {"-v", "--verbose"}, description = "Show each branch point in full.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = parent.spec.commandLine().getOut();
        Godwit godwit = parent.godwit(MigrationListener.NONE);
        for (RevisionInfo point : godwit.branchPoints()) {
            out.println(verbose ? RevisionFormat.verbose(point, false) : RevisionFormat.line(point, false));
            for (RevisionInfo child : godwit.children(point.id())) {
                out.println("    -> " + RevisionFormat.brief(child, false)
                        + (child.message().isBlank() ? "" : ", " + child.message()));
            }
        }
        return 0;
    }
}
