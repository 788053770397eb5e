package dev.godwit.schema;

/**
 * MySQL/MariaDB storage options of a table; all null on other databases.
 *
 * @param engine the storage engine as the catalog spells it (InnoDB), or null
 * @param charset the table's default character set (utf8mb4), or null
 * @param collation the table's default collation (utf8mb4_general_ci), or null
 */
public record TableOptions(String engine, String charset, String collation) implements java.io.Serializable {

    public static final TableOptions NONE = new TableOptions(null, null, null);
}
