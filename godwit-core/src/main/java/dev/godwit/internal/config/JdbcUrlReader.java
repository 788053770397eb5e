package dev.godwit.internal.config;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.internal.config.DatabaseUrl.Host;
import dev.godwit.internal.config.DatabaseUrl.Parameter;
import dev.godwit.internal.dialect.DialectKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Takes apart a JDBC URL written in code ({@link DatabaseUrl#ofJdbc}): more forms than a user's
 * URL ({@code jdbc:mariadb:replication://h1,h2/db}, {@code jdbc:postgresql:db},
 * {@code jdbc:mysql://user:pw@h/db}), every parameter kept as written, the database may be missing.
 */
final class JdbcUrlReader {
    private JdbcUrlReader() {}

    static DatabaseUrl read(DialectKind kind, String s, String user, String password) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(s, "jdbcUrl");
        if (kind == DialectKind.SQLITE) {
            return UrlParser.parse(s, java.nio.file.Path.of("")).withCredentials(user, password);
        }
        if (!s.regionMatches(true, 0, "jdbc:", 0, 5) || s.indexOf(':', 5) < 0) {
            throw unreadable(s, "it is not a JDBC URL");
        }
        int driverEnd = s.indexOf(':', 5) + 1;
        String rest = s.substring(driverEnd);
        int slashes = rest.indexOf("//");
        int defaultPort = dev.godwit.internal.db.Databases.of(kind).defaultPort();
        if (slashes < 0 || !rest.substring(0, slashes).matches("([A-Za-z]+:)*")) {
            if (kind != DialectKind.POSTGRESQL) {
                throw unreadable(s, "it names no host (expected '//host' after the driver name)");
            }
            // jdbc:postgresql:database: the local server
            return server(kind, "jdbc:postgresql://", List.of(new Host("localhost", defaultPort)), rest, user,
                    password, s);
        }
        // jdbc:<driver>:[mode:]//authority/database?parameters
        int end = slashes + 2;
        while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String authority = rest.substring(slashes + 2, end);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String info = authority.substring(0, at);
            int colon = info.indexOf(':');
            user = user != null ? user : decode(s, colon < 0 ? info : info.substring(0, colon));
            password = password != null || colon < 0 ? password : decode(s, info.substring(colon + 1));
            authority = authority.substring(at + 1);
        }
        if (authority.indexOf('(') >= 0) {
            throw unreadable(s, "its host is in the address=(...) form (write host:port)");
        }
        List<Host> hosts = new ArrayList<>();
        for (String entry : authority.isEmpty() ? new String[] {"localhost"} : authority.split(",")) {
            hosts.add(host(s, entry.strip(), defaultPort));
        }
        String driver = s.substring(0, driverEnd) + rest.substring(0, slashes + 2);
        return server(kind, driver, hosts, rest.substring(end), user, password, s);
    }

    /** A server URL from its driver, hosts and what follows them ({@code /database?parameters}). */
    private static DatabaseUrl server(DialectKind kind, String driver, List<Host> hosts, String tail, String user,
            String password, String s) {
        int hash = tail.indexOf('#');
        if (hash >= 0) {
            tail = tail.substring(0, hash);
        }
        int q = tail.indexOf('?');
        String path = q >= 0 ? tail.substring(0, q) : tail;
        String rawDb = path.startsWith("/") ? path.substring(1) : path;
        decode(s, rawDb);
        List<Parameter> parameters = new ArrayList<>();
        for (String param : q >= 0 ? tail.substring(q + 1).split("&") : new String[0]) {
            if (!param.isEmpty()) {
                int eq = param.indexOf('=');
                parameters.add(eq < 0 ? new Parameter(param, null)
                        : new Parameter(param.substring(0, eq), param.substring(eq + 1)));
            }
        }
        return new DatabaseUrl(kind, driver, hosts, rawDb, parameters, user, password, UrlMasking.maskUrl(s));
    }

    private static Host host(String s, String entry, int defaultPort) {
        String host;
        String port = null;
        if (entry.startsWith("[")) {
            int close = entry.indexOf(']');
            if (close < 0) {
                throw unreadable(s, "it has an IPv6 host without its closing ']'");
            }
            host = entry.substring(1, close);
            String after = entry.substring(close + 1);
            if (after.startsWith(":")) {
                port = after.substring(1);
            } else if (!after.isEmpty()) {
                throw unreadable(s, "it has text after an IPv6 host");
            }
        } else {
            int colon = entry.lastIndexOf(':');
            host = colon >= 0 ? entry.substring(0, colon) : entry;
            port = colon >= 0 ? entry.substring(colon + 1) : null;
        }
        if (host.isEmpty()) {
            throw unreadable(s, "it has an empty host");
        }
        if (port == null || port.isEmpty()) {
            return new Host(host, defaultPort);
        }
        int number;
        try {
            number = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 1 || number > 65535) {
            throw unreadable(s, "it has a bad port '" + port + "'");
        }
        return new Host(host, number);
    }

    private static String decode(String s, String raw) {
        try {
            return UrlParser.decode(raw);
        } catch (IllegalArgumentException e) {
            throw unreadable(s, "it has a bad %-escape");
        }
    }

    private static GodwitException unreadable(String s, String why) {
        return new GodwitException(ErrorCode.BAD_URL, "Cannot read the JDBC URL " + UrlMasking.maskSafely(s) + ": " + why + ".",
                "Use a URL of the form jdbc:postgresql://host:port/database or jdbc:mariadb://host:port/database.");
    }
}
