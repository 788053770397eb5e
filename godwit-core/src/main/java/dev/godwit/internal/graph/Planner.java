package dev.godwit.internal.graph;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans what to run, and which version-table rows to hold after each revision, to move a database
 * from its current rows to a target: upgrades, downgrades, stamps, offline starting points, history.
 */
public final class Planner {

    /** Which way a plan moves. */
    public enum Direction { UPGRADE, DOWNGRADE }

    /** One revision to run, with the version-table rows before and after it. */
    public record Step(Revision revision, Direction direction, Set<String> rowsBefore, Set<String> rowsAfter) {

        public Step {
            rowsBefore = frozen(rowsBefore);
            rowsAfter = frozen(rowsAfter);
        }
    }

    /** The revisions to run, in order, with the rows before the first and after the last. */
    public record Plan(Direction direction, List<Step> steps, Set<String> rowsBefore, Set<String> rowsAfter) {

        public Plan {
            steps = List.copyOf(steps);
            rowsBefore = frozen(rowsBefore);
            rowsAfter = frozen(rowsAfter);
        }

        public boolean isEmpty() {
            return steps.isEmpty();
        }
    }

    private final RevisionGraph graph;
    private final TargetResolver resolver;

    public Planner(RevisionGraph graph) {
        this.graph = graph;
        this.resolver = new TargetResolver(graph);
    }

    public RevisionGraph graph() {
        return graph;
    }

    public TargetResolver resolver() {
        return resolver;
    }

    /**
     * Applies what the target needs and the database lacks: parents and dependencies first, branch by
     * branch, in the order the target lists them. An applied target gives an empty plan.
     */
    public Plan upgrade(Collection<String> rows, String target) {
        Set<String> applied = graph.applied(rows);
        Target resolved = resolver.resolve(target, rows, "upgrade");
        if (resolved.relative() < 0) {
            throw new GodwitException(ErrorCode.WRONG_DIRECTION,
                    "Relative revision " + resolved.spec() + " goes backwards; upgrade only moves forward",
                    "To go back, downgrade to " + resolved.spec(), null, direction(resolved.spec(), "downgrade", true));
        }
        return plan(Direction.UPGRADE, rows, applied, UpgradeOrder.missing(graph, resolved.revisions(), applied));
    }

    /**
     * Un-applies, children first, every applied revision that comes after the target: for a revision,
     * the revisions that revise it and whatever needs those (through revises and depends-on), as
     * Alembic does; a revision that only depends on the target stays, with its branch. For
     * {@code base}, everything; for
     * {@code LABEL@base} or a relative step, the revisions stepped over and whatever needs them.
     */
    public Plan downgrade(Collection<String> rows, String target) {
        Set<String> applied = graph.applied(rows);
        Target resolved = resolver.resolve(target, rows, "downgrade");
        if (resolved.relative() > 0) {
            throw new GodwitException(ErrorCode.WRONG_DIRECTION,
                    "Relative revision " + resolved.spec() + " goes forward; downgrade only moves back",
                    "To go forward, upgrade to " + resolved.spec(), null, direction(resolved.spec(), "upgrade", true));
        }
        Set<String> doomed;
        if (resolved.removeFrom() != null) {
            doomed = graph.descendantsOrSelf(List.of(resolved.removeFrom()));
        } else if (resolved.revisions().isEmpty()) {
            doomed = applied;
        } else {
            doomed = new HashSet<>();
            for (String id : resolved.revisions()) {
                if (!applied.contains(id)) {
                    throw notApplied(id, applied);
                }
                doomed.addAll(graph.descendantsOrSelf(graph.children(id)));
            }
            doomed.removeAll(graph.closure(resolved.revisions()));
        }
        List<Revision> order = new ArrayList<>();
        for (String id : applied) {
            if (doomed.contains(id)) {
                order.add(graph.get(id));
            }
        }
        Collections.reverse(order);
        return plan(Direction.DOWNGRADE, rows, applied, order);
    }

