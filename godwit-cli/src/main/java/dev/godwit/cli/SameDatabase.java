package dev.godwit.cli;

import dev.godwit.Godwit;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the {@code `godwit …`} commands that a message or hint suggests act on the same database as
 * the command that printed it: the {@code -e NAME} and {@code --url} the user gave are written after
 * {@code godwit}, so the suggestion can be pasted as it is from the same folder ({@code -C} and
 * {@code -c} are left to the user, as git leaves its {@code -C}). A URL that holds a password is never
 * printed: it becomes {@code --url <same URL>}.
 */
final class SameDatabase {
    private static final String COMMAND = "`godwit ";

    private SameDatabase() {
    }

    /** {@code text} with the global options of {@code options} added to each suggested command. */
    static String apply(String text, GlobalOptions options) {
        if (text == null || options == null || !text.contains(COMMAND)) {
            return text;
        }
        String globals = globals(options);
        if (globals.isEmpty()) {
            return text;
        }
        return text.replace(COMMAND, COMMAND + globals + " ");
    }

    /** The options, as they would be typed; empty when none was given. */
    static String globals(GlobalOptions options) {
        List<String> parts = new ArrayList<>();
        if (options.environment() != null) {
            parts.add("-e " + quoted(options.environment()));
        }
        if (options.url() != null) {
            String masked = Godwit.maskUrl(options.url());
            parts.add("--url " + (masked.equals(options.url()) ? quoted(options.url()) : "<same URL>"));
        }
        return String.join(" ", parts);
    }

    /** A shell word: as it is when it needs no quoting, else in single quotes. */
    static String quoted(String word) {
        if (!word.isEmpty() && word.chars().allMatch(SameDatabase::plain)) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static boolean plain(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "_./:@%+=,-".indexOf(c) >= 0;
    }
}
