package dev.godwit.internal.script;

import java.util.Locale;

/**
 * A single-pass SQL tokenizer that knows only what is needed to find statement boundaries: white
 * space, comments, quoted text and words. Every character is looked at a bounded number of times,
 * so lexing is linear in the text length.
 *
 * <p>In strict mode an unterminated string, identifier, dollar quote or block comment throws a
 * {@link ScriptSyntaxException}. In tolerant mode (used for normalizing) it becomes a token that
 * runs to the end of the text, and any token whose extent another dialect would read differently
 * is flagged {@link #ambiguous()}.
 */
final class SqlLexer {
    private static final String DEFAULT_DELIMITER = ";";
    private static final int MAX_KEYWORD_LENGTH = 12;

    private final String text;
    private final SplitterOptions options;
    private final boolean tolerant;
    private final int length;
    private int pos;
    private int line;
    private String delimiter = DEFAULT_DELIMITER;

    private TokenKind kind;
    private int start;
    private int startLine;
    private boolean ambiguous;

    SqlLexer(String text, int firstLine, SplitterOptions options, boolean tolerant) {
        this.text = text;
        this.options = options;
        this.tolerant = tolerant;
        this.length = text.length();
        this.line = firstLine;
    }

    /** Advances to the next token; false at the end of the text. */
    boolean next() {
        if (pos >= length) {
            return false;
        }
        start = pos;
        startLine = line;
        ambiguous = false;
        advanceTo(scan());
        return true;
    }

    TokenKind kind() {
        return kind;
    }

    int start() {
        return start;
    }

    int end() {
        return pos;
    }

    /** The 1-based line on which the current token starts. */
    int line() {
        return startLine;
    }

    /** True when another dialect could end this token elsewhere (tolerant mode only). */
    boolean ambiguous() {
        return ambiguous;
    }

    String tokenText() {
        return text.substring(start, pos);
    }

    /** The current WORD in upper case when short enough to be a keyword, else "". */
    String upperWord() {
        if (kind != TokenKind.WORD || pos - start > MAX_KEYWORD_LENGTH) {
            return "";
        }
        return tokenText().toUpperCase(Locale.ROOT);
    }

    boolean customDelimiter() {
        return !DEFAULT_DELIMITER.equals(delimiter);
    }

    void setDelimiter(String newDelimiter) {
        delimiter = newDelimiter;
    }

