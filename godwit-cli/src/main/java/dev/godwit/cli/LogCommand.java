package dev.godwit.cli;

import dev.godwit.api.AuditEntry;
import dev.godwit.api.MigrationListener;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "log", mixinStandardHelpOptions = true, description = "Show the audit history: every revision applied, downgraded, stamped or "
        + "accepted, newest first.")
final class LogCommand implements Callable<Integer> {

    @ParentCommand
    GodwitCommand parent;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "Show at most N entries (default: all).")
    int limit;

    @Option(names = "--json", description = "Print JSON lines, one object per entry, for tools.")
    boolean json;

    @Override
    public Integer call() {
        print(parent.spec.commandLine().getOut(), parent.godwit(MigrationListener.NONE).log(limit), json);
        return 0;
    }

    static void print(PrintWriter out, List<AuditEntry> entries, boolean json) {
        if (entries.isEmpty() && !json) {
            out.println("(the audit history is empty)");
        }
        for (AuditEntry e : entries) {
            out.println(json ? AuditJson.of(e) : line(e));
        }
    }

    private static String line(AuditEntry e) {
        return e.startedAt() + "  " + pad(e.action(), 9) + " " + e.revision() + "  " + (e.success() ? "ok    " : "FAILED")
                + "  " + e.durationMillis() + " ms  " + e.osUser() + "@" + e.host()
                + (e.databaseUser() == null ? "" : " as " + e.databaseUser())
                + "  " + (e.message() == null ? "" : e.message())
                + (e.backupFile() == null ? "" : "  backup: " + e.backupFile())
                + (e.error() == null ? "" : "\n      error: " + e.error().replace("\n", "\n      "));
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
