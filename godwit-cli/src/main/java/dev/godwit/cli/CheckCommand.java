package dev.godwit.cli;

import dev.godwit.api.MigrationListener;
import dev.godwit.api.SchemaDiff;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "check", mixinStandardHelpOptions = true, description = {
        "Exit 0 when the database, at head, matches the desired schema (`model`); exit 1 with a summary of "
                + "the differences otherwise. A CI gate: the revisions must produce the model."})
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    GodwitCommand parent;

    @Override
    public Integer call() {
        PrintWriter out = parent.spec.commandLine().getOut();
        SchemaDiff diff = parent.godwit(MigrationListener.NONE).check();
        if (diff.isEmpty()) {
            out.println("No changes detected: the database at head matches the desired schema.");
            return 0;
        }
        out.println("The database at head differs from the desired schema in " + diff.changes().size()
                + " way(s):");
        AutogenerateOutput.changes(out, diff);
        out.println(SameDatabase.apply("Write a revision for them with `godwit migrate -m \"...\"`, or see the SQL "
                + "with `godwit diff`.", parent.options()));
        return ErrorReporter.FAILURE;
    }
}
