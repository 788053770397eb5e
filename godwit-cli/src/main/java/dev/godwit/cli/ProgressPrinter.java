package dev.godwit.cli;

import dev.godwit.api.BackupInfo;
import dev.godwit.api.Direction;
import dev.godwit.api.MigrationListener;
import dev.godwit.api.RevisionInfo;
import dev.godwit.api.RevisionRun;
import java.io.PrintWriter;

/** Prints one line per revision as it runs. */
final class ProgressPrinter implements MigrationListener {
    private final PrintWriter out;

    private final PrintWriter err;

    ProgressPrinter(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void waitingForLock(String holder, java.time.Duration timeout) {
        err.println("Waiting for another Godwit run to finish with this database ("
                + (holder == null ? "lock held by another session" : "lock held by " + holder) + "); giving up after "
                + java.math.BigDecimal.valueOf(timeout.toMillis(), 3).stripTrailingZeros().toPlainString() + " s.");
        err.flush();
    }

    @Override
    public void backupTaken(BackupInfo backup) {
        out.println("Backup: " + backup.file() + " (" + backup.bytes() + " bytes, " + backup.millis() + " ms)");
        out.println("Restore with: " + backup.restoreCommand());
        for (String note : backup.notes()) {
            out.println("  note: " + note);
        }
        out.flush();
    }

    @Override
    public void backupSkipped(String reason) {
        out.println("Backup: skipped, " + reason + ".");
        out.flush();
    }

    @Override
    public void starting(RevisionInfo r, Direction direction) {
        String parents = RevisionFormat.ids(r.revises());
        String arrow = direction == Direction.UPGRADE ? parents + " -> " + r.id() : r.id() + " -> " + parents;
        out.print((direction == Direction.UPGRADE ? "Running upgrade " : "Running downgrade ") + arrow
                + (r.message() == null || r.message().isBlank() ? "" : ", " + r.message()));
        out.flush();
    }

    @Override
    public void finished(RevisionRun run) {
        out.println(" (" + run.millis() + " ms)");
        out.flush();
    }

    @Override
    public void failed(RevisionInfo r, Direction direction) {
        out.println(" FAILED");
        out.flush();
    }

}