    /** True when only spaces or tabs precede the current token on its line. */
    boolean tokenStartsLine() {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Consumes and returns the rest of the current line, without its line break. */
    String restOfLine() {
        int end = lineEnd(pos);
        String rest = text.substring(pos, end);
        advanceTo(end);
        return rest;
    }

    private int scan() {
        char c = text.charAt(pos);
        if (atDelimiter(pos)) {
            kind = TokenKind.DELIMITER;
            return pos + delimiter.length();
        }
        if (isSpace(c)) {
            kind = TokenKind.SPACE;
            int i = pos + 1;
            while (i < length && isSpace(text.charAt(i))) {
                i++;
            }
            return i;
        }
        if (c == '-' && charAt(pos + 1) == '-' && dashStartsComment()) {
            kind = TokenKind.COMMENT;
            return lineEnd(pos);
        }
        if (c == '#' && options.hashComments()) {
            kind = TokenKind.COMMENT;
            return lineEnd(pos);
        }
        if (c == '/' && charAt(pos + 1) == '*') {
            return blockComment();
        }
        if (c == '\'') {
            return quoted(pos, '\'', options.backslashEscapesInStrings(), "string literal");
        }
        if (c == '"') {
            String what = options.backslashEscapesInStrings() ? "double-quoted string" : "quoted identifier";
            return quoted(pos, '"', options.backslashEscapesInStrings(), what);
        }
        if (c == '`' && options.backtickIdentifiers()) {
            return quoted(pos, '`', false, "backtick-quoted identifier");
        }
        if (c == '[' && options.bracketIdentifiers()) {
            return bracketed();
        }
        if ((c == 'E' || c == 'e') && options.escapeStringPrefix() && charAt(pos + 1) == '\'') {
            return quoted(pos + 1, '\'', true, "escape string");
        }
        if (c == '$' && options.dollarQuotes()) {
            int end = dollarQuoted();
            if (end >= 0) {
                return end;
            }
            kind = TokenKind.SYMBOL;
            return pos + 1;
        }
        if (isWordChar(c)) {
            kind = TokenKind.WORD;
            int i = pos + 1;
            while (i < length && isWordChar(text.charAt(i)) && !atDelimiter(i)) {
                i++;
            }
            return i;
        }
        kind = TokenKind.SYMBOL;
        return pos + 1;
    }

    private boolean atDelimiter(int i) {
        if (!customDelimiter()) {
            return text.charAt(i) == ';';
        }
        return text.charAt(i) == delimiter.charAt(0) && text.startsWith(delimiter, i);
    }

    private boolean dashStartsComment() {
        if (!options.dashCommentNeedsSpace()) {
            return true;
        }
        return pos + 2 >= length || text.charAt(pos + 2) <= ' ';
    }

    private int blockComment() {
        boolean versioned = charAt(pos + 2) == '!' || (charAt(pos + 2) == 'M' && charAt(pos + 3) == '!');
        boolean kept = charAt(pos + 2) == '+' || (versioned && options.versionedComments());
        kind = kept ? TokenKind.KEPT_COMMENT : TokenKind.COMMENT;
        int depth = 1;
        int i = pos + 2;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '*' && charAt(i + 1) == '/') {
                i += 2;
                if (--depth == 0) {
                    return i;
                }
            } else if (c == '/' && charAt(i + 1) == '*') {
                if (options.nestedBlockComments()) {
                    depth++;
                } else {
                    ambiguous = true;
                }
                i += 2;
            } else {
                i++;
            }
        }
        return unterminated("block comment", "close it with */");
    }

    private int quoted(int quoteAt, char quote, boolean backslashEscapes, String what) {
        kind = TokenKind.QUOTED;
        int i = quoteAt + 1;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\\' && charAt(i + 1) == quote && !backslashEscapes && quote != '`') {
                ambiguous = true;
            }
            if (c == '\\' && backslashEscapes) {
                i += 2;
            } else if (c == quote) {
                if (charAt(i + 1) != quote) {
                    return i + 1;
                }
                i += 2;
            } else {
                i++;
            }
        }
        return unterminated(what, "close it with " + quote + " (write " + quote + quote
                + " for a " + quote + " inside it)");
    }

    private int bracketed() {
        kind = TokenKind.QUOTED;
        int close = text.indexOf(']', pos + 1);
        if (close >= 0) {
            return close + 1;
        }
        return unterminated("bracketed identifier", "close it with ]");
    }

    /** The end of a dollar-quoted body starting at pos, or -1 when pos starts no dollar quote. */
    private int dollarQuoted() {
        int i = pos + 1;
        if (i < length && isTagStart(text.charAt(i))) {
            i++;
            while (i < length && isTagPart(text.charAt(i))) {
                i++;
            }
        }
        if (i >= length || text.charAt(i) != '$') {
            return -1;
        }
        String tag = text.substring(pos, i + 1);
        kind = TokenKind.QUOTED;
        int close = text.indexOf(tag, i + 1);
        if (close >= 0) {
            return close + tag.length();
        }
        return unterminated("dollar-quoted string " + tag, "close it with " + tag);
    }

    private int unterminated(String what, String hint) {
        if (tolerant) {
            ambiguous = true;
            return length;
        }
        throw new ScriptSyntaxException(
                "unterminated " + what + " starting at line " + startLine, hint, startLine);
    }

    private int lineEnd(int from) {
        int i = from;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                break;
            }
            i++;
        }
        return i;
    }

    private void advanceTo(int end) {
        for (int i = pos; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && charAt(i + 1) != '\n')) {
                line++;
            }
        }
        pos = end;
    }

    private char charAt(int i) {
        return i < length ? text.charAt(i) : '\0';
    }

    static boolean isSpace(char c) {
        return c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    private static boolean isWordChar(char c) {
        return c == '_' || c == '$' || Character.isLetterOrDigit(c);
    }

    private static boolean isTagStart(char c) {
        return c == '_' || Character.isLetter(c);
    }

    private static boolean isTagPart(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
