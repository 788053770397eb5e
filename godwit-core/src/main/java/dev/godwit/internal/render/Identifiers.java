package dev.godwit.internal.render;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes names as one dialect needs them, quoting only when a name would not survive bare: a
 * name that is not a plain lower-case identifier ({@code [a-z_][a-z0-9_]*}) or that is one of the
 * dialect's reserved words. Generated revisions stay readable ({@code tickets}, not
 * {@code "tickets"}) while {@code "Order"}, {@code "user"} and {@code `key`} still work.
 *
 * <p>Each database's package holds its word list ({@code db.postgres.PostgresIdentifiers}, …).
 */
public final class Identifiers {

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");

    private final char quote;
    private final Set<String> reserved;

    /** Quotes with {@code quote} (doubled inside a name) the names that are not plain or are in {@code reserved}. */
    public Identifiers(char quote, Set<String> reserved) {
        this.quote = quote;
        this.reserved = reserved;
    }

    /** The name, quoted when it must be. */
    public String quote(String name) {
        if (PLAIN.matcher(name).matches() && !reserved.contains(name)) {
            return name;
        }
        String q = String.valueOf(quote);
        return q + name.replace(q, q + q) + q;
    }

    /** Names separated by commas, each quoted when it must be: {@code a, "B", c}. */
    public String list(List<String> names) {
        return names.stream().map(this::quote).collect(Collectors.joining(", "));
    }

    public boolean isReserved(String word) {
        return reserved.contains(word);
    }

    /** The words of {@code text}, separated by white space. */
    public static Set<String> words(String text) {
        return Set.of(text.strip().split("\\s+"));
    }
}
