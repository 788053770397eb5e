package dev.godwit.internal.script;

/**
 * The spelling rules for revision ids and branch labels. Checked character by character: these
 * run for every header line of every file on each command, where a regular expression costs more.
 */
public final class RevisionIds {
    /** The longest id the version table's {@code version_num VARCHAR(64)} column holds. */
    public static final int MAX_LENGTH = 64;

    private RevisionIds() {}

    /** A revision id: letters, digits and underscores. */
    public static boolean isId(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!idChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A branch label (or, in depends-on, a revision id): may also contain '.' and '-' after the first character. */
    public static boolean isLabel(String s) {
        if (s == null || s.isEmpty() || !idChar(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!idChar(c) && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean idChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
