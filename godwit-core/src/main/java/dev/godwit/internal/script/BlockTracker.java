package dev.godwit.internal.script;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Tracks {@code BEGIN … END} nesting inside a routine body so that semicolons within it do not end
 * the statement. Knows the compound statements of MySQL ({@code IF … END IF}, {@code CASE … END
 * CASE}, {@code LOOP}, {@code WHILE}, {@code REPEAT}), CASE expressions ({@code CASE … END}), SQLite
 * trigger bodies and PostgreSQL {@code BEGIN ATOMIC}.
 *
 * <p>{@code IF}, {@code REPEAT}, {@code LOOP} and {@code WHILE} open a block only where a statement
 * may start (after {@code ;}, {@code BEGIN}, {@code THEN}, {@code ELSE}, {@code DO}, a label, a
 * trigger's {@code FOR EACH ROW}, …), so
 * the functions {@code IF(a, b, c)} and {@code REPEAT(s, n)} and the DDL clauses {@code IF EXISTS}
 * and {@code IF NOT EXISTS} are not blocks. An {@code END} is resolved when the next token is seen:
 * {@code END IF} closes the nearest IF, a plain {@code END} closes the innermost block.
 */
final class BlockTracker {
    private static final Set<String> CLOSABLE = Set.of("IF", "CASE", "LOOP", "WHILE", "REPEAT");

    private record Frame(String keyword, boolean holdsStatements, int line) {}

    private final Deque<Frame> stack = new ArrayDeque<>();
    private String previous = "";
    private boolean pendingEnd;

    /**
     * Feeds the next significant token: {@code upper} is the upper-cased word for WORD tokens, the
     * character for SYMBOL and DELIMITER tokens, else "".
     */
    void accept(TokenKind kind, String upper, int line) {
        boolean word = kind == TokenKind.WORD;
        if (pendingEnd) {
            pendingEnd = false;
            if (word && CLOSABLE.contains(upper)) {
                closeNearest(upper);
                previous = upper;
                return;
            }
            stack.pop();
        }
        if (word && !previous.equals(".")) {
            keyword(upper, line);
        }
        previous = upper;
    }

    /** Applies an END still waiting for its next token; call at the end of the text. */
    void finish() {
        if (pendingEnd) {
            pendingEnd = false;
            stack.pop();
        }
    }

    /** Number of open blocks. */
    int depth() {
        return stack.size();
    }

    /** The error for blocks still open at the end of the text. */
    ScriptSyntaxException unterminated() {
        Frame open = stack.peek();
        String closer = open.keyword().equals("BEGIN") ? "END" : "END " + open.keyword();
        return new ScriptSyntaxException(
                "unterminated " + open.keyword() + " block starting at line " + open.line()
                        + ": no matching " + closer,
                "add the missing " + closer + " (and the ; after it); on MySQL you can also "
                        + "surround the statement with DELIMITER $$ … DELIMITER ;",
                open.line());
    }

    void reset() {
        stack.clear();
        previous = "";
        pendingEnd = false;
    }

    private void keyword(String upper, int line) {
        switch (upper) {
            case "BEGIN":
                stack.push(new Frame(upper, true, line));
                break;
            case "CASE":
                stack.push(new Frame(upper, atStatementStart(), line));
                break;
            case "IF":
                if (atStatementStart() && (!stack.isEmpty() || previous.equals("ROW") || previous.equals("DO"))) {
                    stack.push(new Frame(upper, true, line));
                }
                break;
            case "LOOP":
            case "WHILE":
            case "REPEAT":
                if (atStatementStart()) {
                    stack.push(new Frame(upper, true, line));
                }
                break;
            case "END":
                pendingEnd = !stack.isEmpty();
                break;
            default:
                break;
        }
    }

    private boolean atStatementStart() {
        switch (previous) {
            case ";":
            case ":":
            case "ROW":
            case "BEGIN":
            case "ATOMIC":
            case "DO":
            case "LOOP":
            case "REPEAT":
                return true;
            case "THEN":
            case "ELSE":
                return !stack.isEmpty() && stack.peek().holdsStatements();
            default:
                return false;
        }
    }

    private void closeNearest(String keyword) {
        boolean present = false;
        for (Frame frame : stack) {
            if (frame.keyword().equals(keyword)) {
                present = true;
                break;
            }
        }
        if (!present) {
            stack.pop();
            return;
        }
        while (!stack.pop().keyword().equals(keyword)) {
            // pop the unclosed inner blocks too
        }
    }
}
