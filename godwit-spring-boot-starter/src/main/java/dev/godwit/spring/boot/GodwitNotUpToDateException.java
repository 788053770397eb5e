package dev.godwit.spring.boot;

import dev.godwit.api.Status;

/**
 * Refuses start-up in {@code godwit.mode=validate}: the database is behind the revision files
 * (revisions pending) or ahead of them (version-table rows no revision file has).
 */
public class GodwitNotUpToDateException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final transient Status status;

    public GodwitNotUpToDateException(Status status) {
        super(message(status));
        this.status = status;
    }

    /** Where the database stands. */
    public Status status() {
        return status;
    }

    private static String message(Status status) {
        if (!status.unknown().isEmpty()) {
            return "The database " + status.database() + " is ahead of the revision files: its version table has "
                    + status.unknown() + ", which no revision file has (godwit.mode=validate)";
        }
        return "The database " + status.database() + " is behind the revision files: " + status.pending()
                + " revision(s) to apply (godwit.mode=validate; run the upgrade first)";
    }
}
