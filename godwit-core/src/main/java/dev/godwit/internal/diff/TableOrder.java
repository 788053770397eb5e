package dev.godwit.internal.diff;

import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * Orders a group of tables (the tables a change set creates, or the ones it drops) by the foreign
 * keys among them, so that a table comes after the tables it references. Keys to tables outside
 * the group and self-references do not count.
 *
 * <p>Foreign keys that close a cycle (A references B, B references A) cannot be satisfied by any
 * order; they are reported as {@link #cyclic()} so the caller adds them after the creates, or
 * drops them before the drops. They are found by a depth-first walk in name order (each key that
 * leads back to a table still on the walk), which picks the same keys every time and leaves the
 * rest of the graph acyclic. Among the tables free to go next, the order is by name.
 *
 * @param referencedFirst the tables, each after the tables it references (creation order)
 * @param referencingFirst the tables, each before the tables it references (drop order)
 * @param cyclic the foreign keys that were left out to break cycles
 */
record TableOrder(List<Table> referencedFirst, List<Table> referencingFirst, Set<OwnedForeignKey> cyclic) {

    /** A foreign key and the table that has it. */
    record OwnedForeignKey(String table, ForeignKey key) {
    }

    static TableOrder of(Collection<Table> tables) {
        Map<String, Table> byName = new TreeMap<>();
        for (Table table : tables) {
            byName.put(table.name(), table);
        }
        Map<String, List<OwnedForeignKey>> edges = new HashMap<>();
        for (Table table : byName.values()) {
            List<OwnedForeignKey> out = new ArrayList<>();
            table.foreignKeys().stream().sorted(Comparator.comparing(ForeignKey::signature))
                    .filter(fk -> byName.containsKey(fk.referencedTable()) && !fk.referencedTable().equals(table.name()))
                    .forEach(fk -> out.add(new OwnedForeignKey(table.name(), fk)));
            edges.put(table.name(), out);
        }
        Set<OwnedForeignKey> cyclic = backEdges(byName.keySet(), edges);

        List<Table> referencedFirst = kahn(byName, edges, cyclic, true);
        List<Table> referencingFirst = kahn(byName, edges, cyclic, false);
        return new TableOrder(List.copyOf(referencedFirst), List.copyOf(referencingFirst),
                java.util.Collections.unmodifiableSet(cyclic));
    }

    /** The keys that lead back to a table on the current path of an iterative depth-first walk. */
    private static Set<OwnedForeignKey> backEdges(Set<String> names, Map<String, List<OwnedForeignKey>> edges) {
        Set<OwnedForeignKey> back = new LinkedHashSet<>();
        Set<String> done = new HashSet<>();
        Set<String> onPath = new HashSet<>();
        for (String root : names) {
            if (done.contains(root)) {
                continue;
            }
            List<String> stack = new ArrayList<>();
            List<Integer> next = new ArrayList<>();
            stack.add(root);
            next.add(0);
            onPath.add(root);
            while (!stack.isEmpty()) {
                int top = stack.size() - 1;
                String node = stack.get(top);
                List<OwnedForeignKey> out = edges.get(node);
                int i = next.get(top);
                if (i == out.size()) {
                    stack.remove(top);
                    next.remove(top);
                    onPath.remove(node);
                    done.add(node);
                    continue;
                }
                next.set(top, i + 1);
                OwnedForeignKey edge = out.get(i);
                String target = edge.key().referencedTable();
                if (onPath.contains(target)) {
                    back.add(edge);
                } else if (!done.contains(target)) {
                    stack.add(target);
                    next.add(0);
                    onPath.add(target);
                }
            }
        }
        return back;
    }

    /**
     * Kahn's algorithm over the acyclic rest, smallest name first among the tables that are free:
     * referenced-first frees a table once every table it references is placed; referencing-first
     * frees it once every table referencing it is placed.
     */
    private static List<Table> kahn(Map<String, Table> byName, Map<String, List<OwnedForeignKey>> edges,
                                    Set<OwnedForeignKey> cyclic, boolean referencedFirst) {
        Map<String, Set<String>> waitsFor = new HashMap<>();
        Map<String, Set<String>> releases = new HashMap<>();
        for (String name : byName.keySet()) {
            waitsFor.put(name, new HashSet<>());
            releases.put(name, new HashSet<>());
        }
        for (List<OwnedForeignKey> out : edges.values()) {
            for (OwnedForeignKey edge : out) {
                if (cyclic.contains(edge)) {
                    continue;
                }
                String owner = edge.table();
                String target = edge.key().referencedTable();
                String later = referencedFirst ? owner : target;
                String earlier = referencedFirst ? target : owner;
                waitsFor.get(later).add(earlier);
                releases.get(earlier).add(later);
            }
        }
        PriorityQueue<String> free = new PriorityQueue<>();
        for (Map.Entry<String, Set<String>> entry : waitsFor.entrySet()) {
            if (entry.getValue().isEmpty()) {
                free.add(entry.getKey());
            }
        }
        List<Table> order = new ArrayList<>(byName.size());
        while (!free.isEmpty()) {
            String name = free.poll();
            order.add(byName.get(name));
            for (String waiting : releases.get(name)) {
                Set<String> pending = waitsFor.get(waiting);
                pending.remove(name);
                if (pending.isEmpty()) {
                    free.add(waiting);
                }
            }
        }
        if (order.size() != byName.size()) {
            throw new IllegalStateException("foreign keys still form a cycle after removing " + cyclic);
        }
        return order;
    }
}
