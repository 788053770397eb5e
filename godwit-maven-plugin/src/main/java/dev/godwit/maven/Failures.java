package dev.godwit.maven;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.Redaction;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Godwit's failures as build failures: the message, then what to do next in the build's words
 * (the {@code -Dgodwit.*} property that lifts a refusal), every password masked. Only for
 * {@code mvn -e} or {@code -X} is the Godwit exception the cause, scrubbed the same way, for its
 * stack trace.
 */
final class Failures {

    private Failures() {
    }

    static MojoFailureException of(GodwitException e, Redaction secrets, String password, boolean detailed) {
        String hint = hint(e);
        String text = scrub(e.getMessage() + (hint == null || hint.isBlank() ? "" : System.lineSeparator() + hint),
                secrets, password);
        return detailed ? new MojoFailureException(text, scrubbed(e, secrets, password, 0))
                : new MojoFailureException(text);
    }

    static String scrub(String text, Redaction secrets, String password) {
        String out = secrets.scrub(text == null ? "" : text);
        if (password != null && !password.isEmpty()) {
            out = out.replace(password, "***");
        }
        return out;
    }

    private static String hint(GodwitException e) {
        String reason = e.details().get("reason");
        if (e.code() == ErrorCode.CONFIRMATION_REQUIRED && "policy".equals(reason)) {
            return "Review the plan above, then run again with -Dgodwit.confirm=<the database's name> "
                    + "(a build never confirms by itself).";
        }
        if (e.code() == ErrorCode.DESTRUCTIVE_CHANGE_REFUSED) {
            return "Review the plan above, then run again with -Dgodwit.allowDestructive=true "
                    + "(and -Dgodwit.confirm=<the database's name>).";
        }
        return e.hint();
    }

    /** Anything else that went wrong: its message, scrubbed; the cause only for mvn -e or -X. */
    static MojoExecutionException unexpected(RuntimeException e, Redaction secrets, String password,
            boolean detailed) {
        String text = scrub("Godwit failed unexpectedly: " + e, secrets, password);
        return detailed ? new MojoExecutionException(text, scrubbed(e, secrets, password, 0))
                : new MojoExecutionException(text);
    }

    /** {@code t} and its causes, their messages scrubbed, their stack traces kept. */
    private static Throwable scrubbed(Throwable t, Redaction secrets, String password, int depth) {
        if (t == null || depth > 8) {
            return null;
        }
        Throwable cause = scrubbed(t.getCause(), secrets, password, depth + 1);
        Exception copy = new Exception(t.getClass().getName() + ": " + scrub(t.getMessage(), secrets, password),
                cause);
        copy.setStackTrace(t.getStackTrace());
        return copy;
    }
}
