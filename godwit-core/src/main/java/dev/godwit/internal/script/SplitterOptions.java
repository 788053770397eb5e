package dev.godwit.internal.script;

/**
 * What the SQL lexer of one dialect must know to find statement boundaries: which quoting,
 * comment and block forms exist. Each database's dialect gives its own
 * ({@code Dialect.splitterOptions()}); the flags are public so tests and unusual setups can build their
 * own combination.
 *
 * @param dollarQuotes PostgreSQL {@code $$ … $$} and {@code $tag$ … $tag$} bodies
 * @param backslashEscapesInStrings a backslash escapes the next character in {@code '…'} and
 *     {@code "…"} (MySQL)
 * @param escapeStringPrefix {@code E'…'} strings with backslash escapes (PostgreSQL)
 * @param backtickIdentifiers {@code `name`} identifiers with {@code ``} doubling
 * @param bracketIdentifiers {@code [name]} identifiers (SQLite)
 * @param hashComments {@code #} starts a line comment (MySQL)
 * @param nestedBlockComments block comments nest: an inner comment opener needs its own closer
 *     (PostgreSQL)
 * @param dashCommentNeedsSpace {@code --} is a comment only when followed by white space or a
 *     control character (MySQL: {@code 5--1} is arithmetic)
 * @param versionedComments a block comment opened with {@code /*!} is executable SQL and counts as
 *     part of the statement (MySQL)
 * @param beginEndBlocks {@code ;} inside {@code BEGIN … END} bodies of CREATE TRIGGER / PROCEDURE /
 *     FUNCTION / EVENT statements does not end the statement
 * @param delimiterCommand the client command {@code DELIMITER xx} changes the terminator (MySQL)
 */
public record SplitterOptions(
        boolean dollarQuotes,
        boolean backslashEscapesInStrings,
        boolean escapeStringPrefix,
        boolean backtickIdentifiers,
        boolean bracketIdentifiers,
        boolean hashComments,
        boolean nestedBlockComments,
        boolean dashCommentNeedsSpace,
        boolean versionedComments,
        boolean beginEndBlocks,
        boolean delimiterCommand) {

    /**
     * Dialect-free lexing for {@link Statement#normalized()}: every form that cannot be mistaken
     * for code of another dialect. Ambiguous spots are handled by the lexer's tolerant mode.
     */
    private static final SplitterOptions NEUTRAL =
            new SplitterOptions(true, false, true, true, false, false, false, false, true, false, false);

    /** Options used when the dialect is unknown (normalizing a statement for its checksum). */
    static SplitterOptions neutral() {
        return NEUTRAL;
    }
}
