package dev.godwit.schema;

/**
 * A standalone PostgreSQL sequence ({@code CREATE SEQUENCE}). Sequences owned by a serial or
 * identity column are part of that column ({@link Identity}) and not listed here.
 *
 * @param type the data type (bigint unless given)
 */
public record Sequence(String name, String type, long start, long increment, long min, long max, long cache,
        boolean cycle) implements java.io.Serializable {

    public Sequence {
        Names.requireName(name, "a sequence");
        type = type == null ? "bigint" : type;
    }
}
