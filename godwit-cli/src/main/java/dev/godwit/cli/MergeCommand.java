package dev.godwit.cli;

import dev.godwit.api.MigrationListener;
import dev.godwit.api.RevisionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "merge", mixinStandardHelpOptions = true, description = "Write a revision that joins two or more revisions (default: all heads).")
final class MergeCommand implements Callable<Integer> {

    @ParentCommand
    GodwitCommand parent;

    @Option(names = {"-m", "--message"}, required = true, description = "What the merge is for.")
    String message;

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this id instead of a generated one.")
    String revId;

    @Parameters(arity = "0..*", paramLabel = "REVS", description = "Revisions to merge, or `heads` (default).")
    List<String> revisions = new ArrayList<>();

    @Override
    public Integer call() {
        RevisionInfo r = parent.godwit(MigrationListener.NONE).merge(message, revisions, revId);
        parent.spec.commandLine().getOut().println("Generated " + r.file() + " (revision " + r.id() + ", merges "
                + String.join(", ", r.revises()) + ")");
        return 0;
    }
}
