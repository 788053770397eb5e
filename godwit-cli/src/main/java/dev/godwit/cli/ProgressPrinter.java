package dev.godwit.cli;

import dev.godwit.api.Direction;
import dev.godwit.api.MigrationListener;
import dev.godwit.api.RevisionInfo;
import dev.godwit.api.RevisionRun;
import java.io.PrintWriter;

/** Prints one line per revision as it runs. */
final class ProgressPrinter implements MigrationListener {
    private final PrintWriter out;
    private boolean lineOpen;

    ProgressPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void starting(RevisionInfo r, Direction direction) {
        String parents = RevisionFormat.ids(r.revises());
        String arrow = direction == Direction.UPGRADE ? parents + " -> " + r.id() : r.id() + " -> " + parents;
        out.print((direction == Direction.UPGRADE ? "Running upgrade " : "Running downgrade ") + arrow + ", "
                + r.message());
        out.flush();
        lineOpen = true;
    }

    @Override
    public void finished(RevisionRun run) {
        out.println(" (" + run.millis() + " ms)");
        out.flush();
        lineOpen = false;
    }

    /** Ends the line of a revision that failed, so the error is not printed after its message. */
    void failed() {
        if (lineOpen) {
            out.println(" FAILED");
            out.flush();
            lineOpen = false;
        }
    }
}
