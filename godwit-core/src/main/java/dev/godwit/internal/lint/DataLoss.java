package dev.godwit.internal.lint;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises statements that drop or lose data (DROP TABLE, DROP COLUMN, TRUNCATE, DELETE, a column
 * type change…), so a protected environment can show them before anything runs. It reads the
 * statement's normalised text; it says what is at risk, not whether the change is wrong.
 */
public final class DataLoss {
    private static final Pattern DROP_OBJECT = Pattern.compile(
            "^DROP\\s+(TABLE|SCHEMA|DATABASE|VIEW|MATERIALIZED\\s+VIEW|SEQUENCE|TYPE)\\b(?:\\s+IF\\s+EXISTS)?\\s+([^\\s;]+)");
    private static final Pattern DROP_COLUMN = Pattern.compile(
            "^ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?([^\\s]+).*\\bDROP\\s+(?:COLUMN\\s+)?(?:IF\\s+EXISTS\\s+)?"
                    + "(?!CONSTRAINT|INDEX|KEY|PRIMARY|FOREIGN|CHECK|DEFAULT|NOT\\b)([^\\s,;]+)");
    private static final Pattern ALTER_TYPE = Pattern.compile(
            "^ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?([^\\s]+).*\\b(ALTER\\s+(?:COLUMN\\s+)?[^\\s]+\\s+(?:SET\\s+DATA\\s+)?TYPE|MODIFY\\s+(?:COLUMN\\s+)?|CHANGE\\s+(?:COLUMN\\s+)?)");
    private static final Pattern TRUNCATE = Pattern.compile("^TRUNCATE\\s+(?:TABLE\\s+)?([^\\s;]+)");
    private static final Pattern DELETE = Pattern.compile("^DELETE\\s+FROM\\s+([^\\s;]+)");

    private DataLoss() {
    }

    /** What the statement loses, in a few words, or null when it loses no data. */
    public static String describe(String normalizedSql) {
        String sql = normalizedSql.strip();
        String upper = sql.toUpperCase(Locale.ROOT);
        Matcher m = DROP_OBJECT.matcher(upper);
        if (m.find()) {
            String kind = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            return "drops " + kind + " " + original(sql, m.start(2), m.end(2)) + " and everything in it";
        }
        m = DROP_COLUMN.matcher(upper);
        if (m.find()) {
            return "drops column " + original(sql, m.start(2), m.end(2)) + " of " + original(sql, m.start(1), m.end(1))
                    + " with its data";
        }
        m = TRUNCATE.matcher(upper);
        if (m.find()) {
            return "empties " + original(sql, m.start(1), m.end(1));
        }
        m = DELETE.matcher(upper);
        if (m.find()) {
            return (upper.contains(" WHERE ") ? "deletes rows of " : "deletes every row of ")
                    + original(sql, m.start(1), m.end(1));
        }
        m = ALTER_TYPE.matcher(upper);
        if (m.find()) {
            return "changes a column type of " + original(sql, m.start(1), m.end(1)) + " (values may be truncated or lost)";
        }
        return null;
    }

    private static String original(String sql, int start, int end) {
        return sql.substring(start, end);
    }
}
