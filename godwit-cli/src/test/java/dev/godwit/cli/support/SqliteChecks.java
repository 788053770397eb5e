package dev.godwit.cli.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CHECK constraints of a SQLite table, taken from the text SQLite keeps for it
 * ({@code sqlite_master.sql}): no PRAGMA shows them. Each is {@code check [name: ]expr}, where the
 * condition has its blanks, identifier quotes and comments taken out and keywords lower-cased
 * (string literals kept), so that two spellings of one condition compare equal and a lost or
 * changed check does not. Column and table checks are listed alike, sorted: SQLite treats them the
 * same.
 */
final class SqliteChecks {

    private SqliteChecks() {
    }

    static List<String> of(String createTable) {
        List<String> tokens = tokens(createTable);
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).equalsIgnoreCase("check") && tokens.get(i + 1).equals("(")) {
                String name = i >= 2 && tokens.get(i - 2).equalsIgnoreCase("constraint") ? tokens.get(i - 1) : null;
                StringBuilder expression = new StringBuilder();
                int depth = 0;
                int j = i + 1;
                do {
                    String token = tokens.get(j);
                    depth += token.equals("(") ? 1 : token.equals(")") ? -1 : 0;
                    expression.append(token.startsWith("'") ? token : token.toLowerCase(Locale.ROOT));
                    j++;
                } while (depth > 0 && j < tokens.size());
                out.add("  check " + (name == null ? "" : name + ": ") + expression);
                i = j - 1;
            }
        }
        out.sort(null);
        return out;
    }

    /** Words, string literals (quotes kept), identifiers (quotes taken off) and single characters. */
    static List<String> tokens(String sql) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
            } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
                int end = closing(sql, i);
                String text = sql.substring(i, Math.min(end + 1, sql.length()));
                tokens.add(c == '\'' ? text : text.substring(1, Math.max(1, text.length() - 1)));
                i = end + 1;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
                int end = i;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '$' || sql.charAt(end) == '.')) {
                    end++;
                }
                tokens.add(sql.substring(i, end));
                i = end;
            } else {
                tokens.add(String.valueOf(c));
                i++;
            }
        }
        return tokens;
    }

    /** The index of the quote that closes the literal or identifier opened at {@code start} (a doubled quote is part of it). */
    private static int closing(String sql, int start) {
        char close = sql.charAt(start) == '[' ? ']' : sql.charAt(start);
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) != close) {
                i++;
            } else if (close != ']' && i + 1 < sql.length() && sql.charAt(i + 1) == close) {
                i += 2;
            } else {
                return i;
            }
        }
        return sql.length();
    }
}
