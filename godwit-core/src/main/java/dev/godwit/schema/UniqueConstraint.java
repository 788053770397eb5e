package dev.godwit.schema;

import java.util.List;

/**
 * A unique constraint (PostgreSQL, SQLite). On MySQL/MariaDB a unique constraint is a unique
 * {@link Index} instead.
 *
 * @param name the constraint name, or null when the database keeps none
 */
public record UniqueConstraint(String name, List<String> columns) implements java.io.Serializable {

    public UniqueConstraint {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a unique constraint needs at least one column");
        }
    }
}
