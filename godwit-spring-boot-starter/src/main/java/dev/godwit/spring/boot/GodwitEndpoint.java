package dev.godwit.spring.boot;

import dev.godwit.Godwit;
import dev.godwit.api.AuditEntry;
import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The {@code godwit} Actuator endpoint ({@code /actuator/godwit} once exposed): where the database
 * stands against {@code godwit.target} and the application's revision files, and the audit history,
 * read live.
 */
@Endpoint(id = "godwit")
public class GodwitEndpoint {
    /** How many audit rows the endpoint shows, newest first. */
    static final int HISTORY_ROWS = 50;
    private final Godwit godwit;
    private final String target;

    /** Judges against the heads of the revision files. */
    public GodwitEndpoint(Godwit godwit) {
        this(godwit, TargetState.HEADS);
    }

    /** Judges against {@code target} ({@code godwit.target}). */
    public GodwitEndpoint(Godwit godwit, String target) {
        this.godwit = godwit;
        this.target = target;
    }

    @ReadOperation
    public Report status() {
        TargetState s = TargetState.of(godwit, target);
        return new Report(s.status().database(), s.status().dialect(), s.target(), s.current(), s.heads(),
                s.status().unknown(), s.pendingCount(), s.pending(), s.upToDate(), godwit.log(HISTORY_ROWS));
    }

    /**
     * The endpoint's answer.
     *
     * @param database         the URL, password masked
     * @param target           what "up to date" is judged against ({@code godwit.target})
     * @param current          the revisions the database is at
     * @param heads            the heads of the revision files
     * @param unknown          version-table rows no revision file has
     * @param pending          how many revisions an upgrade to the target would run (-1: unknown)
     * @param pendingRevisions those revisions, in the order they would run
     * @param upToDate         nothing to run to reach the target and no unknown row
     * @param history          the audit history, newest first (at most 50 rows): every upgrade,
     *                         downgrade, stamp and failure, with who ran it and when
     */
    public record Report(String database, String dialect, String target, List<String> current, List<String> heads,
                         List<String> unknown, int pending, List<String> pendingRevisions, boolean upToDate,
                         List<AuditEntry> history) {
    }
}
