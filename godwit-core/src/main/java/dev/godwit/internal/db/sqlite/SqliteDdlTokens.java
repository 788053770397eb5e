package dev.godwit.internal.db.sqlite;

import dev.godwit.internal.script.SqlToken;
import dev.godwit.internal.script.SqlTokens;
import dev.godwit.internal.script.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The significant tokens of one SQLite DDL statement with the navigation the SQLite readers
 * share: matching parentheses, splitting a list at its top-level commas and cutting the
 * statement's own text between tokens (so expressions come back exactly as written).
 */
final class SqliteDdlTokens {

    private final String sql;
    private final List<SqlToken> tokens;

    private SqliteDdlTokens(String sql, List<SqlToken> tokens) {
        this.sql = sql;
        this.tokens = tokens;
    }

    static SqliteDdlTokens of(String sql) {
        String text = sql == null ? "" : sql;
        return new SqliteDdlTokens(text, SqlTokens.significant(text, SqliteDialect.SPLITTER_OPTIONS));
    }

    int size() {
        return tokens.size();
    }

    SqlToken get(int index) {
        return tokens.get(index);
    }

    /** True when {@code index} is a token that is the word {@code keyword} (any case). */
    boolean isWord(int index, String keyword) {
        return index >= 0 && index < tokens.size() && tokens.get(index).isWord(keyword);
    }

    boolean isSymbol(int index, char symbol) {
        return index >= 0 && index < tokens.size() && tokens.get(index).isSymbol(symbol);
    }

    /** The index of the first {@code (} at or after {@code from}, not inside parentheses, or -1. */
    int firstOpening(int from, int to) {
        for (int i = from; i <= to && i < tokens.size(); i++) {
            if (isSymbol(i, '(')) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index of the {@code )} that closes the {@code (} at {@code open}; the last token's index
     * when the text ends first (the catalog's DDL is well formed, so that is only a safety net).
     */
    int closing(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (isSymbol(i, '(')) {
                depth++;
            } else if (isSymbol(i, ')') && --depth == 0) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    /** The index after the token at {@code index}, skipping a whole parenthesised group when it opens one. */
    int skip(int index) {
        return isSymbol(index, '(') ? closing(index) + 1 : index + 1;
    }

    /** The ranges {@code [first, last]} of the items between {@code from} and {@code to}, split at top-level commas. */
    List<int[]> split(int from, int to) {
        List<int[]> items = new ArrayList<>();
        int start = from;
        int i = from;
        while (i <= to) {
            if (isSymbol(i, ',')) {
                if (i > start) {
                    items.add(new int[] {start, i - 1});
                }
                start = i + 1;
                i++;
            } else {
                i = skip(i);
            }
        }
        if (start <= to) {
            items.add(new int[] {start, to});
        }
        return items;
    }

    /** The statement's text from the start of token {@code first} to the end of token {@code last}, trimmed. */
    String text(int first, int last) {
        if (first > last || first >= tokens.size()) {
            return "";
        }
        return sql.substring(tokens.get(first).start(), tokens.get(Math.min(last, tokens.size() - 1)).end()).strip();
    }

    /** The statement's text from the start of token {@code first} to its end, trimmed. */
    String textFrom(int first) {
        return first >= tokens.size() ? "" : sql.substring(tokens.get(first).start()).strip();
    }

    /** The text inside the parentheses opened at {@code open}, trimmed, as written. */
    String inside(int open) {
        return text(open + 1, closing(open) - 1);
    }

    /** The name the token at {@code index} spells, its quotes removed. */
    String name(int index) {
        return index < tokens.size() ? unquote(tokens.get(index)) : "";
    }

    /** An identifier without its quotes ({@code "a""b"}, {@code [a]}, {@code `a`}, {@code 'a'}). */
    static String unquote(SqlToken token) {
        String text = token.text();
        if (token.kind() != TokenKind.QUOTED || text.length() < 2) {
            return text;
        }
        char open = text.charAt(0);
        String body = text.substring(1, text.length() - 1);
        if (open == '[') {
            return body;
        }
        String pair = String.valueOf(open) + open;
        return body.replace(pair, String.valueOf(open));
    }
}
