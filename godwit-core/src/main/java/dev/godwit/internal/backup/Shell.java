package dev.godwit.internal.backup;

import java.util.List;
import java.util.Map;

/** Command lines for a POSIX shell (sh, bash, zsh), as a person pastes them. */
public final class Shell {
    private Shell() {}

    /** {@code word} as one shell word: unchanged when it is plain, else in single quotes. */
    public static String quote(String word) {
        if (!word.isEmpty() && word.matches("[A-Za-z0-9_./:=@%+,-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** The words as one command line, each quoted as needed. */
    public static String join(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(quote(word));
        }
        return out.toString();
    }

    /** {@code NAME=value ... command}: variables set for one command (none when the map is empty). */
    public static String withVariables(Map<String, String> variables, String command) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> e : variables.entrySet()) {
            out.append(e.getKey()).append('=').append(quote(e.getValue())).append(' ');
        }
        return out.append(command).toString();
    }
}
