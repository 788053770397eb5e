package dev.godwit.internal.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pairs the items of two lists that share a key (a name, a foreign key's signature, a unique
 * constraint's columns), keeping the order of the lists. Items whose key appears more than once
 * on a side pair up in order; the rest are left over on their side. This is how names that the
 * database invents (or does not keep) stay out of the comparison.
 *
 * @param onlyFrom the items of {@code from} without a partner, in {@code from}'s order
 * @param onlyTo the items of {@code to} without a partner, in {@code to}'s order
 * @param pairs the partners, in {@code from}'s order
 */
record Matching<T>(List<T> onlyFrom, List<T> onlyTo, List<Pair<T>> pairs) {

    /** One item as it is and as it should be. */
    record Pair<T>(T from, T to) {
    }

    static <T, K> Matching<T> by(List<T> from, List<T> to, Function<T, K> key) {
        Map<K, List<T>> unmatchedTo = new LinkedHashMap<>();
        for (T item : to) {
            unmatchedTo.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
        }
        List<T> onlyFrom = new ArrayList<>();
        List<Pair<T>> pairs = new ArrayList<>();
        for (T item : from) {
            List<T> candidates = unmatchedTo.get(key.apply(item));
            if (candidates == null || candidates.isEmpty()) {
                onlyFrom.add(item);
            } else {
                pairs.add(new Pair<>(item, candidates.remove(0)));
            }
        }
        List<T> onlyTo = new ArrayList<>();
        for (T item : to) {
            List<T> left = unmatchedTo.get(key.apply(item));
            if (left.remove(item)) {
                onlyTo.add(item);
            }
        }
        return new Matching<>(List.copyOf(onlyFrom), List.copyOf(onlyTo), List.copyOf(pairs));
    }
}