    /**
     * The rows a stamp leaves: the rows the database would have after upgrading or downgrading to the
     * target, without running anything. {@code base}: none; {@code heads}: every head. With purge,
     * the target's rows alone (the current rows are not read, so they may be unknown). Without, what
     * comes after the target is dropped, what it needs is added, and unrelated branches stay.
     */
    public Set<String> stamp(Collection<String> rows, String target, boolean purge) {
        Target resolved = resolver.resolve(target, rows, "stamp");
        if (resolved.isBase()) {
            return Set.of();
        }
        if (resolved.spec().equals("heads")) {
            return graph.rowsAtHeads();
        }
        if (purge) {
            return graph.rowsFor(graph.closure(resolved.revisions()));
        }
        Set<String> kept = new HashSet<>(graph.applied(rows));
        if (resolved.removeFrom() != null) {
            kept.removeAll(graph.descendantsOrSelf(List.of(resolved.removeFrom())));
        } else {
            for (String id : resolved.revisions()) {
                kept.removeAll(graph.descendants(id));
            }
        }
        kept.addAll(graph.closure(resolved.revisions()));
        return graph.rowsFor(graph.sorted(kept));
    }

    /**
     * The rows a database would hold at {@code spec} ({@code base}, a revision, a label, {@code heads},
     * {@code LABEL@base}…), for planning offline from a stated starting point.
     */
    public Set<String> resolveRows(String spec) {
        Target resolved = resolver.resolve(spec, List.of(), null);
        List<String> at = new ArrayList<>(resolved.revisions());
        if (resolved.removeFrom() != null) {
            at.addAll(graph.get(resolved.removeFrom()).revises());
        }
        return graph.rowsFor(graph.closure(at));
    }

    /** The revisions of a history range ({@code A:B}, {@code A:}, {@code :B}; null = all), newest first. */
    public List<Revision> history(String range, Collection<String> rows) {
        return new HistoryRange(graph, resolver).select(range, rows);
    }

    private Plan plan(Direction direction, Collection<String> rows, Set<String> applied, List<Revision> revisions) {
        Set<String> first = Collections.unmodifiableSet(graph.sorted(rows));
        RowTracker tracker = new RowTracker(graph, applied);
        List<Step> steps = new ArrayList<>(revisions.size());
        Set<String> before = first;
        for (Revision revision : revisions) {
            if (direction == Direction.UPGRADE) {
                tracker.apply(revision);
            } else {
                tracker.remove(revision);
            }
            Set<String> after = tracker.rows();
            steps.add(new Step(revision, direction, before, after));
            before = after;
        }
        return new Plan(direction, steps, first, before);
    }

    private static Set<String> frozen(Set<String> ids) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(ids));
    }

    private GodwitException notApplied(String id, Set<String> applied) {
        Set<String> current = graph.rowsFor(applied);
        String now = current.isEmpty() ? "base" : String.join(", ", current);
        boolean ahead = current.isEmpty() || graph.ancestors(id).stream().anyMatch(current::contains);
        if (ahead) {
            return new GodwitException(ErrorCode.WRONG_DIRECTION,
                    "Revision " + id + " is ahead of the current revision "
                    + "(current: " + now + "); downgrade only moves back", "To move forward, upgrade to " + id, null,
                    direction(id, "upgrade", false));
        }
        return new GodwitException(ErrorCode.BAD_TARGET, "Revision " + id + " is not applied; nothing to downgrade to "
                + "(current: " + now + ")", "Downgrade to a revision the database has (its current revisions), or to "
                + "`base` to remove everything", null, Map.of("target", id, "current", String.join(",", current)));
    }

    /** Details of a target in the other direction: the target, the operation that reaches it, relative or not. */
    private static Map<String, String> direction(String target, String instead, boolean relative) {
        return Map.of("target", target, "operation", instead, "relative", String.valueOf(relative));
    }
}
