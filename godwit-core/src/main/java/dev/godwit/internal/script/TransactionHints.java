package dev.godwit.internal.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recognizes the statements PostgreSQL refuses inside a transaction block, from their normalized
 * text. {@code ALTER TYPE … ADD VALUE} is allowed in a transaction since PostgreSQL 12, so it is
 * not listed.
 */
final class TransactionHints {
    private TransactionHints() {}

    static boolean cannotRunInTransaction(String normalized) {
        List<String> w = words(normalized);
        if (w.isEmpty()) {
            return false;
        }
        switch (w.get(0)) {
            case "CREATE":
                return startsWith(w, "CREATE", "INDEX", "CONCURRENTLY")
                        || startsWith(w, "CREATE", "UNIQUE", "INDEX", "CONCURRENTLY")
                        || startsWith(w, "CREATE", "DATABASE")
                        || startsWith(w, "CREATE", "TABLESPACE");
            case "DROP":
                return startsWith(w, "DROP", "INDEX", "CONCURRENTLY")
                        || startsWith(w, "DROP", "DATABASE")
                        || startsWith(w, "DROP", "TABLESPACE");
            case "REINDEX":
                return w.contains("CONCURRENTLY");
            case "VACUUM":
                return true;
            case "ALTER":
                return startsWith(w, "ALTER", "SYSTEM")
                        || (startsWith(w, "ALTER", "TABLE") && w.contains("DETACH")
                                && w.contains("CONCURRENTLY"));
            default:
                return false;
        }
    }

    private static boolean startsWith(List<String> words, String... prefix) {
        if (words.size() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (!words.get(i).equals(prefix[i])) {
                return false;
            }
        }
        return true;
    }

    /** The upper-cased runs of letters, digits and underscores, in order. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && isWordChar(text.charAt(i))) {
                i++;
            }
            words.add(text.substring(start, i).toUpperCase(Locale.ROOT));
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
