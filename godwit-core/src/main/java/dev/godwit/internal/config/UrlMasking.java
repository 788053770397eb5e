package dev.godwit.internal.config;

import java.util.Locale;

/**
 * Hides passwords in database URLs, and in free text that may quote one, before anything is shown.
 * A URL that parses is masked along its own grammar ({@link ServerUrl}), so whatever the parser
 * takes for a secret is hidden; a URL that does not, or free text, is masked loosely: on doubt
 * more, never less.
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
        int sep = url.indexOf("://");
        String lower = url.toLowerCase(Locale.ROOT);
        if (sep > 0 && !lower.startsWith("sqlite:") && !lower.startsWith("jdbc:sqlite:")) {
            String masked = ServerUrl.read(url, sep + 3, !lower.startsWith("jdbc:")).masked();
            return maskPasswordParameters(masked);
        }
        return maskLoosely(url);
    }

    /**
     * {@code url} masked along its grammar when that leaves no doubt (no '@' beyond its user
     * information), else {@link #maskLoosely loosely}: for URLs that may not parse.
     */
    static String maskSafely(String url) {
        if (url == null) {
            return null;
        }
        int sep = url.indexOf("://");
        String lower = url.toLowerCase(Locale.ROOT);
        if (sep <= 0 || lower.startsWith("sqlite:") || lower.startsWith("jdbc:sqlite:")) {
            return maskLoosely(url);
        }
        ServerUrl parts = ServerUrl.read(url, sep + 3, !lower.startsWith("jdbc:"));
        String masked = maskPasswordParameters(parts.masked());
        int hostStart = parts.prefix().length() + (parts.userInfo() == null ? 0
                : parts.rawUser().length() + (parts.rawPassword() == null ? 0 : MASK.length() + 1) + 1);
        return masked.indexOf('@', hostStart) >= 0 ? maskLoosely(url) : masked;
    }

    /**
     * The display form {@code shown} of a server URL with its user and password replaced. URLs
     * written with credentials in their authority get the new ones there; other server URLs of the
     * Python form get them added; JDBC URLs without an authority user stay as written.
     */
    static String withCredentials(String shown, String user, boolean hasPassword) {
        int sep = shown.indexOf("://");
        if (sep < 0) {
            return shown;
        }
        boolean jdbc = shown.regionMatches(true, 0, "jdbc:", 0, 5);
        ServerUrl parts = ServerUrl.read(shown, sep + 3, !jdbc);
        String userInfo = (user == null ? "" : encode(user)) + (hasPassword ? ":" + MASK : "");
        String rest = shown.substring(sep + 3 + (parts.userInfo() == null ? 0 : parts.userInfo().length() + 1));
        if (parts.userInfo() != null) {
            return shown.substring(0, sep + 3) + (userInfo.isEmpty() ? "" : userInfo + "@") + rest;
        }
        boolean inQuery = parts.query().stream().anyMatch(p -> p.name().equalsIgnoreCase("user")
                || p.name().equalsIgnoreCase("password"));
        if (jdbc || inQuery || userInfo.isEmpty()) {
            return shown;
        }
        return shown.substring(0, sep + 3) + userInfo + "@" + rest;
    }

    private static String encode(String raw) {
        return java.net.URLEncoder.encode(raw, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * {@code url} masked without trusting its form (for messages about a URL that does not parse):
     * secret parameters up to the next parameter, and everything from the scheme to the last
     * {@code '@'}.
     */
    static String maskLoosely(String url) {
        if (url == null) {
            return null;
        }
        String s = maskPasswordParameters(url);
        int sep = s.indexOf("://");
        int at = s.lastIndexOf('@');
        if (sep >= 0 && at > sep + 3) {
            return s.substring(0, sep + 3) + MASK + s.substring(at);
        }
        int colon = s.indexOf(':');
        if (sep < 0 && at >= 0 && colon >= 0 && colon < at) {
            return s.substring(0, colon + 1) + MASK + s.substring(at);
        }
        return s;
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
            out.append(urlLike ? maskSafely(token) : token);
            while (i < n && isTokenBreak(text.charAt(i))) {
                out.append(text.charAt(i++));
            }
        }
        return maskPasswordParameters(out.toString());
    }

    /**
     * {@code s} with the value of every {@code name=value} whose name says it is secret masked; the
     * value runs to the next {@code &name=} or {@code ;name=}, or to a blank or quote.
     */
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
            while (keyStart > 0 && isNameChar(s.charAt(keyStart - 1))) {
                keyStart--;
            }
            String key = s.substring(keyStart, i - 1);
            if (!key.isEmpty() && ServerUrl.isSecretName(key)) {
                int valueEnd = valueEnd(s, i);
                if (valueEnd > i && !s.startsWith(MASK, i)) {
                    out.append(MASK);
                } else if (valueEnd > i) {
                    out.append(s, i, valueEnd);
                }
                i = valueEnd;
            }
        }
        return out.toString();
    }

    /** Where a value starting at {@code from} ends: before the next named parameter, a blank or a quote. */
    private static int valueEnd(String s, int from) {
        int i = from;
        while (i < s.length() && !isTokenBreak(s.charAt(i))) {
            char c = s.charAt(i);
            if ((c == '&' || c == ';') && startsName(s, i + 1)) {
                break;
            }
            i++;
        }
        return i;
    }

    private static boolean startsName(String s, int from) {
        int i = from;
        while (i < s.length() && isNameChar(s.charAt(i))) {
            i++;
        }
        return i > from && i < s.length() && s.charAt(i) == '=';
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
                || c == '-';
    }

    private static boolean isTokenBreak(char c) {
        return Character.isWhitespace(c) || c == '\'' || c == '"' || c == '`';
    }
}
