package dev.godwit.cli;

import dev.godwit.Godwit;
import dev.godwit.api.MigrationListener;
import dev.godwit.api.RevisionInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "history", mixinStandardHelpOptions = true, description = "List revisions, newest first.")
final class HistoryCommand implements Callable<Integer> {

    @ParentCommand
    GodwitCommand parent;

    @Option(names = {"-r", "--rev-range"}, paramLabel = "RANGE",
            description = "FROM:TO, FROM: or :TO (e.g. base:head, -3:current, ae10:).")
    String range;

    @Option(names = {"-v", "--verbose"}, description = "Show each revision in full.")
    boolean verbose;

    @Option(names = {"-i", "--indicate-current"}, description = "Mark the revisions the database is at.")
    boolean indicateCurrent;

    @Option(names = "--applied", description = "Show the audit history instead (same as `godwit log`).")
    boolean applied;

    @Override
    public Integer call() {
        PrintWriter out = parent.spec.commandLine().getOut();
        if (applied) {
            LogCommand.print(out, parent.godwit(MigrationListener.NONE).log(0), false);
            return 0;
        }
        Godwit godwit = parent.godwit(MigrationListener.NONE);
        List<RevisionInfo> revisions = godwit.history(range, indicateCurrent);
        for (RevisionInfo r : revisions) {
            out.println(verbose ? RevisionFormat.verbose(r, indicateCurrent) : RevisionFormat.line(r, indicateCurrent));
        }
        if (indicateCurrent) {
            List<String> unknown = godwit.current().unknown();
            if (!unknown.isEmpty()) {
                out.flush();
                parent.spec.commandLine().getErr().println(SameDatabase.apply("WARNING: the database is at "
                        + String.join(", ", unknown) + ", which no revision file has, so no revision above is marked "
                        + "(current) for it. Restore the revision files, or mark the database with "
                        + "`godwit stamp --purge <rev>`.", parent.options()));
                return 1;
            }
        }
        return 0;
    }
}
