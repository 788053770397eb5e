package dev.godwit.cli;

import dev.godwit.api.RevisionInfo;
import java.util.List;

/** How revisions read on the console: Alembic's one-line and verbose forms. */
final class RevisionFormat {

    private RevisionFormat() {
    }

    /** `parent -> id (label) (head) (current), message`. */
    static String line(RevisionInfo r, boolean markCurrent) {
        String parents = r.revises().isEmpty() ? "<base>" : String.join(", ", r.revises());
        return parents + " -> " + r.id() + labels(r) + marks(r, markCurrent) + ", " + message(r);
    }

    /** `id (label) (head)`: the short form of current and heads. */
    static String brief(RevisionInfo r, boolean markCurrent) {
        return r.id() + labels(r) + marks(r, markCurrent);
    }

    /** The block `show` and `--verbose` print. */
    static String verbose(RevisionInfo r, boolean markCurrent) {
        StringBuilder b = new StringBuilder();
        b.append("Rev: ").append(r.id()).append(marks(r, markCurrent)).append('\n');
        b.append(r.revises().size() > 1 ? "Merges: " : "Parent: ")
                .append(r.revises().isEmpty() ? "<base>" : String.join(", ", r.revises())).append('\n');
        if (!r.branchLabels().isEmpty()) {
            b.append("Branch names: ").append(String.join(", ", r.branchLabels())).append('\n');
        }
        if (!r.dependsOn().isEmpty()) {
            b.append("Depends on: ").append(String.join(", ", r.dependsOn())).append('\n');
        }
        if (!r.transactional()) {
            b.append("Transaction: false\n");
        }
        b.append("Path: ").append(r.file()).append("\n\n");
        b.append("    ").append(message(r)).append("\n\n");
        if (r.created() != null && !r.created().isBlank()) {
            b.append("    Created: ").append(r.created()).append('\n');
        }
        return b.toString();
    }

    static String ids(List<String> ids) {
        return ids.isEmpty() ? "<base>" : String.join(", ", ids);
    }

    private static String labels(RevisionInfo r) {
        return r.branchLabels().isEmpty() ? "" : " (" + String.join(", ", r.branchLabels()) + ")";
    }

    private static String marks(RevisionInfo r, boolean markCurrent) {
        StringBuilder b = new StringBuilder();
        if (r.head()) {
            b.append(" (head)");
        }
        if (markCurrent && r.current()) {
            b.append(" (current)");
        }
        if (r.branchPoint()) {
            b.append(" (branchpoint)");
        }
        if (r.mergePoint()) {
            b.append(" (mergepoint)");
        }
        return b.toString();
    }

    private static String message(RevisionInfo r) {
        return r.message() == null || r.message().isBlank() ? "(no message)" : r.message();
    }
}
