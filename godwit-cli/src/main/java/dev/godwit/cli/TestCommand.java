package dev.godwit.cli;

import dev.godwit.api.MigrationListener;
import dev.godwit.api.MigrationTestReport;
import dev.godwit.api.MigrationTestReport.Outcome;
import dev.godwit.api.MigrationTestReport.RevisionCheck;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code godwit test}: the revisions tested on a scratch database, a line per revision and a summary. */
@Command(name = "test", mixinStandardHelpOptions = true, description = {
        "Test the revisions on a scratch database (a temporary SQLite file, a fresh PostgreSQL schema or "
                + "MySQL/MariaDB database, on the dev_url server when set), never the configured one: one head; "
                + "from empty, each revision upgraded, downgraded and upgraded again, the schema after the "
                + "downgrade equal to the schema before the upgrade; the schema at head equal to the model when "
                + "one is configured (with --heads, exactly those heads instead of one). Exit 1 naming the revision that broke and how."})
final class TestCommand implements Callable<Integer> {

    @ParentCommand
    GodwitCommand parent;

    @Option(names = "--require-downgrades", description = "A revision without a downgrade fails the test.")
    boolean requireDowngrades;

    @Option(names = "--heads", split = ",", paramLabel = "REV", description = "The heads the graph is meant to have, "
            + "for a project that keeps several branches on purpose (full revision ids, comma-separated); "
            + "by default the graph must have one head.")
    java.util.List<String> heads = java.util.List.of();

    @Override
    public Integer call() {
        PrintWriter out = parent.spec.commandLine().getOut();
        MigrationTestReport report = parent.godwit(MigrationListener.NONE).test(requireDowngrades, heads);
        if (!report.scratch().isEmpty()) {
            out.println("Testing " + report.revisions().size() + " revision(s) on a scratch database: "
                    + report.scratch());
        }
        for (RevisionCheck line : report.revisions()) {
            out.println("  " + line.revision() + "  " + line.message() + "  " + word(line.outcome()));
        }
        out.println(summary(report));
        if (report.ok()) {
            return 0;
        }
        parent.spec.commandLine().getErr().println("ERROR: " + report.failure().describe());
        return ErrorReporter.FAILURE;
    }

    private static String word(Outcome outcome) {
        switch (outcome) {
            case OK:
                return "ok";
            case NO_DOWNGRADE:
                return "ok (no downgrade)";
            case FAILED:
                return "FAILED";
            default:
                return "not run";
        }
    }

    private static String summary(MigrationTestReport report) {
        long ok = report.revisions().stream().filter(r -> r.outcome() == Outcome.OK).count();
        long noDowngrade = report.revisions().stream().filter(r -> r.outcome() == Outcome.NO_DOWNGRADE).count();
        String heads = report.heads().size() == 1 ? "1 head" : report.heads().size() + " heads";
        return heads + "; " + ok + " revision(s) passed the stairway, " + noDowngrade + " without a downgrade; model "
                + (report.modelChecked() ? (report.failure() == null ? "matches the schema at head" : "checked")
                        : "not checked");
    }
}
