package dev.godwit.cli;

import dev.godwit.api.AutogenerateResult;
import dev.godwit.api.SchemaDiff;
import java.io.PrintWriter;

/** How `revision --autogenerate`, `migrate`, `check` and `diff` print what they found. */
final class AutogenerateOutput {

    private AutogenerateOutput() {
    }

    /** The changes, a line each, then the data-loss warnings and rename notes. */
    static void changes(PrintWriter out, SchemaDiff diff) {
        for (String change : diff.changes()) {
            out.println("  " + marker(change) + " " + change);
        }
        for (String loss : diff.dataLoss()) {
            out.println("WARNING: " + loss);
        }
        for (String hint : diff.renameHints()) {
            out.println("NOTE: " + hint + " (the revision shows the RENAME to use instead)");
        }
        for (String note : diff.notes()) {
            out.println(note.startsWith("WARNING: ") ? note : "NOTE: " + note);
        }
    }

    static int written(PrintWriter out, AutogenerateResult result) {
        if (!result.written()) {
            out.println("No changes detected");
            result.diff().notes().stream().filter(n -> n.startsWith("WARNING: ")).forEach(out::println);
            return 0;
        }
        SchemaDiff diff = result.diff();
        out.println("Detected " + diff.changes().size() + " change(s):");
        changes(out, diff);
        if (!diff.transactional()) {
            out.println("NOTE: the revision is marked `transaction: false`: it adds an enum value and uses it, "
                    + "which PostgreSQL does not allow in one transaction.");
        }
        out.println("Generated " + result.revision().file() + " (revision " + result.revision().id() + ")");
        if (!diff.dataLoss().isEmpty() || !diff.renameHints().isEmpty()) {
            out.println("Review it before upgrading: it has warnings.");
        }
        return 0;
    }

    /** {@code +}, {@code -} or {@code ~} by the change's verb, after the database a portable project prefixes it with. */
    static String marker(String line) {
        String change = line.replaceFirst("^(postgresql|mysql|sqlite): ", "");
        if (change.startsWith("drop") || change.startsWith("remove")) {
            return "-";
        }
        if (change.startsWith("create") || change.startsWith("add")) {
            return "+";
        }
        return "~";
    }
}
