package dev.godwit.internal.config;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader that remembers the line of the last non-blank character handed out, so that when the
 * TOML parser (whose messages carry no position) fails, the error can name the line it failed on.
 */
final class LineTrackingReader extends Reader {
    private final Reader in;
    private int line = 1;
    private int lastLine = 1;

    LineTrackingReader(Reader in) {
        this.in = in;
    }

    /** The 1-based line of the last non-blank character read. */
    int lastLine() {
        return lastLine;
    }

    @Override
    public int read() throws IOException {
        int c = in.read();
        track(c);
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int count = in.read(buffer, offset, length);
        for (int i = 0; i < count; i++) {
            track(buffer[offset + i]);
        }
        return count;
    }

    private void track(int c) {
        if (c == '\n') {
            line++;
        } else if (c >= 0 && !Character.isWhitespace(c)) {
            lastLine = line;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
