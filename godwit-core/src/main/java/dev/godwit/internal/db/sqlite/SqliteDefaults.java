package dev.godwit.internal.db.sqlite;

import dev.godwit.internal.script.SqlToken;
import dev.godwit.internal.script.TokenKind;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes the default SQLite reports canonical, so that spellings SQLite treats alike compare equal
 * and the result is valid after {@code DEFAULT}. {@code pragma table_info}'s {@code dflt_value}
 * is the text as written, minus one pair of parentheses: {@code DEFAULT (datetime('now'))} reads
 * as {@code datetime('now')}, which is not valid after DEFAULT on its own. So:
 *
 * <ul>
 *   <li>{@code NULL} (and no default) → null;
 *   <li>outer parentheses are removed, then an expression that is not a literal gets exactly one
 *       pair back: {@code datetime('now')}, {@code (datetime('now'))} and {@code ((datetime('now')))}
 *       all read as {@code (datetime('now'))}; a literal keeps none ({@code ((0))} → {@code 0});
 *   <li>{@code current_timestamp}, {@code current_date}, {@code current_time} → upper case;
 *       {@code TRUE}/{@code FALSE} → {@code 1}/{@code 0} (SQLite's values for them);
 *   <li>a number loses a leading {@code +}; a quoted decimal number on a column with INTEGER, REAL
 *       or NUMERIC affinity becomes the bare number ({@code '0'} → {@code 0}), as SQLite stores it;
 *   <li>an integer on a column with TEXT affinity becomes the quoted text ({@code 0} →
 *       {@code '0'}), which is what SQLite stores; on a column with BLOB affinity (no type, or
 *       ANY in a STRICT table) {@code '0'} and {@code 0} stay different: one is text, the other
 *       an integer;
 *   <li>a double-quoted string (SQLite accepts one as a string here) → single quotes; a blob
 *       literal's {@code x} → {@code X}.
 * </ul>
 *
 * Everything else, expressions included, stays as written. This canonical form is what defaults
 * are compared by; {@link #spelling} is what is written back.
 */
final class SqliteDefaults {

    /** A decimal number as SQLite reads it from text (affinity conversion) and from SQL. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    /** A numeric literal in SQL: decimal or hexadecimal (hexadecimal text is not converted by affinity). */
    private static final Pattern NUMBER = Pattern.compile(DECIMAL.pattern() + "|[+-]?0[xX][0-9a-fA-F]+");

    /** An integer SQLite turns into the same text when it stores it in a TEXT column. */
    private static final Pattern INTEGER_TEXT = Pattern.compile("-?(0|[1-9][0-9]{0,17})");

    private SqliteDefaults() {
    }

    /**
     * The default as SQLite keeps it in the table's definition, made valid after {@code DEFAULT}:
     * {@code pragma table_info} gives the text as written minus one pair of parentheses, so a
     * literal ({@code '0'}, {@code -1}, {@code NULL}, {@code CURRENT_TIMESTAMP}, {@code X'00'})
     * is written back as it is, and anything else in one pair of parentheses; SQLite then reports
     * the same text again. Null when the column has no default.
     */
    static String spelling(String defaultValue) {
        if (defaultValue == null) {
            return null;
        }
        String text = defaultValue.strip();
        String upper = text.toUpperCase(Locale.ROOT);
        boolean literal = NUMBER.matcher(text).matches() || stringContent(text) != null || isBlob(text)
                || upper.equals("NULL") || upper.equals("TRUE") || upper.equals("FALSE")
                || upper.equals("CURRENT_TIMESTAMP") || upper.equals("CURRENT_DATE") || upper.equals("CURRENT_TIME");
        return literal ? text : "(" + text + ")";
    }

    static String canonical(String defaultValue, String declaredType, boolean strict) {
        if (defaultValue == null) {
            return null;
        }
        String text = unwrap(defaultValue.strip());
        String upper = text.toUpperCase(Locale.ROOT);
        switch (upper) {
            case "":
            case "NULL":
                return null;
            case "CURRENT_TIMESTAMP":
            case "CURRENT_DATE":
            case "CURRENT_TIME":
                return upper;
            case "TRUE":
                return "1";
            case "FALSE":
                return "0";
            default:
                break;
        }
        if (NUMBER.matcher(text).matches()) {
            String number = text.startsWith("+") ? text.substring(1) : text;
            boolean textAffinity = SqliteTypes.affinity(declaredType, strict) == SqliteTypes.Affinity.TEXT;
            return textAffinity && INTEGER_TEXT.matcher(number).matches() ? "'" + number + "'" : number;
        }
        String string = stringContent(text);
        if (string != null) {
            SqliteTypes.Affinity affinity = SqliteTypes.affinity(declaredType, strict);
            boolean numeric = affinity == SqliteTypes.Affinity.INTEGER || affinity == SqliteTypes.Affinity.REAL
                    || affinity == SqliteTypes.Affinity.NUMERIC;
            if (numeric && DECIMAL.matcher(string).matches()) {
                return string.startsWith("+") ? string.substring(1) : string;
            }
            return "'" + string.replace("'", "''") + "'";
        }
        if (isBlob(text)) {
            return "X" + text.substring(1);
        }
        return "(" + text + ")";
    }

    /** {@code text} without every pair of parentheses around all of it. */
    private static String unwrap(String text) {
        String current = text;
        while (wrapped(current)) {
            current = current.substring(1, current.length() - 1).strip();
        }
        return current;
    }

    /** True when the whole text is one parenthesised group. */
    private static boolean wrapped(String text) {
        SqliteDdlTokens tokens = SqliteDdlTokens.of(text);
        return tokens.size() >= 2 && tokens.isSymbol(0, '(') && tokens.closing(0) == tokens.size() - 1
                && tokens.isSymbol(tokens.size() - 1, ')');
    }

    /** The value of a text that is exactly one quoted string ('…' or "…"), or null. */
    private static String stringContent(String text) {
        SqliteDdlTokens tokens = SqliteDdlTokens.of(text);
        if (tokens.size() != 1 || tokens.get(0).kind() != TokenKind.QUOTED) {
            return null;
        }
        SqlToken token = tokens.get(0);
        char quote = token.text().charAt(0);
        if ((quote != '\'' && quote != '"') || token.text().length() < 2
                || token.text().charAt(token.text().length() - 1) != quote) {
            return null;
        }
        return SqliteDdlTokens.unquote(token);
    }

    private static boolean isBlob(String text) {
        SqliteDdlTokens tokens = SqliteDdlTokens.of(text);
        return tokens.size() == 2 && (tokens.isWord(0, "x")) && tokens.get(0).end() == tokens.get(1).start()
                && tokens.get(1).text().startsWith("'");
    }
}
