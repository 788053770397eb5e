package dev.godwit.schema;

import java.util.List;
import java.util.Objects;

/**
 * Storage options of a table, as its database has them; all null (and no create options) where it
 * has none.
 *
 * @param engine the MySQL/MariaDB storage engine as the catalog spells it (InnoDB), or null
 * @param charset the MySQL/MariaDB table's default character set (utf8mb4), or null
 * @param collation the MySQL/MariaDB table's default collation (utf8mb4_general_ci), or null
 * @param suffix SQLite's table options after the closing parenthesis, canonically spelled
 *     ({@code WITHOUT ROWID}, {@code STRICT}, {@code WITHOUT ROWID, STRICT}), or null
 * @param createOptions the other MySQL/MariaDB table options the table's CREATE or ALTER TABLE
 *     gave explicitly, each as {@code SHOW CREATE TABLE} prints it, in the order the catalog
 *     lists them ({@code ROW_FORMAT=COMPRESSED}, {@code KEY_BLOCK_SIZE=8}, {@code STATS_PERSISTENT=1}); empty
 *     where none was given (a table's default row format is not one)
 * @param keyOrder the names of the table's indexes in the order its database lists them
 *     (MariaDB's key order, that of SHOW CREATE TABLE), which a MySQL/MariaDB CREATE TABLE
 *     follows; empty where unknown. It says how the table prints, not what it is: it is left
 *     out of {@link #equals}, so an order is never a difference
 */
public record TableOptions(String engine, String charset, String collation, String suffix,
        List<String> createOptions, List<String> keyOrder) implements java.io.Serializable {

    public static final TableOptions NONE = new TableOptions(null, null, null, null);

    public TableOptions {
        createOptions = createOptions == null ? List.of() : List.copyOf(createOptions);
        keyOrder = keyOrder == null ? List.of() : List.copyOf(keyOrder);
    }

    /** Options without a key order. */
    public TableOptions(String engine, String charset, String collation, String suffix, List<String> createOptions) {
        this(engine, charset, collation, suffix, createOptions, List.of());
    }

    /** Options without MySQL/MariaDB create options. */
    public TableOptions(String engine, String charset, String collation, String suffix) {
        this(engine, charset, collation, suffix, List.of());
    }

    /** MySQL/MariaDB options. */
    public TableOptions(String engine, String charset, String collation) {
        this(engine, charset, collation, null);
    }

    /** These options with another character set and collation. */
    public TableOptions withCharset(String newCharset, String newCollation) {
        return new TableOptions(engine, newCharset, newCollation, suffix, createOptions, keyOrder);
    }

    /** These options with another key order. */
    public TableOptions withKeyOrder(List<String> newKeyOrder) {
        return new TableOptions(engine, charset, collation, suffix, createOptions, newKeyOrder);
    }

    /** Equal options: everything but the key order. */
    @Override
    public boolean equals(Object other) {
        return other instanceof TableOptions o && Objects.equals(engine, o.engine)
                && Objects.equals(charset, o.charset) && Objects.equals(collation, o.collation)
                && Objects.equals(suffix, o.suffix) && createOptions.equals(o.createOptions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(engine, charset, collation, suffix, createOptions);
    }
}
