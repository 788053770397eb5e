package dev.godwit.schema;

/**
 * A standalone sequence ({@code CREATE SEQUENCE}) of PostgreSQL or MariaDB (10.3+; always bigint
 * there before 11.5). PostgreSQL sequences owned by a serial or identity column are part of that
 * column ({@link Identity}) and not listed here.
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
