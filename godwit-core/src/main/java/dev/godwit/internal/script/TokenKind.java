package dev.godwit.internal.script;

/** The kinds of token {@link SqlLexer} produces; only their boundaries matter for splitting. */
public enum TokenKind {
    /** A run of white space. */
    SPACE,
    /** A comment that carries no SQL: a line comment or a plain block comment. */
    COMMENT,
    /** A block comment that means something: MySQL versioned {@code /*!} or a {@code /*+} hint. */
    KEPT_COMMENT,
    /** A keyword, identifier or number: letters, digits, {@code _} and {@code $}. */
    WORD,
    /** A string literal, quoted identifier or dollar-quoted body, quotes included. */
    QUOTED,
    /** Any other single character. */
    SYMBOL,
    /** The current statement terminator ({@code ;} or the one set by DELIMITER). */
    DELIMITER
}
