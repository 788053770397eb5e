package dev.godwit.spring.boot;

import dev.godwit.api.Status;
import java.util.List;

/**
 * Refuses start-up in {@code godwit.mode=validate}: the database is behind {@code godwit.target}
 * (revisions pending; by default the target is the heads of the revision files) or ahead of the
 * revision files (version-table rows no revision file has).
 */
public class GodwitNotUpToDateException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final transient Status status;
    private final String target;
    private final List<String> pending;

    /** Judged against the heads of the revision files. */
    public GodwitNotUpToDateException(Status status) {
        this(status, TargetState.HEADS, List.of());
    }

    /** Judged against {@code target}, with {@code pending} the revisions an upgrade to it would run. */
    public GodwitNotUpToDateException(Status status, String target, List<String> pending) {
        super(message(status, target, pending));
        this.status = status;
        this.target = target;
        this.pending = List.copyOf(pending);
    }

    /** Where the database stands. */
    public Status status() {
        return status;
    }

    /** What the database was judged against ({@code godwit.target}). */
    public String target() {
        return target;
    }

    /** The revisions an upgrade to the target would run, in order. */
    public List<String> pending() {
        return pending;
    }

    private static String message(Status status, String target, List<String> pending) {
        if (!status.unknown().isEmpty()) {
            return "The database " + status.database() + " is ahead of the revision files: its version table has "
                    + status.unknown() + ", which no revision file has (godwit.mode=validate)";
        }
        int count = pending.isEmpty() ? status.pending() : pending.size();
        return "The database " + status.database() + " is behind godwit.target=" + target + ": " + count
                + " revision(s) to apply" + (pending.isEmpty() ? "" : " (" + String.join(", ", pending) + ")")
                + " (godwit.mode=validate; run the upgrade first)";
    }
}
