package dev.godwit.cli;

import dev.godwit.api.MigrationListener;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one revision (an id, a prefix, head, LABEL@head, …).")
final class ShowCommand implements Callable<Integer> {

    @ParentCommand
    GodwitCommand parent;

    @Parameters(paramLabel = "REV")
    String revision;

    @Override
    public Integer call() {
        parent.spec.commandLine().getOut().print(
                RevisionFormat.verbose(parent.godwit(MigrationListener.NONE).show(revision), false));
        return 0;
    }
}
