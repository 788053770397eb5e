package dev.godwit.internal.script;

import java.util.ArrayList;
import java.util.List;

/**
 * The project's SQL lexer for readers outside this package: the schema inspectors read DDL the
 * database printed back (SQLite keeps each CREATE statement as written) with the same tokenizer
 * that splits revision files, so quoting and comments are understood one way everywhere.
 */
public final class SqlTokens {

    private SqlTokens() {
    }

    /**
     * The tokens of {@code sql} without white space and comments, lexed with {@code options}.
     * Lexing is tolerant: an unterminated quote or comment becomes one token running to the end.
     */
    public static List<SqlToken> significant(String sql, SplitterOptions options) {
        SqlLexer lexer = new SqlLexer(sql, 1, options, true);
        List<SqlToken> tokens = new ArrayList<>();
        while (lexer.next()) {
            TokenKind tokenKind = lexer.kind();
            if (tokenKind != TokenKind.SPACE && tokenKind != TokenKind.COMMENT) {
                tokens.add(new SqlToken(tokenKind, lexer.tokenText(), lexer.start(), lexer.end()));
            }
        }
        return tokens;
    }

    /**
     * True when {@code sql} is one parenthesised group, lexed with {@code options}: its first
     * significant token is {@code (} and the {@code )} that closes it is its last. Parentheses in
     * strings, quoted names and comments do not count.
     */
    public static boolean isEnclosed(String sql, SplitterOptions options) {
        List<SqlToken> tokens = significant(sql, options);
        int last = tokens.size() - 1;
        if (last < 1 || !isSymbol(tokens.get(0), "(") || !isSymbol(tokens.get(last), ")")) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i <= last; i++) {
            SqlToken token = tokens.get(i);
            if (isSymbol(token, "(")) {
                depth++;
            } else if (isSymbol(token, ")")) {
                depth--;
                if (depth == 0 && i < last) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    private static boolean isSymbol(SqlToken token, String symbol) {
        return token.kind() == TokenKind.SYMBOL && token.text().equals(symbol);
    }
}
