package dev.godwit.api;

import java.util.Map;

/**
 * The one exception Godwit's API throws for anything a user can act on: bad input, a failing
 * statement, an unknown target. {@link #code()} says which case it is, {@link #details()} the
 * names and numbers involved (revision ids, file, line, statement); {@link #getMessage()} says what
 * is wrong and where in words; {@link #hint()} says what to do next, in neutral words that name no
 * command-line flag. Callers branch on the code, never on the text, and word their own advice from
 * the code and details (the CLI names its commands, a build plugin its goals); docs/errors.md lists
 * the codes and their details. None of them ever contains a password.
 */
public class GodwitException extends RuntimeException {
    private final ErrorCode code;
    private final String hint;
    private final Map<String, String> details;

    /** A failure of kind {@code code}, without a cause or details. */
    public GodwitException(ErrorCode code, String message, String hint) {
        this(code, message, hint, null);
    }

    /** A failure of kind {@code code} caused by {@code cause}, without details. */
    public GodwitException(ErrorCode code, String message, String hint, Throwable cause) {
        this(code, message, hint, cause, Map.of());
    }

    /**
     * A failure of kind {@code code}; {@code cause} may be null; {@code details} (copied) are the
     * names and numbers a caller needs, by the keys docs/errors.md lists for the code.
     */
    public GodwitException(ErrorCode code, String message, String hint, Throwable cause, Map<String, String> details) {
        super(message, cause);
        this.code = code;
        this.hint = hint;
        this.details = Map.copyOf(details);
    }

    /** Which kind of failure this is; stable, for callers to branch on. */
    public ErrorCode code() {
        return code;
    }

    /** What the user can do next, or null when the message says it all. */
    public String hint() {
        return hint;
    }

    /**
     * The names and numbers involved, by key ({@code revision}, {@code file}, {@code line},
     * {@code heads}, …); empty when there are none.
     */
    public Map<String, String> details() {
        return details;
    }
}
