package dev.godwit.internal.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cuts a SQL script into statements the way the dialect's own client would: at each terminator
 * ({@code ;} or the one set by MySQL's {@code DELIMITER}) that is outside quotes, comments,
 * dollar-quoted bodies and routine {@code BEGIN … END} blocks. Runs in linear time.
 *
 * <p>Under a {@code DELIMITER} of its own, the text up to the delimiter is what the mysql client
 * sends the server as one request, and the server runs the statements in it one after the other
 * ({@code DROP PROCEDURE IF EXISTS p; CREATE PROCEDURE p() BEGIN …; END$$}); so such a chunk is cut
 * at each {@code ;} outside a routine's {@code BEGIN … END} too, and each statement is run on its
 * own. The checksum of a revision does not change: the chunk's tokens are written as before.
 *
 * <p>Each statement's text starts at its first significant token and ends at its last one, so
 * comments before it, white space and the terminator are not part of it; comments inside it are.
 * A fragment holding only comments and white space is not a statement.
 */
public final class StatementSplitter {
    private final String text;
    private final SplitterOptions options;
    private final SqlLexer lexer;
    private final RoutineDetector routine = new RoutineDetector();
    private final BlockTracker blocks = new BlockTracker();
    private final List<Statement> statements = new ArrayList<>();
    /** Where the statements' tokens are written for a checksum (see {@link #split(String, int, SplitterOptions, StringBuilder)}); may be null. */
    private final StringBuilder tokens;
    /** Whether the text has a CR at all: only then does a token's text need its line breaks rewritten. */
    private final boolean hasCarriageReturn;
    /** Whether a statement ended since the checksum's last separator. */
    private boolean unmarked;
    private int statementStart = -1;
    private int statementEnd;
    private int statementLine;

    private StatementSplitter(String text, int firstLine, SplitterOptions options, StringBuilder tokens) {
        this.text = text;
        this.options = options;
        this.lexer = new SqlLexer(text, firstLine, options, false);
        this.tokens = tokens;
        this.hasCarriageReturn = tokens != null && text.indexOf('\r') >= 0;
    }

    /**
     * Splits {@code text}, whose first line is line {@code firstLine} of its file.
     *
     * @throws ScriptSyntaxException for an unterminated string, quoted identifier, dollar quote,
     *     block comment or routine block, naming the line where it started
     */
    public static List<Statement> split(String text, int firstLine, SplitterOptions options) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(options, "options");
        return new StatementSplitter(text, firstLine, options, null).run();
    }

    /**
     * Splits like {@link #split(String, int, SplitterOptions)} and, in the same pass, appends to
     * {@code tokens} what a checksum of the statements is taken over: each statement's tokens as
     * this dialect reads them, without comments and white space, each written {@code <length>:<text>}
     * (line breaks inside a token as LF), and {@code |} after each statement. The client's
     * {@code DELIMITER} lines and the terminators between statements are left out.
     */
    public static List<Statement> split(String text, int firstLine, SplitterOptions options, StringBuilder tokens) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(tokens, "tokens");
        return new StatementSplitter(text, firstLine, options, tokens).run();
    }

    private List<Statement> run() {
        while (lexer.next()) {
            switch (lexer.kind()) {
                case SPACE:
                case COMMENT:
                    break;
                case DELIMITER:
                    onDelimiter();
                    break;
                default:
                    onSignificant();
                    break;
            }
        }
        blocks.finish();
        if (blocks.depth() > 0 && !lexer.customDelimiter()) {
            throw blocks.unterminated();
        }
        flush();
        return List.copyOf(statements);
    }

    private void onDelimiter() {
        if (lexer.customDelimiter() || !tracksBlocks()) {
            flush();
            return;
        }
        blocks.accept(TokenKind.DELIMITER, ";", lexer.line());
        if (blocks.depth() == 0) {
            flush();
        } else {
            statementEnd = lexer.end();
            token(); // a `;` inside a routine's body is part of the statement
        }
    }

    private void onSignificant() {
        if (statementStart < 0 && options.delimiterCommand() && lexer.upperWord().equals("DELIMITER")
                && lexer.tokenStartsLine()) {
            delimiterCommand();
            return;
        }
        if (statementStart >= 0 && lexer.customDelimiter() && lexer.kind() == TokenKind.SYMBOL
                && lexer.tokenText().equals(";")) {
            semicolonInChunk();
            return;
        }
        if (statementStart < 0) {
            statementStart = lexer.start();
            statementLine = lexer.line();
        }
        statementEnd = lexer.end();
        token();
        if (options.beginEndBlocks()) {
            String key = lexer.kind() == TokenKind.SYMBOL ? lexer.tokenText() : lexer.upperWord();
            if (tracksBlocks()) {
                blocks.accept(lexer.kind(), key, lexer.line());
            } else {
                routine.accept(lexer.kind(), key);
            }
        }
    }

    /**
     * A {@code ;} inside a chunk under a custom delimiter ends a statement, as the server reads a
     * multi-statement request, except inside a routine's open {@code BEGIN … END}.
     */
    private void semicolonInChunk() {
        token();
        if (tracksBlocks()) {
            blocks.accept(TokenKind.DELIMITER, ";", lexer.line());
            if (blocks.depth() > 0) {
                statementEnd = lexer.end();
                return;
            }
        }
        flush(false);
    }

    private boolean tracksBlocks() {
        return options.beginEndBlocks() && routine.isRoutine();
    }

    /** Handles a MySQL client {@code DELIMITER xx} line; it is not a statement. */
    private void delimiterCommand() {
        int line = lexer.line();
        String rest = lexer.restOfLine().strip();
        int end = 0;
        while (end < rest.length() && !SqlLexer.isSpace(rest.charAt(end))) {
            end++;
        }
        String delimiter = rest.substring(0, end);
        if (delimiter.isEmpty()) {
            throw new ScriptSyntaxException("DELIMITER at line " + line + " names no delimiter",
                    "write e.g. `DELIMITER $$`, and `DELIMITER ;` to switch back", line);
        }
        if (delimiter.indexOf('\\') >= 0) {
            throw new ScriptSyntaxException("DELIMITER at line " + line + " contains a backslash",
                    "choose a delimiter without \\, e.g. $$ or //", line);
        }
        lexer.setDelimiter(delimiter);
    }

    /** Writes the current token for the checksum. */
    private void token() {
        if (tokens == null) {
            return;
        }
        int from = lexer.start();
        int to = lexer.end();
        if (!hasCarriageReturn) {
            tokens.append(to - from).append(':').append(text, from, to);
            return;
        }
        String lf = text.substring(from, to).replace("\r\n", "\n").replace('\r', '\n');
        tokens.append(lf.length()).append(':').append(lf);
    }

    private void flush() {
        flush(true);
    }

    /**
     * Ends the current statement. {@code marked}: write the checksum's statement separator, also
     * for statements a chunk under a custom delimiter was cut into since the last one (the
     * checksum separates chunks, as it did before chunks were cut).
     */
    private void flush(boolean marked) {
        if (statementStart >= 0) {
            String sql = text.substring(statementStart, statementEnd);
            statements.add(new Statement(sql, statementLine, statements.size() + 1));
            unmarked = true;
        }
        if (tokens != null && marked && unmarked) {
            tokens.append('|');
        }
        if (marked) {
            unmarked = false;
        }
        statementStart = -1;
        routine.reset();
        blocks.reset();
    }
}
