package dev.godwit.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A statement of a revision failed. The message names the revision, its file, the statement's
 * number and line, the statement and the database's own message; {@link #completed()} tells what
 * the run had already done, which stays applied and recorded.
 */
public class MigrationFailedException extends GodwitException {
    private final String revision;
    private final int statementIndex;
    private final int line;
    private final MigrationResult completed;
    private final List<String> statementsLeftApplied;

    /**
     * {@code code} is {@link ErrorCode#STATEMENT_FAILED}, or {@link ErrorCode#LOCK_TIMEOUT} when the
     * statement waited too long for a lock; the details carry the revision, statement and line,
     * and {@code details} the facts of the way on (see docs/errors.md).
     */
    public MigrationFailedException(ErrorCode code, String message, String hint, Throwable cause, String revision,
                                    int statementIndex, int line, MigrationResult completed,
                                    List<String> statementsLeftApplied, Map<String, String> details) {
        super(code, message, hint, cause, withPlace(details, revision, statementIndex, line));
        this.revision = revision;
        this.statementIndex = statementIndex;
        this.line = line;
        this.completed = completed;
        this.statementsLeftApplied = List.copyOf(statementsLeftApplied);
    }

    private static Map<String, String> withPlace(Map<String, String> details, String revision, int statementIndex,
                                                 int line) {
        Map<String, String> all = new LinkedHashMap<>(details);
        all.put("revision", String.valueOf(revision));
        all.put("statement", String.valueOf(statementIndex));
        all.put("line", String.valueOf(line));
        return all;
    }

    /** The revision that failed. */
    public String revision() {
        return revision;
    }

    /** The 1-based number of the failing statement within its section. */
    public int statementIndex() {
        return statementIndex;
    }

    /** The line of the failing statement in the revision file. */
    public int line() {
        return line;
    }

    /** The revisions that completed before the failure (applied and recorded). */
    public MigrationResult completed() {
        return completed;
    }

    /**
     * Statements of the failed revision that had already run and could not be rolled back
     * (MySQL/MariaDB DDL, or a revision with {@code transaction: false}); empty otherwise.
     */
    public List<String> statementsLeftApplied() {
        return statementsLeftApplied;
    }
}
