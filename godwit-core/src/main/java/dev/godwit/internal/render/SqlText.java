package dev.godwit.internal.render;

import dev.godwit.internal.script.SplitterOptions;
import dev.godwit.internal.script.SqlTokens;

/**
 * Small pieces of SQL text the renderers share: string literals, and expressions put in
 * parentheses exactly once. The model holds expressions as the catalog prints them, sometimes
 * already in parentheses ({@code (price > 0)}) and sometimes not ({@code lower(email)}); the
 * statements need exactly one pair around them ({@code CHECK (…)}, {@code AS (…)}, an index's
 * expression key), so a second pair is added only when the text is not one parenthesised whole.
 */
public final class SqlText {

    private SqlText() {
    }

    /** A string literal in standard SQL: single quotes, inner quotes doubled. */
    public static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * A MySQL/MariaDB string literal: also doubles backslashes, which those servers read as an
     * escape character in the default SQL mode.
     */
    public static String mysqlLiteral(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** {@code (expression)}, or the expression itself when one pair of parentheses already holds all of it. */
    public static String enclosed(String expression, SplitterOptions syntax) {
        String text = expression.strip();
        return SqlTokens.isEnclosed(text, syntax) ? text : "(" + text + ")";
    }

    /**
     * True when the whole expression is one function call ({@code lower((email)::text)}), which
     * an index key may hold without parentheses of its own.
     */
    public static boolean isFunctionCall(String expression, SplitterOptions syntax) {
        String text = expression.strip();
        int open = text.indexOf('(');
        if (open <= 0 || !text.substring(0, open).strip().matches("[A-Za-z_][A-Za-z0-9_.]*")) {
            return false;
        }
        return SqlTokens.isEnclosed(text.substring(open), syntax);
    }

    /** A view's query without surrounding blanks or a final semicolon (PostgreSQL prints one). */
    public static String query(String definition) {
        String text = definition.strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        return text;
    }
}
