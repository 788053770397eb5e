package dev.godwit.schema;

import java.util.Objects;

/**
 * A check constraint.
 *
 * <p>{@code columnLevel} says the database keeps it as part of a column's definition (MariaDB's
 * {@code CHECK_CONSTRAINTS.LEVEL = 'Column'}, named after its column): it only decides where the
 * check is written, inline in the column or as a table element. It is not part of equality: a
 * column check and a table check with the same condition behave the same.
 *
 * @param name the constraint name, or null when the database keeps none
 * @param expression the condition as the catalog prints it, without the CHECK keyword and its
 *     outer parentheses
 * @param columnLevel whether it belongs to the definition of the column it is named after
 */
public record CheckConstraint(String name, String expression, boolean columnLevel) implements java.io.Serializable {

    public CheckConstraint {
        Objects.requireNonNull(expression, "expression");
    }

    /** A table-level check. */
    public CheckConstraint(String name, String expression) {
        this(name, expression, false);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CheckConstraint c && Objects.equals(name, c.name) && expression.equals(c.expression);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, expression);
    }
}
