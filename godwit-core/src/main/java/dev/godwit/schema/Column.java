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
 * @param defaultSpelling the default as the database itself spells it, when that differs from the
 *     canonical {@code defaultValue} ({@code now()} for {@code CURRENT_TIMESTAMP}, {@code '0'::bigint}
 *     for {@code 0}, SQLite's {@code '0'} for {@code 0} and {@code NULL} for none), or null. It is
 *     what the renderers write ({@link #sqlDefault()}), so that the database ends up with the
 *     model's own spelling; it takes no part in {@link #equals}, so spellings that mean the same
 *     compare equal.
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
        boolean virtual,
        String defaultSpelling) implements java.io.Serializable {

    /** A column whose default is written as its canonical form. */
    public Column(String name, ColumnType type, boolean nullable, String defaultValue, Identity identity,
            String generated, String comment, String charset, String collation, String onUpdate, boolean virtual) {
        this(name, type, nullable, defaultValue, identity, generated, comment, charset, collation, onUpdate, virtual,
                null);
    }

    /** A column that is not a virtual generated column. */
    public Column(String name, ColumnType type, boolean nullable, String defaultValue, Identity identity,
            String generated, String comment, String charset, String collation, String onUpdate) {
        this(name, type, nullable, defaultValue, identity, generated, comment, charset, collation, onUpdate, false);
    }

    public Column {
        Names.requireName(name, "a column");
        java.util.Objects.requireNonNull(type, "type");
        identity = identity == null ? Identity.NONE : identity;
        defaultSpelling = java.util.Objects.equals(defaultSpelling, defaultValue) ? null : defaultSpelling;
    }

    /** A plain column: a type, nullability and an optional default. */
    public static Column of(String name, String type, boolean nullable, String defaultValue) {
        return new Column(name, new ColumnType(type), nullable, defaultValue, Identity.NONE, null, null, null, null,
                null);
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultValue, identity, generated, comment, charset, collation,
                onUpdate, virtual, defaultSpelling);
    }

    public Column withType(ColumnType newType) {
        return new Column(name, newType, nullable, defaultValue, identity, generated, comment, charset, collation,
                onUpdate, virtual, defaultSpelling);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultValue, identity, generated, comment, charset, collation,
                onUpdate, virtual, defaultSpelling);
    }

    public Column withDefault(String newDefault) {
        return new Column(name, type, nullable, newDefault, identity, generated, comment, charset, collation,
                onUpdate, virtual);
    }

    public Column withIdentity(Identity newIdentity) {
        return new Column(name, type, nullable, defaultValue, newIdentity, generated, comment, charset, collation,
                onUpdate, virtual, defaultSpelling);
    }

    /** This column as a generated column: {@code expression}, virtual or stored. */
    public Column withGenerated(String expression, boolean isVirtual) {
        return new Column(name, type, nullable, defaultValue, identity, expression, comment, charset, collation,
                onUpdate, isVirtual, defaultSpelling);
    }

    public Column withComment(String newComment) {
        return new Column(name, type, nullable, defaultValue, identity, generated, newComment, charset, collation,
                onUpdate, virtual, defaultSpelling);
    }

    /** This column with its default spelled {@code spelling} (null: as its canonical form). */
    public Column withDefaultSpelling(String spelling) {
        return new Column(name, type, nullable, defaultValue, identity, generated, comment, charset, collation,
                onUpdate, virtual, spelling);
    }

    /** The default as a DEFAULT clause writes it: the database's own spelling when known, or null for none. */
    public String sqlDefault() {
        return defaultSpelling != null ? defaultSpelling : defaultValue;
    }

    /** Equal columns: every part but {@link #defaultSpelling}. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Column c && name.equals(c.name) && type.equals(c.type) && nullable == c.nullable
                && java.util.Objects.equals(defaultValue, c.defaultValue) && identity == c.identity
                && java.util.Objects.equals(generated, c.generated) && java.util.Objects.equals(comment, c.comment)
                && java.util.Objects.equals(charset, c.charset) && java.util.Objects.equals(collation, c.collation)
                && java.util.Objects.equals(onUpdate, c.onUpdate) && virtual == c.virtual;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, type, nullable, defaultValue, identity, generated, comment, charset,
                collation, onUpdate, virtual);
    }

    /** True when the column's definition, ignoring its name, equals {@code other}'s: a rename candidate. */
    public boolean sameShape(Column other) {
        return type.equals(other.type) && nullable == other.nullable
                && java.util.Objects.equals(defaultValue, other.defaultValue) && identity == other.identity
                && java.util.Objects.equals(generated, other.generated) && virtual == other.virtual;
    }
}
