package dev.godwit.internal.run;

import java.util.Map;

import dev.godwit.api.ErrorCode;

import dev.godwit.api.AuditEntry;
import dev.godwit.api.GodwitException;
import dev.godwit.api.StampResult;
import dev.godwit.internal.graph.Planner;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * The use cases that change the bookkeeping without running a revision, under the run lock:
 * {@link #stamp} (set the version table) and {@link #accept} (record an edited revision's
 * checksum); both leave a row in the audit history.
 */
public final class Stamping {
    private final Session session;

    public Stamping(Session session) {
        this.session = session;
    }

    /** Sets the version table to {@code target} without running any revision, and records it. */
    public StampResult stamp(RevisionFiles source, String target, boolean purge) {
        return session.locked(source, (connection, revisions, lock) -> {
            Planner planner = new Planner(revisions.graph());
            Set<String> rows = session.rows(connection);
            Set<String> after = purge ? planner.stamp(Set.of(), target, true)
                    : planner.stamp(Session.orEmpty(rows), target, false);
            session.ensureTables(connection, rows != null);
            RunIdentity who = RunIdentity.of(connection, session.settings().url().user());
            Set<String> before = purge ? Set.of() : Session.orEmpty(rows);
            session.inTransaction(connection, lock, c -> {
                record(c, revisions, who, purge, before, after);
                return null;
            });
            return new StampResult(List.copyOf(Session.orEmpty(rows)), List.copyOf(after));
        });
    }

    /**
     * Replaces the version table's rows and writes one history row per revision whose applied state
     * the stamp changed, with a checksum for those it marks applied.
     */
    private void record(Connection c, Revisions revisions, RunIdentity who, boolean purge, Set<String> before,
                        Set<String> after) throws SQLException {
        if (purge) {
            session.versions().deleteAll(c);
        }
        session.progress().forgetAll(c);
        session.versions().update(c, before, after);
        Set<String> appliedBefore = purge ? Set.of() : revisions.graph().applied(before);
        Set<String> appliedAfter = revisions.graph().applied(after);
        for (String id : appliedAfter) {
            if (!appliedBefore.contains(id) && after.contains(id)) {
                session.history().insert(c, session.entry(revisions, id, AuditEntry.STAMP, who, true));
            }
        }
        for (String id : appliedBefore) {
            if (!appliedAfter.contains(id)) {
                session.history().insert(c, session.entry(revisions, id, AuditEntry.STAMP, who, false));
            }
        }
    }

    /** Records the current checksum of an applied revision as the accepted one. */
    public AuditEntry accept(RevisionFiles source, String target) {
        return session.locked(source, (connection, revisions, lock) -> {
            Planner planner = new Planner(revisions.graph());
            Set<String> ids = planner.resolveRows(target);
            Set<String> applied = revisions.graph().applied(Session.orEmpty(session.rows(connection)));
            if (ids.size() != 1 || !applied.contains(ids.iterator().next())) {
                throw new GodwitException(ErrorCode.UNKNOWN_REVISION, "Revision '" + target + "' is not applied to this database, so there is "
                        + "no checksum to accept", "Validating lists the revisions that need it.", null,
                        Map.of("revision", target, "operation", "accept"));
            }
            session.ensureTables(connection, true);
            AuditEntry entry = session.entry(revisions, ids.iterator().next(), AuditEntry.ACCEPT,
                    RunIdentity.of(connection, session.settings().url().user()), true);
            session.history().insert(connection, entry);
            return entry;
        });
    }
}
