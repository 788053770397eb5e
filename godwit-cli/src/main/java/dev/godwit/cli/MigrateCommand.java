package dev.godwit.cli;

import dev.godwit.api.MigrationListener;
import dev.godwit.api.RevisionRequest;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "migrate", mixinStandardHelpOptions = true, description = {
        "Write a revision that brings the database (at head) to the desired schema (`model` in godwit.toml), "
                + "with its downgrade: the short form of `revision --autogenerate`. Prints `No changes detected` "
                + "and writes nothing when they match."})
final class MigrateCommand implements Callable<Integer> {

    @ParentCommand
    GodwitCommand parent;

    @Option(names = {"-m", "--message"}, required = true, description = "What the revision does.")
    String message;

    @Option(names = "--head", paramLabel = "REV", description = "The revision to build on (default: the single head).")
    String head;

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this id instead of a generated one.")
    String revId;

    @Override
    public Integer call() {
        RevisionRequest request = new RevisionRequest(message, head, false, List.of(), List.of(), revId, null, null);
        return AutogenerateOutput.written(parent.spec.commandLine().getOut(),
                parent.godwit(MigrationListener.NONE).autogenerate(request));
    }
}
