package dev.godwit.internal.graph;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Orders revisions so that each comes after everything it revises or depends on, and finds cycles.
 * Iterative depth-first post-order: heads first (by id), visiting down revisions then dependencies
 * in the order listed; any revision left over (only possible on a cycle) is visited afterwards.
 */
final class TopologicalOrder {

    private static final int ACTIVE = 1;
    private static final int DONE = 2;

    private TopologicalOrder() {
    }

    /** The revision ids, bases first; throws a GodwitException naming the revisions of a cycle. */
    static List<String> of(Map<String, Revision> byId, Map<String, List<String>> dependencies) {
        Set<String> revised = new HashSet<>();
        for (Revision revision : byId.values()) {
            revised.addAll(revision.revises());
        }
        TreeSet<String> heads = new TreeSet<>();
        for (String id : byId.keySet()) {
            if (!revised.contains(id)) {
                heads.add(id);
            }
        }
        Map<String, Integer> state = new HashMap<>();
        List<String> order = new ArrayList<>(byId.size());
        for (String head : heads) {
            visit(head, byId, dependencies, state, order);
        }
        if (order.size() < byId.size()) {
            for (String id : new TreeSet<>(byId.keySet())) {
                visit(id, byId, dependencies, state, order);
            }
        }
        return order;
    }

    private static void visit(String root, Map<String, Revision> byId, Map<String, List<String>> dependencies,
                              Map<String, Integer> state, List<String> order) {
        if (state.containsKey(root)) {
            return;
        }
        List<Frame> stack = new ArrayList<>();
        stack.add(new Frame(byId.get(root), dependencies.get(root)));
        state.put(root, ACTIVE);
        while (!stack.isEmpty()) {
            Frame top = stack.get(stack.size() - 1);
            String next = top.next();
            if (next == null) {
                stack.remove(stack.size() - 1);
                state.put(top.revision.id(), DONE);
                order.add(top.revision.id());
                continue;
            }
            Integer seen = state.get(next);
            if (seen == null) {
                state.put(next, ACTIVE);
                stack.add(new Frame(byId.get(next), dependencies.get(next)));
            } else if (seen == ACTIVE) {
                throw cycle(stack, next);
            }
        }
    }

    private static GodwitException cycle(List<Frame> stack, String closing) {
        int start = 0;
        while (!stack.get(start).revision.id().equals(closing)) {
            start++;
        }
        StringBuilder text = new StringBuilder("The revisions form a cycle: ");
        text.append(GraphErrors.located(stack.get(start).revision));
        for (int i = start; i < stack.size(); i++) {
            Frame frame = stack.get(i);
            Revision target = i + 1 < stack.size() ? stack.get(i + 1).revision : stack.get(start).revision;
            text.append(i == start ? " " : ", which ").append(frame.lastEdgeKind()).append(' ')
                    .append(GraphErrors.located(target));
        }
        List<String> cycle = new ArrayList<>();
        for (int i = start; i < stack.size(); i++) {
            cycle.add(stack.get(i).revision.id());
        }
        return new GodwitException(ErrorCode.BAD_GRAPH, text.toString(),
                "A revision must come after what it revises or depends on; remove one of these references", null,
                Map.of("revisions", String.join(",", cycle)));
    }

    /** One revision being visited, and how far through its references the visit is. */
    private static final class Frame {
        final Revision revision;
        final List<String> dependencies;
        int next;

        Frame(Revision revision, List<String> dependencies) {
            this.revision = revision;
            this.dependencies = dependencies;
        }

        String next() {
            int parents = revision.revises().size();
            if (next < parents) {
                return revision.revises().get(next++);
            }
            if (next < parents + dependencies.size()) {
                return dependencies.get(next++ - parents);
            }
            return null;
        }

        String lastEdgeKind() {
            return next - 1 < revision.revises().size() ? "revises" : "depends on";
        }
    }
}
