package dev.godwit.schema;

import java.util.List;

/**
 * A primary key.
 *
 * @param name the constraint name, or null where the database does not keep one (SQLite, and
 *     MySQL/MariaDB where it is always PRIMARY)
 */
public record PrimaryKey(String name, List<String> columns) implements java.io.Serializable {

    public PrimaryKey {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a primary key needs at least one column");
        }
    }
}
