package dev.godwit.api;

/**
 * The one exception Godwit's API throws for anything a user can act on: bad input, a failing
 * statement, an unknown target. {@link #getMessage()} says what is wrong and where (file and line,
 * revision, statement); {@link #hint()} says what to do next. Neither ever contains a password.
 */
public class GodwitException extends RuntimeException {
    private final String hint;

    public GodwitException(String message) {
        this(message, null, null);
    }

    public GodwitException(String message, String hint) {
        this(message, hint, null);
    }

    public GodwitException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
    }

    /** What the user can do next, or null when the message says it all. */
    public String hint() {
        return hint;
    }
}
