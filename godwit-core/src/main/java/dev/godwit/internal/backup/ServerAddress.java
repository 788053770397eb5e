package dev.godwit.internal.backup;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a PostgreSQL or MySQL/MariaDB server is, as the backup tools are told: its hosts (IPv6
 * without brackets) and ports, the database, and the URL's parameters (names in lower case, values
 * decoded), read from the parts of a {@link DatabaseUrl}.
 */
public record ServerAddress(List<String> hosts, List<Integer> ports, String database, Map<String, String> parameters) {

    public ServerAddress {
        hosts = List.copyOf(hosts);
        ports = List.copyOf(ports);
        parameters = Map.copyOf(parameters);
    }

    public static ServerAddress of(BackupSource url) {
        if (url.endpoints().isEmpty()) {
            throw unreadable(url, "it names no server");
        }
        String database = url.database();
        if (database == null || database.isEmpty()) {
            throw unreadable(url, "it names no database");
        }
        List<String> hosts = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        for (BackupSource.Endpoint endpoint : url.endpoints()) {
            hosts.add(endpoint.host());
            ports.add(endpoint.port());
        }
        return new ServerAddress(hosts, ports, database, parameters(url));
    }

    /** The query's parameters, names in lower case; the first of a repeated name wins. */
    private static Map<String, String> parameters(BackupSource url) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (BackupSource.RawParameter p : url.rawParameters()) {
            String value = p.value() == null ? "" : decode(url, p.value());
            parameters.putIfAbsent(p.name().toLowerCase(Locale.ROOT), value);
        }
        return parameters;
    }

    /** The first host and port, as "host:port" (IPv6 in brackets), for messages. */
    public String display() {
        String host = hosts.get(0);
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + ports.get(0);
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
        return new GodwitException(ErrorCode.BACKUP_FAILED,
                "Cannot take a backup of " + url.masked() + ": " + why + ".",
                "Use a URL of the form jdbc:postgresql://host:port/database or jdbc:mariadb://host:port/database.");
    }
}
