package dev.godwit.cli;

import dev.godwit.Godwit;
import dev.godwit.api.Redaction;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The last guard before anything reaches the terminal: the secrets of the run's configuration
 * (known once it is loaded) are replaced by {@code ***} in everything the CLI prints, line by line.
 * Error output also loses the value of any {@code password=} parameter; normal output (JSON, lists)
 * only loses the secrets themselves, and an offline SQL script passes through {@link #verbatim}.
 */
final class Redactor {
    private volatile Redaction secrets = Godwit.noSecrets();
    private volatile boolean verbatim;

    /**
     * Runs {@code print}, which writes the user's own SQL (an offline script) to normal output and
     * flushes it, with that output passed through unchanged: replacing a word of a script that happens
     * to equal a password would silently change what the script does. Error output stays redacted.
     */
    void verbatim(Runnable print) {
        verbatim = true;
        try {
            print.run();
        } finally {
            verbatim = false;
        }
    }

    /** Adds the secrets of a loaded configuration. */
    void learn(Redaction more) {
        secrets = more;
    }

    /** A writer onto {@code target} that redacts; {@code messages} for error output. */
    PrintWriter wrap(PrintWriter target, boolean messages) {
        return new PrintWriter(new LineWriter(target, messages), false);
    }

    private final class LineWriter extends Writer {
        private final PrintWriter target;
        private final boolean messages;
        private final StringBuilder pending = new StringBuilder();

        LineWriter(PrintWriter target, boolean messages) {
            this.target = target;
            this.messages = messages;
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            synchronized (lock) {
                for (int i = offset; i < offset + length; i++) {
                    pending.append(buffer[i]);
                    if (buffer[i] == '\n') {
                        emit();
                    }
                }
            }
        }

        @Override
        public void flush() {
            synchronized (lock) {
                emit();
                target.flush();
            }
        }

        @Override
        public void close() {
            flush();
        }

        private void emit() {
            if (pending.length() == 0) {
                return;
            }
            String text = pending.toString();
            pending.setLength(0);
            target.write(messages ? secrets.scrubParameters(text) : verbatim ? text : secrets.replace(text));
            target.flush(); // as the println of the writer it stands for did: progress shows as it happens
        }
    }
}
