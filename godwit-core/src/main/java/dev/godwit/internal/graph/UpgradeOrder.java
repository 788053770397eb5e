package dev.godwit.internal.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The order an upgrade applies revisions in: iterative depth-first post-order from the targets in the
 * order given, visiting down revisions then dependencies as listed, skipping what is applied. So
 * parents and dependencies come first, one branch after the other, always the same way.
 */
final class UpgradeOrder {

    private UpgradeOrder() {
    }

    /** What the targets need (themselves included) that is not applied, in the order to apply it. */
    static List<Revision> missing(RevisionGraph graph, Collection<String> targets, Set<String> applied) {
        List<Revision> order = new ArrayList<>();
        Set<String> seen = new HashSet<>(applied);
        Deque<Frame> stack = new ArrayDeque<>();
        for (String target : targets) {
            if (!seen.add(target)) {
                continue;
            }
            stack.push(Frame.of(graph, target));
            while (!stack.isEmpty()) {
                Frame top = stack.peek();
                if (top.next().hasNext()) {
                    String id = top.next().next();
                    if (seen.add(id)) {
                        stack.push(Frame.of(graph, id));
                    }
                } else {
                    stack.pop();
                    order.add(top.revision());
                }
            }
        }
        return order;
    }

    /** A revision being visited and the references still to visit. */
    private record Frame(Revision revision, Iterator<String> next) {

        static Frame of(RevisionGraph graph, String id) {
            Revision revision = graph.get(id);
            return new Frame(revision,
                    Stream.concat(revision.revises().stream(), graph.resolveDependsOn(id).stream()).iterator());
        }
    }
}
