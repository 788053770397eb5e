package dev.godwit.schema;

/**
 * One key part of an index: a column or an expression.
 *
 * @param column the column name, or null for an expression
 * @param expression the expression as the catalog prints it, or null for a column
 * @param descending whether the part sorts descending
 * @param prefixLength MySQL/MariaDB prefix length ({@code name(10)}), or null
 * @param opclass PostgreSQL operator class when it is not the default for the key's type
 *     ({@code text_pattern_ops}), or null
 */
public record IndexKey(String column, String expression, boolean descending, Integer prefixLength, String opclass)
        implements java.io.Serializable {

    /** A key part with the default operator class. */
    public IndexKey(String column, String expression, boolean descending, Integer prefixLength) {
        this(column, expression, descending, prefixLength, null);
    }

    public IndexKey {
        if ((column == null) == (expression == null)) {
            throw new IllegalArgumentException("an index key is either a column or an expression");
        }
    }

    public static IndexKey column(String column) {
        return new IndexKey(column, null, false, null);
    }

    public static IndexKey expression(String expression) {
        return new IndexKey(null, expression, false, null);
    }

    public boolean isExpression() {
        return expression != null;
    }
}
