package dev.godwit.internal.db.mysql;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns {@code COLUMNS.COLUMN_DEFAULT} and the {@code ON UPDATE} part of {@code EXTRA} into the
 * model's canonical SQL expressions, which a renderer writes after {@code DEFAULT} as they are.
 *
 * <p>MariaDB (10.2.7+) already stores an expression: string literals quoted, numbers bare,
 * {@code current_timestamp()}, parenthesised expressions, and the text {@code NULL} for an
 * explicit {@code DEFAULT NULL}. MySQL 8 stores the bare literal ({@code open} for
 * {@code DEFAULT 'open'}), SQL NULL for no default, and marks expressions with
 * {@code DEFAULT_GENERATED} in {@code EXTRA} (written back in parentheses, as MySQL requires).
 * On both, {@code now()}, {@code current_timestamp}, {@code current_timestamp()} and their
 * synonyms read as {@code CURRENT_TIMESTAMP}, with a precision kept as {@code CURRENT_TIMESTAMP(6)}.
 */
final class MysqlDefaults {

    private static final Pattern NOW = Pattern.compile(
            "(?i)(?:current_timestamp|now|localtimestamp|localtime)\\s*(?:\\(\\s*(\\d*)\\s*\\))?");
    private static final Pattern ON_UPDATE = Pattern.compile(
            "(?i)\\bon\\s+update\\s+([a-z_]+\\s*(?:\\(\\s*\\d*\\s*\\))?)");
    private static final Set<String> NUMERIC = Set.of("tinyint", "smallint", "mediumint", "int", "integer",
            "bigint", "decimal", "numeric", "dec", "fixed", "float", "double", "real", "bit", "year", "bool",
            "boolean");
    private static final Pattern HEX_OR_BIT = Pattern.compile("(?i)0x[0-9a-f]*|b'[01]*'|x'[0-9a-f]*'");

    private MysqlDefaults() {
    }

    /**
     * The canonical default of a column, or null when it has none.
     *
     * @param raw {@code COLUMN_DEFAULT} as read
     * @param extra {@code EXTRA} (MySQL's {@code DEFAULT_GENERATED} marks an expression)
     * @param dataType {@code DATA_TYPE}, the type name without arguments
     */
    static String columnDefault(MysqlFlavor flavor, String raw, String extra, String dataType) {
        if (raw == null) {
            return null;
        }
        String now = currentTimestamp(raw);
        if (now != null) {
            return now;
        }
        if (flavor.mariadb()) {
            return raw.strip().equalsIgnoreCase("NULL") ? null : raw;
        }
        if (extra != null && extra.toUpperCase(Locale.ROOT).contains("DEFAULT_GENERATED")) {
            return "(" + raw + ")";
        }
        return mysqlLiteral(raw, dataType);
    }

    /** The normalised {@code ON UPDATE} expression in {@code EXTRA}, or null. */
    static String onUpdate(String extra) {
        if (extra == null) {
            return null;
        }
        Matcher m = ON_UPDATE.matcher(extra);
        if (!m.find()) {
            return null;
        }
        String now = currentTimestamp(m.group(1));
        return now != null ? now : m.group(1);
    }

    /** {@code CURRENT_TIMESTAMP} or {@code CURRENT_TIMESTAMP(n)} when {@code text} is that function, else null. */
    static String currentTimestamp(String text) {
        Matcher m = NOW.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        String precision = m.group(1);
        if (precision == null || precision.isEmpty() || Integer.parseInt(precision) == 0) {
            return "CURRENT_TIMESTAMP";
        }
        return "CURRENT_TIMESTAMP(" + Integer.parseInt(precision) + ")";
    }

    /** MySQL's bare literal as SQL: numbers and bit/hex values stay bare, everything else is quoted. */
    private static String mysqlLiteral(String raw, String dataType) {
        String type = dataType == null ? "" : dataType.strip().toLowerCase(Locale.ROOT);
        if (NUMERIC.contains(type) || HEX_OR_BIT.matcher(raw.strip()).matches() && !isText(type)) {
            return raw;
        }
        return "'" + raw.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static boolean isText(String type) {
        return type.endsWith("char") || type.endsWith("text") || type.equals("enum") || type.equals("set");
    }
}
