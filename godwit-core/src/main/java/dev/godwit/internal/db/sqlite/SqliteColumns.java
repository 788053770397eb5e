package dev.godwit.internal.db.sqlite;

import dev.godwit.internal.render.Identifiers;
import dev.godwit.internal.render.SqlText;
import dev.godwit.schema.Column;
import dev.godwit.schema.Identity;
import dev.godwit.schema.PrimaryKey;
import dev.godwit.schema.Table;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * SQLite column definitions: {@code name type [PRIMARY KEY AUTOINCREMENT] [NOT NULL] [DEFAULT d]
 * [COLLATE c] [GENERATED ALWAYS AS (expr) VIRTUAL|STORED]}, and whether a new column can be added in
 * place ({@code ALTER TABLE … ADD COLUMN}) or needs the table rebuilt.
 */
final class SqliteColumns {

    private static final Pattern BARE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private SqliteColumns() {
    }

    /**
     * The primary key written on its column rather than as a table constraint: SQLite only
     * accepts AUTOINCREMENT there ({@code id INTEGER PRIMARY KEY AUTOINCREMENT}).
     */
    static boolean hasInlineKey(Table table) {
        PrimaryKey pk = table.primaryKey();
        return pk != null && pk.columns().size() == 1 && table.column(pk.columns().get(0))
                .map(c -> c.identity() == Identity.AUTO_INCREMENT).orElse(false);
    }

    static String definition(Identifiers ids, Column column, Table table) {
        StringBuilder sql = new StringBuilder(ids.quote(column.name())).append(' ').append(column.type().sql());
        if (hasInlineKey(table) && table.primaryKey().columns().get(0).equals(column.name())) {
            String name = table.primaryKey().name();
            sql.append(name == null ? "" : " CONSTRAINT " + ids.quote(name)).append(" PRIMARY KEY AUTOINCREMENT");
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        if (column.sqlDefault() != null && column.generated() == null) {
            sql.append(" DEFAULT ").append(column.sqlDefault());
        }
        if (column.collation() != null) {
            sql.append(" COLLATE ").append(collation(ids, column.collation()));
        }
        if (column.generated() != null) {
            sql.append(" GENERATED ALWAYS AS ").append(SqlText.enclosed(column.generated(), SqliteDialect.SPLITTER_OPTIONS))
                    .append(column.virtual() ? " VIRTUAL" : " STORED");
        }
        return sql.toString();
    }

    /** NOCASE, BINARY, RTRIM as written; other names quoted when they must be. */
    private static String collation(Identifiers ids, String name) {
        return BARE_NAME.matcher(name).matches() && !ids.isReserved(name.toLowerCase(Locale.ROOT)) ? name
                : ids.quote(name);
    }

    /**
     * Whether SQLite's ADD COLUMN takes this column: not a key (AUTOINCREMENT), not a stored
     * generated column, NOT NULL only with a non-NULL default, and a constant default (not
     * CURRENT_TIME/DATE/TIMESTAMP, not an expression in parentheses). A key, unique or foreign
     * key on the new column arrives as its own operation, which rebuilds the table anyway.
     */
    static boolean addableInPlace(Column column) {
        if (column.identity() == Identity.AUTO_INCREMENT) {
            return false;
        }
        if (column.generated() != null) {
            return column.virtual() && column.nullable();
        }
        String dflt = column.sqlDefault() == null ? null : column.sqlDefault().strip();
        if (dflt != null && dflt.equalsIgnoreCase("NULL")) {
            dflt = null;
        }
        if (!column.nullable() && dflt == null) {
            return false;
        }
        if (dflt == null) {
            return true;
        }
        String upper = dflt.toUpperCase(Locale.ROOT);
        return !(upper.equals("CURRENT_TIME") || upper.equals("CURRENT_DATE") || upper.equals("CURRENT_TIMESTAMP")
                || dflt.startsWith("("));
    }
}
