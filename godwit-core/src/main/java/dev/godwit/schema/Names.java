package dev.godwit.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** Small helpers the model's records share: copying lists in name order and finding by name. */
final class Names {

    private Names() {
    }

    static <T> List<T> sorted(List<T> items, Function<T, String> name) {
        Objects.requireNonNull(items, "list");
        List<T> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing(name, Comparator.nullsFirst(Comparator.naturalOrder())));
        return List.copyOf(copy);
    }

    static <T> Optional<T> find(List<T> items, Function<T, String> name, String wanted) {
        for (T item : items) {
            if (Objects.equals(name.apply(item), wanted)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    static List<String> copy(List<String> names) {
        return names == null ? List.of() : List.copyOf(names);
    }

    static String requireName(String name, String what) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(what + " needs a name");
        }
        return name;
    }
}
