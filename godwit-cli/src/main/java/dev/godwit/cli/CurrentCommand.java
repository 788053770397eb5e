package dev.godwit.cli;

import dev.godwit.api.ConfigurationInfo;
import dev.godwit.Godwit;
import dev.godwit.api.MigrationListener;
import dev.godwit.api.RevisionInfo;
import dev.godwit.api.Status;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "current", mixinStandardHelpOptions = true, description = "Show the revision(s) the database is at.")
final class CurrentCommand implements Callable<Integer> {

    @ParentCommand
    GodwitCommand parent;

    @Option(names = {"-v", "--verbose"}, description = "Also show the database, where its URL came from, and details.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = parent.spec.commandLine().getOut();
        Godwit godwit = parent.godwit(MigrationListener.NONE);
        if (verbose) {
            ConfigurationInfo c = godwit.configuration();
            out.println("Database: " + c.database() + " (" + c.dialect() + ")");
            out.println("URL from: " + c.urlSource());
            if (c.environment() != null) {
                out.println("Environment: " + c.environment());
            }
            out.println("Config: " + (c.configFile() == null ? "(none)" : c.configFile()));
            out.println("Migrations: " + c.migrations());
            out.println("Version table: " + (c.schema() == null ? "" : c.schema() + ".") + c.versionTable());
            out.println();
        }
        Status status = godwit.current();
        if (status.current().isEmpty() && status.unknown().isEmpty()) {
            out.println("(no revision applied: the database is at base)");
        }
        for (RevisionInfo r : status.current()) {
            out.println(verbose ? RevisionFormat.verbose(r, false) : RevisionFormat.brief(r, false));
        }
        for (String unknown : status.unknown()) {
            out.println(unknown + " (no revision file has it)");
        }
        if (!status.unknown().isEmpty()) {
            parent.spec.commandLine().getErr().println(SameDatabase.apply(
                    "WARNING: the version table names revision(s) that no file has: "
                            + String.join(", ", status.unknown())
                            + ". Restore the files, or run `godwit stamp --purge <rev>`.", parent.options()));
            return 1;
        }
        if (verbose) {
            out.println(status.upToDate() ? "Up to date." : SameDatabase.apply(status.pending()
                    + " revision(s) pending: run `godwit upgrade" + (status.heads().size() > 1 ? " heads" : "")
                    + "`.", parent.options()));
        }
        return 0;
    }
}
