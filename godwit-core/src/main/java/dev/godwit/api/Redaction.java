package dev.godwit.api;

/**
 * Takes secrets out of text before it is shown: the passwords a configuration holds (see
 * {@code Godwit.secrets()}), and the passwords in any database URL or {@code password=} parameter
 * the text quotes. A front end (the CLI) passes everything it prints through one of these, since a
 * server's or driver's message may quote a password.
 */
public interface Redaction {

    /** {@code text} with every secret replaced by {@code ***} and URLs in it masked: for messages. */
    String scrub(String text);

    /**
     * {@code text} with every secret and every {@code password=…} parameter value replaced by
     * {@code ***}: for error output, where URLs in usage texts stay as written.
     */
    String scrubParameters(String text);

    /** {@code text} with every secret replaced by {@code ***}, nothing else changed: for output such as SQL. */
    String replace(String text);
}
