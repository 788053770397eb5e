package dev.godwit.internal.script;

/**
 * Produces the canonical form of a statement used for checksums (see {@link
 * Statement#normalized()}): lexes it without knowing the dialect, drops comments, collapses white
 * space between word-like tokens (and drops it next to punctuation) and writes quoted text verbatim with line breaks as LF.
 */
final class SqlNormalizer {
    private SqlNormalizer() {}

    static String normalize(String sql) {
        SqlLexer lexer = new SqlLexer(sql, 1, SplitterOptions.neutral(), true);
        StringBuilder out = new StringBuilder(sql.length());
        boolean cr = sql.indexOf('\r') >= 0;
        boolean space = false;
        while (lexer.next()) {
            TokenKind kind = lexer.kind();
            if (!lexer.ambiguous() && (kind == TokenKind.SPACE || kind == TokenKind.COMMENT)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                // White space only separates two word-like tokens; next to punctuation it means nothing.
                if (lexer.ambiguous()
                        || (wordLike(out.charAt(out.length() - 1)) && wordLike(sql.charAt(lexer.start())))) {
                    out.append(' ');
                }
                space = false;
            }
            if (lexer.ambiguous()) {
                // another dialect would end this token elsewhere: keep everything from here on
                appendWithLf(out, sql, lexer.start(), sql.length(), cr);
                return out.toString().stripTrailing();
            }
            appendWithLf(out, sql, lexer.start(), lexer.end(), cr);
        }
        return out.toString();
    }

    static boolean wordLike(char c) {
        // Quotes, comment and operator characters keep their space too, so that a kept hint comment,
        // `a - -1` or `E 'x'` never reads as another token.
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '\'' || c == '"' || c == '`' || c == '['
                || c == ']' || c == '/' || c == '*' || c == '#' || c == '-' || c > 127;
    }

    /** {@code text} on one line: every run of white space (anywhere) becomes one space; trimmed. */
    static String collapseWhiteSpace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SqlLexer.isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Appends {@code text[from, to)} with CRLF and CR as LF; {@code cr}: whether {@code text} has a CR at all. */
    private static void appendWithLf(StringBuilder out, String text, int from, int to, boolean cr) {
        if (!cr) {
            out.append(text, from, to); // the usual case, copied at once
            return;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < to && text.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            out.append(c);
        }
    }
}
