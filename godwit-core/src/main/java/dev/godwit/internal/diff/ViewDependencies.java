package dev.godwit.internal.diff;

import dev.godwit.schema.View;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which views read which tables and views, judged by the names their definitions mention (see
 * {@link IdentifierMentions}). Databases refuse to drop or alter what a view reads (PostgreSQL),
 * or leave the view broken (SQLite's table rebuilds), so a view over anything that changes is
 * dropped first and created again afterwards; and views among themselves are dropped dependents
 * first and created in the opposite order.
 */
final class ViewDependencies {

    private ViewDependencies() {
    }

    /**
     * The names of the {@code views} that read, directly or through other views of the list, any
     * of {@code changed}. The views' own names join the changed set as they are found.
     */
    static Set<String> affected(Collection<View> views, Set<String> changed) {
        Map<String, IdentifierMentions> mentions = new TreeMap<>();
        for (View view : views) {
            mentions.put(view.name(), IdentifierMentions.of(view.definition()));
        }
        Set<String> reached = new HashSet<>(changed);
        Set<String> affected = new LinkedHashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, IdentifierMentions> entry : mentions.entrySet()) {
                if (affected.contains(entry.getKey())) {
                    continue;
                }
                for (String name : reached) {
                    if (!name.equals(entry.getKey()) && entry.getValue().mentions(name)) {
                        affected.add(entry.getKey());
                        grew = true;
                        break;
                    }
                }
            }
            reached.addAll(affected);
        }
        return affected;
    }

    /** The views, each after the views of the list it reads (creation order); by name otherwise. */
    static List<View> readFirst(Collection<View> views) {
        return order(views, true);
    }

    /** The views, each before the views of the list it reads (drop order); by name otherwise. */
    static List<View> readersFirst(Collection<View> views) {
        return order(views, false);
    }

    private static List<View> order(Collection<View> views, boolean readFirst) {
        Map<String, View> byName = new TreeMap<>();
        for (View view : views) {
            byName.put(view.name(), view);
        }
        Map<String, Set<String>> waitsFor = new HashMap<>();
        Map<String, Set<String>> releases = new HashMap<>();
        for (String name : byName.keySet()) {
            waitsFor.put(name, new HashSet<>());
            releases.put(name, new HashSet<>());
        }
        for (View reader : byName.values()) {
            IdentifierMentions mentions = IdentifierMentions.of(reader.definition());
            for (String read : byName.keySet()) {
                if (read.equals(reader.name()) || !mentions.mentions(read)) {
                    continue;
                }
                String later = readFirst ? reader.name() : read;
                String earlier = readFirst ? read : reader.name();
                waitsFor.get(later).add(earlier);
                releases.get(earlier).add(later);
            }
        }
        List<View> order = new ArrayList<>(byName.size());
        Set<String> placed = new HashSet<>();
        PriorityQueue<String> free = new PriorityQueue<>();
        for (String name : byName.keySet()) {
            if (waitsFor.get(name).isEmpty()) {
                free.add(name);
            }
        }
        while (order.size() < byName.size()) {
            if (free.isEmpty()) {
                // Only a false mention can make views read each other in a circle (a column
                // named like a view): release the first waiting view by name and go on.
                byName.keySet().stream().filter(n -> !placed.contains(n)).findFirst().ifPresent(free::add);
            }
            String name = free.poll();
            if (!placed.add(name)) {
                continue;
            }
            order.add(byName.get(name));
            for (String waiting : releases.get(name)) {
                Set<String> pending = waitsFor.get(waiting);
                pending.remove(name);
                if (pending.isEmpty() && !placed.contains(waiting)) {
                    free.add(waiting);
                }
            }
        }
        return order;
    }
}
