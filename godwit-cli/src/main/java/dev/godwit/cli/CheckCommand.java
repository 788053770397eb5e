package dev.godwit.cli;

import dev.godwit.api.MigrationListener;
import dev.godwit.api.SchemaDiff;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "check", mixinStandardHelpOptions = true, description = {
        "Exit 0 when the database, at head, matches the desired schema (`model`); exit 1 with a summary of "
                + "the differences otherwise. A CI gate: the revisions must produce the model."})
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    GodwitCommand parent;

    @Option(names = "--dialect", paramLabel = "DATABASE", description = "Instead of the live database, check what "
            + "the revisions' sections for DATABASE (postgresql, mysql, sqlite) build on a fresh scratch database "
            + "of that kind (dev_urls)")
    String dialect;

    @Override
    public Integer call() {
        PrintWriter out = parent.spec.commandLine().getOut();
        var godwit = parent.godwit(MigrationListener.NONE);
        SchemaDiff diff = dialect == null ? godwit.check() : godwit.check(dialect);
        String what = dialect == null ? "The database at head" : "What the revisions build on " + dialect;
        if (diff.isEmpty()) {
            out.println("No changes detected: " + (dialect == null ? "the database at head" : what.toLowerCase(
                    java.util.Locale.ROOT)) + " matches the desired schema.");
            return 0;
        }
        out.println(what + " differs from the desired schema in " + diff.changes().size()
                + " way(s):");
        AutogenerateOutput.changes(out, diff);
        out.println(SameDatabase.apply("Write a revision for them with `godwit migrate -m \"...\"`, or see the SQL "
                + "with `godwit diff`.", parent.options()));
        return ErrorReporter.FAILURE;
    }
}
