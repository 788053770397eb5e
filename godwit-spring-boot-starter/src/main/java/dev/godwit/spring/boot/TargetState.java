package dev.godwit.spring.boot;

import dev.godwit.Godwit;
import dev.godwit.api.Direction;
import dev.godwit.api.RevisionInfo;
import dev.godwit.api.Status;
import java.util.List;

/**
 * Where the database stands against {@code godwit.target}, not always the heads: what the
 * {@code validate} mode, the health indicator and the endpoint judge by. With the default target
 * ({@code heads}) it is {@link Status} as it is; with another one the pending revisions are those an
 * upgrade to the target would run (a database at or past the target has none).
 *
 * @param status   where the database stands against the revision files
 * @param target   the target judged against
 * @param pending  the revisions an upgrade to the target would run, in order (empty when unknown rows
 *                 keep it from being known)
 * @param upToDate nothing to run to reach the target and no version-table row that no revision file has
 */
record TargetState(Status status, String target, List<String> pending, boolean upToDate) {

    static final String HEADS = "heads";

    static TargetState of(Godwit godwit, String target) {
        Status status = godwit.current();
        if (isHeads(target) || !status.unknown().isEmpty()) {
            List<String> pending = status.pending() == 0 || !status.unknown().isEmpty() ? List.of()
                    : ids(godwit.plan(Direction.UPGRADE, HEADS).revisions());
            return new TargetState(status, isHeads(target) ? HEADS : target, pending, status.upToDate());
        }
        List<String> pending = ids(godwit.plan(Direction.UPGRADE, target).revisions());
        return new TargetState(status, target, pending, pending.isEmpty());
    }

    /** {@code heads} (or no target): judged by {@link Status#upToDate()}. */
    static boolean isHeads(String target) {
        return target == null || target.isBlank() || target.equals(HEADS);
    }

    /** The revision ids the database is at. */
    List<String> current() {
        return ids(status.current());
    }

    /** The heads of the revision files. */
    List<String> heads() {
        return ids(status.heads());
    }

    /** How many revisions are pending; -1 when unknown rows keep it from being known. */
    int pendingCount() {
        return status.unknown().isEmpty() ? pending.size() : -1;
    }

    /** The ids of {@code revisions}, in order. */
    static List<String> ids(List<RevisionInfo> revisions) {
        return revisions.stream().map(RevisionInfo::id).toList();
    }
}
