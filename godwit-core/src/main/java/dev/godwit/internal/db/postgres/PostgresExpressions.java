package dev.godwit.internal.db.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes an expression PostgreSQL printed (a check, an index key or predicate, a default, a
 * generated column, a view) safe to send back, so that PostgreSQL prints it the same way again.
 *
 * <p>Most deparsed text re-parses to itself. One form does not: {@code status IN ('a', 'b')} on a
 * {@code varchar} column prints as
 * {@code status::text = ANY (ARRAY['a'::character varying, 'b'::character varying]::text[])}
 * (with more parentheses when not pretty-printed), an array of varchar converted as a whole to
 * {@code text[]}. Sent back as it is, PostgreSQL pushes the outer cast into the {@code ARRAY[…]}
 * constructor and prints {@code ARRAY['a'::character varying::text, …]} instead, so the model and
 * the database would never compare equal. Casting the constructor to its own element type first
 * ({@code ARRAY[…]::character varying[]::text[]}) keeps the conversion of the whole array, and
 * PostgreSQL prints the original text again.
 */
final class PostgresExpressions {

    /** One element as PostgreSQL prints a typed literal: {@code 'text'::type}. */
    private static final Pattern TYPED_LITERAL = Pattern.compile("'(?:[^']|'')*'::(.+)", Pattern.DOTALL);
    /** A type name as the deparser prints it before {@code []}. */
    private static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z_\"][A-Za-z0-9_ .\"(),]*");

    private PostgresExpressions() {
    }

    /** {@code expression} in a form PostgreSQL re-parses to the same deparsed text; null stays null. */
    static String reparseable(String expression) {
        if (expression == null || !expression.contains("ARRAY[")) {
            return expression;
        }
        StringBuilder out = new StringBuilder(expression.length() + 32);
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (c == '\'' || c == '"') {
                int end = quoteEnd(expression, i);
                out.append(expression, i, end);
                i = end;
            } else if (startsArray(expression, i)) {
                int end = arrayCastEnd(expression, i);
                if (end < 0) {
                    out.append(c);
                    i++;
                } else {
                    out.append(rewrite(expression.substring(i, end)));
                    i = end;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * The end of {@code ARRAY[…]::type[]} or {@code (ARRAY[…])::type[]} starting at {@code start}, or -1 when the text there is
     * not that form.
     */
    private static int arrayCastEnd(String text, int start) {
        int close = constructorEnd(text, start);
        if (close < 0 || !text.startsWith("::", close)) {
            return -1;
        }
        int typeStart = close + 2;
        int brackets = text.indexOf("[]", typeStart);
        if (brackets < 0 || !TYPE_NAME.matcher(text.substring(typeStart, brackets)).matches()) {
            return -1;
        }
        return brackets + 2;
    }

    /**
     * {@code ARRAY[e1, e2]::t[]} as {@code ARRAY[e1, e2]::e[]::t[]} (and the same with the
     * constructor in parentheses) when every element is an {@code e} literal.
     */
    private static String rewrite(String cast) {
        int close = constructorEnd(cast, 0);
        String target = cast.substring(close + 2, cast.length() - 2);
        int open = cast.indexOf('[');
        int bracket = matching(cast, open, '[', ']');
        String element = null;
        for (String item : elements(cast.substring(open + 1, bracket))) {
            java.util.regex.Matcher typed = TYPED_LITERAL.matcher(item.strip());
            if (!typed.matches() || element != null && !element.equals(typed.group(1))) {
                return cast;
            }
            element = typed.group(1);
        }
        if (element == null || element.equals(target) || !TYPE_NAME.matcher(element).matches()) {
            return cast;
        }
        return cast.substring(0, close) + "::" + element + "[]::" + target + "[]";
    }

    /** True when an {@code ARRAY[} constructor, alone or in parentheses, starts at {@code i}. */
    private static boolean startsArray(String text, int i) {
        int at = text.startsWith("(ARRAY[", i) ? i + 1 : i;
        return text.startsWith("ARRAY[", at) && startsToken(text, i);
    }

    /**
     * The index just after the constructor starting at {@code start}: after its {@code ]}, or
     * after the {@code )} closing the parentheses it is in; -1 when it does not end there.
     */
    private static int constructorEnd(String text, int start) {
        boolean parenthesised = text.charAt(start) == '(';
        int close = matching(text, text.indexOf('[', start), '[', ']');
        if (close < 0) {
            return -1;
        }
        if (!parenthesised) {
            return close + 1;
        }
        return close + 1 < text.length() && text.charAt(close + 1) == ')' ? close + 2 : -1;
    }

    /** The comma-separated items of a list, split at the top level only. */
    private static List<String> elements(String list) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '\'' || c == '"') {
                i = quoteEnd(list, i) - 1;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                items.add(list.substring(from, i));
                from = i + 1;
            }
        }
        items.add(list.substring(from));
        return items;
    }

    /** The index of the bracket closing the one at {@code open}, or -1. */
    private static int matching(String text, int open, char opening, char closing) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = quoteEnd(text, i) - 1;
            } else if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index just after the quoted text starting at {@code start} (a doubled quote stays inside). */
    private static int quoteEnd(String text, int start) {
        char quote = text.charAt(start);
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }

    private static boolean startsToken(String text, int i) {
        return i == 0 || !(Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '_');
    }
}
