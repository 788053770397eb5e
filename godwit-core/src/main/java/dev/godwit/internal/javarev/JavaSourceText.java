package dev.godwit.internal.javarev;

/**
 * The text of a {@code .java} revision as its checksum sees it, like a SQL file's: comments
 * removed and every run of white space outside literals collapsed to one space, so re-indenting,
 * changing line endings or editing a comment changes nothing, and changing any token does.
 */
final class JavaSourceText {
    private JavaSourceText() {
    }

    static String normalized(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = source.startsWith("\uFEFF") ? 1 : 0;
        boolean space = false;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '/') {
                i = lineEnd(source, i);
                space = true;
            } else if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                space = true;
            } else if (Character.isWhitespace(c)) {
                i++;
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                int end = c == '"' || c == '\'' ? literalEnd(source, i) : i + 1;
                out.append(source, i, end);
                i = end;
            }
        }
        return out.toString().replace("\r\n", "\n");
    }

    private static int lineEnd(String s, int i) {
        while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** Where the string, text block or char literal starting at {@code start} ends (exclusive). */
    private static int literalEnd(String s, int start) {
        char quote = s.charAt(start);
        if (quote == '"' && s.startsWith("\"\"\"", start)) {
            int end = s.indexOf("\"\"\"", start + 3);
            while (end > 0 && s.charAt(end - 1) == '\\') {
                end = s.indexOf("\"\"\"", end + 1);
            }
            return end < 0 ? s.length() : end + 3;
        }
        int i = start + 1;
        while (i < s.length() && s.charAt(i) != quote && s.charAt(i) != '\n') {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, s.length());
    }

    /** The name the file's {@code package} declaration gives, "" for the unnamed package. */
    static String packageOf(String source) {
        String text = normalized(source);
        if (!text.startsWith("package ")) {
            return "";
        }
        int end = text.indexOf(';');
        return end < 0 ? "" : text.substring("package ".length(), end).replace(" ", "");
    }
}
