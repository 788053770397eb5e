package dev.godwit.script;

import dev.godwit.dialect.DialectKind;
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
     * The tokens of {@code sql} without white space and comments, lexed with {@code kind}'s rules.
     * Lexing is tolerant: an unterminated quote or comment becomes one token running to the end.
     */
    public static List<SqlToken> significant(String sql, DialectKind kind) {
        SqlLexer lexer = new SqlLexer(sql, 1, SplitterOptions.forDialect(kind), true);
        List<SqlToken> tokens = new ArrayList<>();
        while (lexer.next()) {
            TokenKind tokenKind = lexer.kind();
            if (tokenKind != TokenKind.SPACE && tokenKind != TokenKind.COMMENT) {
                tokens.add(new SqlToken(tokenKind, lexer.tokenText(), lexer.start(), lexer.end()));
            }
        }
        return tokens;
    }
}
