package dev.godwit.internal.graph;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps an applied set and its version-table rows up to date one revision at a time, so a plan of
 * thousands of steps stays linear. Always equal to {@link RevisionGraph#rowsFor} of the applied set:
 * a dependency counts as a down revision, as in Alembic's version table.
 */
final class RowTracker {

    private final RevisionGraph graph;
    private final Set<String> applied;
    private final Set<String> rows;

    /** Starts from a closed applied set. */
    RowTracker(RevisionGraph graph, Set<String> applied) {
        this.graph = graph;
        this.applied = new HashSet<>(applied);
        this.rows = new HashSet<>(graph.rowsFor(applied));
    }

    /** Applies a revision whose parents and dependencies are all applied. */
    void apply(Revision revision) {
        applied.add(revision.id());
        rows.removeAll(revision.revises());
        rows.removeAll(graph.resolveDependsOn(revision.id()));
        rows.add(revision.id());
    }

    /**
     * Un-applies a revision that no applied revision revises or depends on. Each of its parents and
     * dependencies that no other applied revision needs becomes a row again.
     */
    void remove(Revision revision) {
        applied.remove(revision.id());
        rows.remove(revision.id());
        for (List<String> needed : List.of(revision.revises(), graph.resolveDependsOn(revision.id()))) {
            for (String id : needed) {
                if (applied.contains(id) && !neededByApplied(id)) {
                    rows.add(id);
                }
            }
        }
    }

    private boolean neededByApplied(String id) {
        return graph.children(id).stream().anyMatch(applied::contains)
                || graph.dependents(id).stream().anyMatch(applied::contains);
    }

    /** The current rows, in topological order. */
    Set<String> rows() {
        return Collections.unmodifiableSet(graph.sorted(rows));
    }
}
