package dev.godwit.schema;

/**
 * A column.
 *
 * @param type the type as the database's catalog spells it
 * @param nullable whether NULL is allowed
 * @param defaultValue the server default as a canonical SQL expression ({@code 0}, {@code 'open'},
 *     {@code CURRENT_TIMESTAMP}, {@code nextval('seq_name'::regclass)}), or null for none
 * @param identity how the column numbers itself, {@link Identity#NONE} when it does not
 * @param generated the expression of a generated (computed) column, or null
 * @param comment the column comment, or null
 * @param charset the column's character set when it differs from the table's (MySQL/MariaDB), or null
 * @param collation the column's collation when it differs from the table's default (or, on
 *     PostgreSQL and SQLite, when one is given), or null
 * @param onUpdate MySQL/MariaDB's {@code ON UPDATE} expression ({@code CURRENT_TIMESTAMP}), or null
 * @param virtual for a generated column: computed when read (VIRTUAL, MySQL/MariaDB and SQLite)
 *     rather than stored (STORED, the only kind PostgreSQL has); false for other columns
 */
public record Column(
        String name,
        ColumnType type,
        boolean nullable,
        String defaultValue,
        Identity identity,
        String generated,
        String comment,
        String charset,
        String collation,
        String onUpdate,
        boolean virtual) implements java.io.Serializable {

    /** A column that is not a virtual generated column. */
    public Column(String name, ColumnType type, boolean nullable, String defaultValue, Identity identity,
            String generated, String comment, String charset, String collation, String onUpdate) {
        this(name, type, nullable, defaultValue, identity, generated, comment, charset, collation, onUpdate, false);
    }

    public Column {
        Names.requireName(name, "a column");
        java.util.Objects.requireNonNull(type, "type");
        identity = identity == null ? Identity.NONE : identity;
    }

    /** A plain column: a type, nullability and an optional default. */
    public static Column of(String name, String type, boolean nullable, String defaultValue) {
        return new Column(name, new ColumnType(type), nullable, defaultValue, Identity.NONE, null, null, null, null,
                null);
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultValue, identity, generated, comment, charset, collation,
                onUpdate, virtual);
    }

    public Column withType(ColumnType newType) {
        return new Column(name, newType, nullable, defaultValue, identity, generated, comment, charset, collation,
                onUpdate, virtual);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultValue, identity, generated, comment, charset, collation,
                onUpdate, virtual);
    }

    public Column withDefault(String newDefault) {
        return new Column(name, type, nullable, newDefault, identity, generated, comment, charset, collation,
                onUpdate, virtual);
    }

    public Column withIdentity(Identity newIdentity) {
        return new Column(name, type, nullable, defaultValue, newIdentity, generated, comment, charset, collation,
                onUpdate, virtual);
    }

    /** This column as a generated column: {@code expression}, virtual or stored. */
    public Column withGenerated(String expression, boolean isVirtual) {
        return new Column(name, type, nullable, defaultValue, identity, expression, comment, charset, collation,
                onUpdate, isVirtual);
    }

    public Column withComment(String newComment) {
        return new Column(name, type, nullable, defaultValue, identity, generated, newComment, charset, collation,
                onUpdate, virtual);
    }

    /** True when the column's definition, ignoring its name, equals {@code other}'s: a rename candidate. */
    public boolean sameShape(Column other) {
        return type.equals(other.type) && nullable == other.nullable
                && java.util.Objects.equals(defaultValue, other.defaultValue) && identity == other.identity
                && java.util.Objects.equals(generated, other.generated) && virtual == other.virtual;
    }
}
