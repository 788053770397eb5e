package dev.godwit.internal.backup;

import dev.godwit.api.GodwitException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a PostgreSQL or MySQL/MariaDB server is, read from a JDBC URL: its hosts (IPv6 without
 * brackets) and ports, the database, and the URL's parameters (names in lower case). Reads the
 * forms {@code config.DatabaseUrl.parse} produces and those people write in code:
 * {@code jdbc:postgresql://h1:5432,h2/db?x=y}, {@code jdbc:postgresql:db}, {@code jdbc:mysql://h/db},
 * {@code jdbc:mariadb:replication://h1,h2/db}, {@code jdbc:mysql://user:pw@h/db}.
 */
public record ServerAddress(List<String> hosts, List<Integer> ports, String database, Map<String, String> parameters) {

    public ServerAddress {
        hosts = List.copyOf(hosts);
        ports = List.copyOf(ports);
        parameters = Map.copyOf(parameters);
    }

    /**
     * Reads {@code url}'s JDBC URL.
     *
     * @param defaultPort the port of a host without one
     * @param bareDatabaseIsLocal whether {@code jdbc:<driver>:database} (no {@code //}) names a
     *     database on the local server (PostgreSQL), rather than being an error
     */
    public static ServerAddress of(BackupSource url, int defaultPort, boolean bareDatabaseIsLocal) {
        String s = url.jdbcUrl();
        if (!s.regionMatches(true, 0, "jdbc:", 0, 5) || s.indexOf(':', 5) < 0) {
            throw unreadable(url, "it is not a JDBC URL");
        }
        String rest = s.substring(s.indexOf(':', 5) + 1);
        int slashes = rest.indexOf("//");
        String authority;
        String tail;
        if (slashes >= 0 && rest.substring(0, slashes).matches("([A-Za-z]+:)*")) {
            // jdbc:<driver>:[mode:]//authority/database?parameters
            int end = slashes + 2;
            while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
                end++;
            }
            authority = rest.substring(slashes + 2, end);
            tail = rest.substring(end);
        } else if (bareDatabaseIsLocal) {
            // jdbc:postgresql:database: the local server
            authority = "";
            tail = "/" + rest;
        } else {
            throw unreadable(url, "it names no host (expected '//host' after the driver name)");
        }
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        if (authority.indexOf('(') >= 0) {
            throw unreadable(url, "its host is in the address=(...) form (write host:port)");
        }
        List<String> hosts = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        if (authority.isEmpty()) {
            hosts.add("localhost");
            ports.add(defaultPort);
        } else {
            for (String entry : authority.split(",")) {
                readHost(url, entry.strip(), defaultPort, hosts, ports);
            }
        }

        int hash = tail.indexOf('#');
        if (hash >= 0) {
            tail = tail.substring(0, hash);
        }
        int q = tail.indexOf('?');
        String path = q >= 0 ? tail.substring(0, q) : tail;
        String query = q >= 0 ? tail.substring(q + 1) : "";
        String database = url.database();
        if (database == null || database.isEmpty()) {
            database = path.startsWith("/") ? decode(url, path.substring(1)) : decode(url, path);
        }
        if (database.isEmpty()) {
            throw unreadable(url, "it names no database");
        }
        return new ServerAddress(hosts, ports, database, parameters(url, query));
    }

    /** The query's parameters, names in lower case; the first of a repeated name wins. */
    private static Map<String, String> parameters(BackupSource url, String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String param : query.split("&")) {
            if (param.isEmpty()) {
                continue;
            }
            int eq = param.indexOf('=');
            String key = (eq >= 0 ? param.substring(0, eq) : param).toLowerCase(Locale.ROOT);
            String value = eq >= 0 ? decode(url, param.substring(eq + 1)) : "";
            parameters.putIfAbsent(key, value);
        }
        return parameters;
    }

    /** The first host and port, as "host:port" (IPv6 in brackets), for messages. */
    public String display() {
        String host = hosts.get(0);
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + ports.get(0);
    }

    private static void readHost(BackupSource url, String entry, int defaultPort, List<String> hosts, List<Integer> ports) {
        String host;
        String port = null;
        if (entry.startsWith("[")) {
            int close = entry.indexOf(']');
            if (close < 0) {
                throw unreadable(url, "it has an IPv6 host without its closing ']'");
            }
            host = entry.substring(1, close);
            String after = entry.substring(close + 1);
            if (after.startsWith(":")) {
                port = after.substring(1);
            } else if (!after.isEmpty()) {
                throw unreadable(url, "it has text after an IPv6 host");
            }
        } else {
            int colon = entry.lastIndexOf(':');
            host = colon >= 0 ? entry.substring(0, colon) : entry;
            port = colon >= 0 ? entry.substring(colon + 1) : null;
        }
        if (host.isEmpty()) {
            throw unreadable(url, "it has an empty host");
        }
        int number = defaultPort;
        if (port != null && !port.isEmpty()) {
            try {
                number = Integer.parseInt(port);
            } catch (NumberFormatException e) {
                number = -1;
            }
            if (number < 1 || number > 65535) {
                throw unreadable(url, "it has a bad port '" + port + "'");
            }
        }
        hosts.add(host);
        ports.add(number);
    }

    private static String decode(BackupSource url, String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw unreadable(url, "it has a bad %-escape");
        }
    }

    private static GodwitException unreadable(BackupSource url, String why) {
        return new GodwitException("Cannot take a backup of " + url.masked() + ": " + why + ".",
                "Use a URL of the form jdbc:postgresql://host:port/database or jdbc:mariadb://host:port/database.");
    }
}
