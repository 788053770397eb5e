package dev.godwit.schema;

/**
 * Storage options of a table, as its database has them; all null where it has none.
 *
 * @param engine the MySQL/MariaDB storage engine as the catalog spells it (InnoDB), or null
 * @param charset the MySQL/MariaDB table's default character set (utf8mb4), or null
 * @param collation the MySQL/MariaDB table's default collation (utf8mb4_general_ci), or null
 * @param suffix SQLite's table options after the closing parenthesis, canonically spelled
 *     ({@code WITHOUT ROWID}, {@code STRICT}, {@code WITHOUT ROWID, STRICT}), or null
 */
public record TableOptions(String engine, String charset, String collation, String suffix)
        implements java.io.Serializable {

    public static final TableOptions NONE = new TableOptions(null, null, null, null);

    /** MySQL/MariaDB options. */
    public TableOptions(String engine, String charset, String collation) {
        this(engine, charset, collation, null);
    }
}
