package dev.godwit.internal.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A server URL ({@code scheme://[user[:password]@]host[:port][,host…]/database[?query]}) taken
 * apart, each piece still as written: the one grammar both {@link DatabaseUrl#parse} and the
 * masking follow, so whatever is taken for a secret is what is hidden.
 *
 * <p>The user information ends at an {@code '@'} before the host, never at one inside the query:
 * the authority ends at the first {@code '/'} or {@code '?'}, and its last {@code '@'} ends the
 * user information. Only the Python forms ({@code postgres://}, {@code mysql://}), whose users
 * often leave a password unencoded, may have {@code '/'}, {@code '?'} or {@code '#'} in the
 * password as well: the user information then reaches to the last {@code '@'} that is followed by
 * a host list and {@code '/'}, provided it is not a query that happens to hold an {@code '@'}.
 * {@code '#'} never starts a fragment (database URLs have none).
 *
 * <p>Query parameters are split at {@code '&'} and {@code ';'}; a piece that is not
 * {@code name=value} belongs to the value before it (so {@code password=pa&ssw0rd} is one
 * password, shown and hidden whole).
 *
 * @param prefix everything before the authority ({@code postgres://}, {@code jdbc:postgresql://})
 * @param userInfo the user information as written, or null when the URL has none
 * @param hosts the host list as written
 * @param path what follows the hosts up to the query, starting with '/', or "" when none
 * @param query the query's parameters in order
 */
record ServerUrl(String prefix, String userInfo, String hosts, String path, List<Param> query) {

    /** One query parameter: separator before it ('?', '&' or ';'), name, value (null: none). */
    record Param(char separator, String name, String value) {
        boolean secret() {
            return value != null && isSecretName(name);
        }

        String text(boolean masked) {
            return separator + name + (value == null ? "" : "=" + (masked && secret() ? UrlMasking.MASK : value));
        }
    }

    ServerUrl {
        query = List.copyOf(query);
    }

    /** Reads {@code s} whose authority starts at {@code authStart}; {@code lenient} for the Python forms. */
    static ServerUrl read(String s, int authStart, boolean lenient) {
        int userEnd = lenient ? lenientUserInfoEnd(s, authStart) : -1;
        if (userEnd < 0) {
            int slash = indexOfAny(s, "/?", authStart);
            int at = s.lastIndexOf('@', slash - 1);
            userEnd = at >= authStart ? at : -1;
        }
        String userInfo = userEnd < 0 ? null : s.substring(authStart, userEnd);
        int hostStart = userEnd < 0 ? authStart : userEnd + 1;
        int hostEnd = indexOfAny(s, "/?", hostStart);
        int q = s.indexOf('?', hostEnd);
        int pathEnd = q < 0 ? s.length() : q;
        return new ServerUrl(s.substring(0, authStart), userInfo, s.substring(hostStart, hostEnd),
                s.substring(hostEnd, pathEnd), q < 0 ? List.of() : params(s.substring(q)));
    }

    /** The user name as written (before the first ':'), or null. */
    String rawUser() {
        if (userInfo == null) {
            return null;
        }
        int colon = userInfo.indexOf(':');
        return colon < 0 ? userInfo : userInfo.substring(0, colon);
    }

    /** The password as written (after the first ':'), or null. */
    String rawPassword() {
        if (userInfo == null) {
            return null;
        }
        int colon = userInfo.indexOf(':');
        return colon < 0 ? null : userInfo.substring(colon + 1);
    }

    /** The URL as written, every secret replaced by {@code ***}. */
    String masked() {
        StringBuilder out = new StringBuilder(prefix);
        if (userInfo != null) {
            out.append(rawUser()).append(rawPassword() == null ? "" : ":" + UrlMasking.MASK).append('@');
        }
        out.append(hosts).append(path);
        for (Param p : query) {
            out.append(p.text(true));
        }
        return out.toString();
    }

    /** Whether a parameter of this name holds a secret (password, passwd, pwd, pw, secret, token, …). */
    static boolean isSecretName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        return n.contains("password") || n.contains("passwd") || n.contains("secret") || n.contains("token")
                || n.equals("pwd") || n.equals("pw") || n.equals("pass") || n.endsWith("pass")
                || n.contains("apikey") || n.contains("credential");
    }

    /** The query {@code q} (starting with '?') as parameters. */
    static List<Param> params(String q) {
        List<Param> out = new ArrayList<>();
        int i = 0;
        int n = q.length();
        while (i < n) {
            char separator = q.charAt(i);
            int end = indexOfAny(q, "&;", i + 1);
            String piece = q.substring(i + 1, end);
            int eq = piece.indexOf('=');
            boolean named = eq > 0 && isName(piece.substring(0, eq));
            if (!named && !out.isEmpty() && out.get(out.size() - 1).value() != null) {
                Param last = out.remove(out.size() - 1);
                out.add(new Param(last.separator(), last.name(), last.value() + separator + piece));
            } else if (named) {
                out.add(new Param(separator, piece.substring(0, eq), piece.substring(eq + 1)));
            } else if (!piece.isEmpty() || separator == '?') {
                out.add(new Param(separator, piece, null));
            }
            i = end;
        }
        return out;
    }

    /**
     * The lenient end of the user information of a Python-form URL: the last '@' followed by a
     * host list and '/', when what comes before it has a user name and is not a query; else -1.
     */
    private static int lenientUserInfoEnd(String s, int authStart) {
        for (int at = s.lastIndexOf('@'); at > authStart; at = s.lastIndexOf('@', at - 1)) {
            int hostEnd = at + 1;
            while (hostEnd < s.length() && isHostChar(s.charAt(hostEnd))) {
                hostEnd++;
            }
            if (hostEnd == at + 1 || hostEnd >= s.length() || s.charAt(hostEnd) != '/') {
                continue;
            }
            String info = s.substring(authStart, at);
            int colon = info.indexOf(':');
            String user = colon < 0 ? info : info.substring(0, colon);
            if (colon < 0 || indexOfAny(user, "/?#&=", 0) < user.length()
                    || info.matches("(?s).*[?&;][A-Za-z][A-Za-z0-9_.-]*=.*")) {
                return -1;
            }
            return at;
        }
        return -1;
    }

    private static boolean isHostChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || ".-_[]:,%".indexOf(c) >= 0;
    }

    private static boolean isName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "_.-".indexOf(c) >= 0)) {
                return false;
            }
        }
        return !name.isEmpty();
    }

    static int indexOfAny(String s, String chars, int from) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }
}
