package dev.godwit.graph;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * Keeps an applied set and its version-table rows up to date one revision at a time, so a plan of
 * thousands of steps stays linear. Always equal to {@link RevisionGraph#rowsFor} of the applied set.
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
        rows.add(revision.id());
    }

    /** Un-applies a revision that no applied revision revises or depends on. */
    void remove(Revision revision) {
        applied.remove(revision.id());
        rows.remove(revision.id());
        for (String parent : revision.revises()) {
            if (applied.contains(parent) && graph.children(parent).stream().noneMatch(applied::contains)) {
                rows.add(parent);
            }
        }
    }

    /** The current rows, in topological order. */
    Set<String> rows() {
        return Collections.unmodifiableSet(graph.sorted(rows));
    }
}
