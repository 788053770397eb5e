package dev.godwit.schema;

/**
 * A check constraint.
 *
 * @param name the constraint name, or null when the database keeps none
 * @param expression the condition as the catalog prints it, without the CHECK keyword and its
 *     outer parentheses
 */
public record CheckConstraint(String name, String expression) implements java.io.Serializable {

    public CheckConstraint {
        java.util.Objects.requireNonNull(expression, "expression");
    }
}
