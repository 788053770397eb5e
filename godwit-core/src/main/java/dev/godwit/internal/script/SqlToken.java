package dev.godwit.internal.script;

import java.util.Locale;

/**
 * One significant token of a statement as {@link SqlTokens} returns it: its kind, its text and
 * where it stands in the statement ({@code start} inclusive, {@code end} exclusive), so that a
 * reader can cut the statement's own text between two tokens, comments and spacing as written.
 */
public record SqlToken(TokenKind kind, String text, int start, int end) {

    /** True for a WORD token equal to {@code keyword}, ignoring case. */
    public boolean isWord(String keyword) {
        return kind == TokenKind.WORD && text.equalsIgnoreCase(keyword);
    }

    /** True for the one-character SYMBOL {@code symbol}. */
    public boolean isSymbol(char symbol) {
        return kind == TokenKind.SYMBOL && text.length() == 1 && text.charAt(0) == symbol;
    }

    /** The text in upper case (for keyword comparisons). */
    public String upper() {
        return text.toUpperCase(Locale.ROOT);
    }
}
