package dev.godwit.config;

import java.util.Locale;

/**
 * Hides passwords in database URLs, and in free text that may quote one, before anything is shown.
 * The rule for where a password sits is shared with {@link DatabaseUrl#parse}, so whatever the
 * parser takes for a password is always masked; on doubt it masks more, never less.
 */
final class UrlMasking {
    /** What a hidden password is shown as. */
    static final String MASK = "***";

    private UrlMasking() {}

    /** The whole string {@code url}, taken as one URL, with every password replaced by {@code ***}. */
    static String maskUrl(String url) {
        if (url == null) {
            return null;
        }
        String s = url;
        int sep = s.indexOf("://");
        if (sep >= 0) {
            int[] span = passwordSpan(s, sep + 3, s.length());
            if (span != null) {
                s = s.substring(0, span[0]) + MASK + s.substring(span[1]);
            }
        } else {
            int at = s.lastIndexOf('@');
            int colon = s.indexOf(':');
            if (at >= 0 && colon >= 0 && colon < at) {
                s = s.substring(0, colon + 1) + MASK + s.substring(at);
            }
        }
        return maskPasswordParameters(s);
    }

    /** Free text (a parser message, say) with any URL in it masked; tokens end at blanks and quotes. */
    static String maskText(String text) {
        if (text == null || (text.indexOf(':') < 0 && text.indexOf('=') < 0)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            int start = i;
            while (i < n && !isTokenBreak(text.charAt(i))) {
                i++;
            }
            String token = text.substring(start, i);
            boolean urlLike = token.contains("://") || (token.indexOf(':') >= 0 && token.lastIndexOf('@') > token.indexOf(':'));
            out.append(urlLike ? maskUrl(token) : token);
            while (i < n && isTokenBreak(text.charAt(i))) {
                out.append(text.charAt(i++));
            }
        }
        return maskPasswordParameters(out.toString());
    }

    /**
     * Where the password of a URL whose authority starts at {@code authStart} lies: from the first
     * ':' after {@code authStart} to the last '@' before {@code end}, as {start, end}; null when
     * there is none.
     */
    static int[] passwordSpan(String s, int authStart, int end) {
        int at = s.lastIndexOf('@', end - 1);
        if (at < authStart) {
            return null;
        }
        int colon = s.indexOf(':', authStart);
        if (colon < 0 || colon >= at) {
            return null;
        }
        return new int[] {colon + 1, at};
    }

    /** {@code s} with the value of every query parameter whose name mentions a password masked. */
    static String maskPasswordParameters(String s) {
        if (s.indexOf('=') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            out.append(c);
            i++;
            if (c != '=') {
                continue;
            }
            int keyStart = i - 1;
            while (keyStart > 0 && !isParameterBreak(s.charAt(keyStart - 1))) {
                keyStart--;
            }
            String key = s.substring(keyStart, i - 1).toLowerCase(Locale.ROOT);
            if (key.contains("password") || key.equals("pwd") || key.equals("pass")) {
                int valueEnd = i;
                while (valueEnd < n && !isParameterBreak(s.charAt(valueEnd))) {
                    valueEnd++;
                }
                if (valueEnd > i) {
                    out.append(MASK);
                }
                i = valueEnd;
            }
        }
        return out.toString();
    }

    private static boolean isParameterBreak(char c) {
        return c == '?' || c == '&' || c == ';' || c == '#' || isTokenBreak(c);
    }

    private static boolean isTokenBreak(char c) {
        return Character.isWhitespace(c) || c == '\'' || c == '"' || c == '`';
    }
}
