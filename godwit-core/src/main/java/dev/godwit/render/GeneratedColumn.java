package dev.godwit.render;

import java.util.Locale;

/**
 * A generated column's expression and how it is kept. The model holds one text,
 * {@link dev.godwit.schema.Column#generated()}; an inspector that knows the storage (MySQL,
 * MariaDB, SQLite have both kinds) marks it with a trailing {@code STORED} (or MariaDB's
 * {@code PERSISTENT}) or {@code VIRTUAL} after the expression, which this splits off. Without a
 * mark the storage is unknown, and each dialect picks its default (PostgreSQL only has stored
 * columns; MySQL, MariaDB and SQLite default to virtual).
 *
 * @param expression the expression without the storage word
 * @param stored true when marked stored, false when marked virtual, null when not marked
 */
record GeneratedColumn(String expression, Boolean stored) {

    static GeneratedColumn parse(String generated) {
        String text = generated.strip();
        String upper = text.toUpperCase(Locale.ROOT);
        for (String word : new String[] {"STORED", "PERSISTENT", "VIRTUAL"}) {
            if (upper.endsWith(word) && text.length() > word.length()) {
                String rest = text.substring(0, text.length() - word.length());
                if (Character.isWhitespace(rest.charAt(rest.length() - 1)) || rest.endsWith(")")) {
                    String expression = rest.strip();
                    if (!expression.isEmpty() && isWholeExpression(expression)) {
                        return new GeneratedColumn(expression, !word.equals("VIRTUAL"));
                    }
                }
            }
        }
        return new GeneratedColumn(text, null);
    }

    boolean isStored() {
        return Boolean.TRUE.equals(stored);
    }

    /** The expression in one pair of parentheses, as {@code AS (…)} needs it. */
    String enclosed() {
        return SqlText.enclosed(expression);
    }

    /**
     * Guards against taking a column named {@code stored} at the end of an expression for the
     * mark: the mark follows a complete expression, so what precedes it must not end in an
     * operator or a comma.
     */
    private static boolean isWholeExpression(String expression) {
        char last = expression.charAt(expression.length() - 1);
        return Character.isLetterOrDigit(last) || last == ')' || last == '\'' || last == '"' || last == '`'
                || last == '_';
    }
}
