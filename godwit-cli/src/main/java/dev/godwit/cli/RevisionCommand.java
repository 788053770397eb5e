package dev.godwit.cli;

import dev.godwit.api.MigrationListener;
import dev.godwit.api.RevisionInfo;
import dev.godwit.api.RevisionRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "revision", mixinStandardHelpOptions = true, description = {
        "Write a new revision file and print its path: empty, or with --autogenerate the SQL that brings the "
                + "database (at head) to the desired schema (`model` in godwit.toml), and back."})
final class RevisionCommand implements Callable<Integer> {

    @ParentCommand
    GodwitCommand parent;

    @Option(names = {"-m", "--message"}, required = true, description = "What the revision does.")
    String message;

    @Option(names = "--head", paramLabel = "REV",
            description = "The revision to build on (default: the single head; `base` for a new root).")
    String head;

    @Option(names = "--splice", description = "Allow --head to be a non-head revision, starting a new branch.")
    boolean splice;

    @Option(names = "--branch-label", paramLabel = "LABEL", description = "A branch label for the new revision.")
    List<String> branchLabels = new ArrayList<>();

    @Option(names = "--depends-on", paramLabel = "REV", split = ",",
            description = "Revisions or labels this one depends on.")
    List<String> dependsOn = new ArrayList<>();

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this id instead of a generated one.")
    String revId;

    @Option(names = "--autogenerate",
            description = "Fill the revision by comparing the database with the desired schema (`model`).")
    boolean autogenerate;

    @Option(names = "--java",
            description = "Write a Java revision (a class implementing JavaRevision, named from the message) "
                    + "instead of a SQL file.")
    boolean java;

    @Override
    public Integer call() {
        RevisionRequest request = new RevisionRequest(message, head, splice, branchLabels, dependsOn, revId, null, null);
        if (java && autogenerate) {
            throw new picocli.CommandLine.ParameterException(parent.spec.commandLine(),
                    "--java and --autogenerate cannot be combined: autogenerate writes SQL");
        }
        if (java) {
            RevisionInfo r = parent.godwit(MigrationListener.NONE).javaRevision(request);
            parent.spec.commandLine().getOut().println("Generated " + r.file() + " (revision " + r.id() + ")");
            return 0;
        }
        if (autogenerate) {
            return AutogenerateOutput.written(parent.spec.commandLine().getOut(),
                    parent.godwit(MigrationListener.NONE).autogenerate(request));
        }
        RevisionInfo r = parent.godwit(MigrationListener.NONE).revision(request);
        parent.spec.commandLine().getOut().println("Generated " + r.file() + " (revision " + r.id() + ")");
        return 0;
    }
}
