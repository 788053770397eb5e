package dev.godwit.schema;

import java.util.List;
import java.util.Map;

/**
 * A primary key.
 *
 * @param name the constraint name, or null where the database does not keep one (SQLite, and
 *     MySQL/MariaDB where it is always PRIMARY)
 * @param prefixLengths MySQL/MariaDB prefix lengths ({@code PRIMARY KEY (code(128))}) of the
 *     columns that index only a prefix, by column name; empty elsewhere
 */
public record PrimaryKey(String name, List<String> columns, Map<String, Integer> prefixLengths)
        implements java.io.Serializable {

    public PrimaryKey {
        columns = List.copyOf(columns);
        prefixLengths = prefixLengths == null ? Map.of() : Map.copyOf(prefixLengths);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a primary key needs at least one column");
        }
    }

    /** A primary key on whole columns. */
    public PrimaryKey(String name, List<String> columns) {
        this(name, columns, Map.of());
    }

    /** The prefix length of {@code column}, or null when the key holds the whole column. */
    public Integer prefixLength(String column) {
        return prefixLengths.get(column);
    }

    /** The key parts for people: {@code code(128)} for a prefix, else the column name. */
    public List<String> parts() {
        return columns.stream().map(c -> prefixLengths.containsKey(c) ? c + "(" + prefixLengths.get(c) + ")" : c).toList();
    }

    /** True when {@code other} keys the same columns in the same order, with the same prefixes. */
    public boolean sameKey(PrimaryKey other) {
        return other != null && columns.equals(other.columns) && prefixLengths.equals(other.prefixLengths);
    }

    /** This key without {@code column}, or null when nothing is left. */
    public PrimaryKey without(String column) {
        List<String> rest = columns.stream().filter(c -> !c.equals(column)).toList();
        if (rest.isEmpty()) {
            return null;
        }
        Map<String, Integer> prefixes = new java.util.HashMap<>(prefixLengths);
        prefixes.remove(column);
        return new PrimaryKey(name, rest, prefixes);
    }
}
