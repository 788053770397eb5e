package dev.godwit.internal.script;

import java.util.Arrays;

/**
 * A text cut into lines (terminated by LF, CRLF or CR) with the offset where each starts, so a
 * line's number and a slice of the original text (line endings intact) are both at hand.
 */
final class SourceLines {
    private final String text;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int count;

    private SourceLines(String text) {
        this.text = text;
        int lineStart = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(lineStart, i);
                i += (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') ? 2 : 1;
                lineStart = i;
            } else {
                i++;
            }
        }
        if (lineStart < text.length()) {
            add(lineStart, text.length());
        }
    }

    static SourceLines of(String text) {
        return new SourceLines(text);
    }

    /** Number of lines; a final line break does not start another line. */
    int count() {
        return count;
    }

    /** Line {@code number} (1-based) without its line break. */
    String line(int number) {
        return text.substring(starts[number - 1], ends[number - 1]);
    }

    /** Offset where line {@code number} starts; {@code count() + 1} gives the text length. */
    int start(int number) {
        return number > count ? text.length() : starts[number - 1];
    }

    private void add(int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }
}
