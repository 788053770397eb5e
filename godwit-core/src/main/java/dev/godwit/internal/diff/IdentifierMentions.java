package dev.godwit.internal.diff;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the identifiers a piece of SQL mentions (a view definition, a column type), so the
 * differ can tell which views read a table without parsing SQL: {@code "tickets"},
 * {@code `tickets`}, {@code tickets} and {@code public.Tickets} all mention {@code tickets}.
 *
 * <p>A name counts only as a whole token: {@code ticket_tags} and {@code tickets2} do not
 * mention {@code tickets}. Comparison ignores case, quoted or not. The search errs on the side
 * of mentioning: every word counts, even inside a string literal or a comment, because a false
 * mention only costs an unnecessary drop and re-create of a view, while a missed one makes the
 * revision fail. Quoting matters only for names that are not plain words ({@code "order lines"}),
 * which are read between their double quotes or backticks, skipping string literals and comments
 * so that a quote character inside them does not start a name.
 */
final class IdentifierMentions {

    private final Set<String> tokens;

    private IdentifierMentions(Set<String> tokens) {
        this.tokens = tokens;
    }

    /** The identifiers of {@code sql}, scanned once. */
    static IdentifierMentions of(String sql) {
        Set<String> tokens = new HashSet<>();
        words(sql, tokens);
        quotedNames(sql, tokens);
        return new IdentifierMentions(tokens);
    }

    /** True when {@code sql} mentions {@code name} as a whole identifier. */
    static boolean mentions(String sql, String name) {
        return of(sql).mentions(name);
    }

    boolean mentions(String name) {
        return tokens.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Every maximal run of letters, digits, {@code _} and {@code $}, wherever it is. */
    private static void words(String sql, Set<String> into) {
        int i = 0;
        int n = sql.length();
        while (i < n) {
            if (!isWordPart(sql.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isWordPart(sql.charAt(i))) {
                i++;
            }
            into.add(sql.substring(start, i).toLowerCase(Locale.ROOT));
        }
    }

    /** The text between double quotes or backticks (doubled quotes escape), outside literals and comments. */
    private static void quotedNames(String sql, Set<String> into) {
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'') {
                i = skipQuoted(sql, i, '\'', null);
            } else if (c == '"' || c == '`') {
                StringBuilder name = new StringBuilder();
                i = skipQuoted(sql, i, c, name);
                into.add(name.toString().toLowerCase(Locale.ROOT));
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                i++;
            }
        }
    }

    /** Skips the quoted run opening at {@code start}, collecting its text; returns the index after it. */
    private static int skipQuoted(String sql, int start, char quote, StringBuilder text) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    if (text != null) {
                        text.append(quote);
                    }
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            if (text != null) {
                text.append(c);
            }
            i++;
        }
        return i;
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
