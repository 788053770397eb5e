package dev.godwit.internal.render;

import dev.godwit.internal.dialect.Dialect;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes names into rendered SQL by the dialect's one quoting rule ({@link Dialect#name}: bare
 * when a name survives bare, quoted when it is not a plain lower-case identifier or is one of
 * the dialect's reserved words), one at a time or as a list.
 */
public final class Identifiers {

    private final Dialect dialect;

    public Identifiers(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The name, quoted when it must be. */
    public String quote(String name) {
        return dialect.name(name);
    }

    /** Names separated by commas, each quoted when it must be: {@code a, "B", c}. */
    public String list(List<String> names) {
        return names.stream().map(this::quote).collect(Collectors.joining(", "));
    }

    public boolean isReserved(String word) {
        return dialect.isReserved(word);
    }
}
