package dev.godwit.internal.config;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.internal.config.DatabaseUrl.Host;
import dev.godwit.internal.config.DatabaseUrl.Parameter;
import dev.godwit.internal.db.Database;
import dev.godwit.internal.db.Databases;
import dev.godwit.internal.dialect.DialectKind;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads the database URLs a user writes ({@link DatabaseUrl#ACCEPTED_FORMS}) into a
 * {@link DatabaseUrl}: the server forms along {@link ServerUrl}'s grammar, the SQLite forms with
 * their path resolved. Every error names the URL masked.
 */
final class UrlParser {
    private static final String SQLITE_MEMORY = ":memory:";
    private static final String SQLITE_DRIVER = "jdbc:sqlite:";

    private UrlParser() {}

    /** See {@link DatabaseUrl#parse}. */
    static DatabaseUrl parse(String url, Path baseDir) {
        Objects.requireNonNull(baseDir, "baseDir");
        if (url == null || url.isBlank()) {
            throw new GodwitException(ErrorCode.BAD_URL, "The database URL is empty.", DatabaseUrl.ACCEPTED_FORMS);
        }
        String s = url.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:")) {
            return parseJdbc(s, lower, baseDir.toAbsolutePath());
        }
        int sep = s.indexOf("://");
        if (sep <= 0) {
            throw invalid(s, "is not a URL this tool understands");
        }
        String scheme = lower.substring(0, sep);
        int plus = scheme.indexOf('+');
        if (plus >= 0) {
            scheme = scheme.substring(0, plus);
        }
        String named = scheme;
        Database database = Databases.forScheme(named)
                .orElseThrow(() -> invalid(s, "has an unknown scheme '" + named + "'"));
        return database.isFile() ? parseSqlite(s, sep + 3, baseDir.toAbsolutePath())
                : parseServer(database, s, sep + 3, true);
    }

    private static DatabaseUrl parseJdbc(String s, String lower, Path baseDir) {
        int colon = lower.indexOf(':', "jdbc:".length());
        Database database = colon < 0 ? null
                : Databases.forSubprotocol(lower.substring("jdbc:".length(), colon)).orElse(null);
        if (database == null) {
            throw invalid(s, "uses a JDBC driver Godwit does not support");
        }
        int prefix = colon + 1;
        if (database.isFile()) {
            return parseJdbcSqlite(s, s.substring(prefix), baseDir);
        }
        if (!s.startsWith("//", prefix)) {
            throw invalid(s, "has no host (expected '//host' after the driver name)");
        }
        return parseServer(database, s, prefix + 2, false);
    }

    // ---------------------------------------------------------------- servers

    private static DatabaseUrl parseServer(Database database, String s, int authStart, boolean lenient) {
        ServerUrl parts = ServerUrl.read(s, authStart, lenient);
        String user = parts.rawUser() == null ? null : decodeCredential(s, parts.rawUser());
        String password = parts.rawPassword() == null ? null : decodeCredential(s, parts.rawPassword());
        List<Host> hosts = hosts(s, parts.hosts(), database.defaultPort(), mayQuote(s, parts));
        String rawDb = databasePart(s, parts.path());
        if (user == null) {
            user = queryCredential(s, parts.query(), "user");
        }
        if (password == null) {
            password = queryCredential(s, parts.query(), "password");
        }
        String driver = database.jdbcUrlPrefix();
        return new DatabaseUrl(database.kind(), driver, hosts, rawDb, keptParameters(database, parts.query()), emptyToNull(user),
                emptyToNull(password), parts.masked());
    }

    /** The database part of a server URL's path, as written, checked: one name, its escapes valid. */
    private static String databasePart(String s, String path) {
        if (path.indexOf('@') >= 0) {
            throw invalid(s, "has an '@' after its host (write '@', '/', '?' and '#' inside a user name or"
                    + " password as %40, %2F, %3F and %23)");
        }
        String rawDb = path.isEmpty() ? "" : path.substring(1);
        if (rawDb.isEmpty()) {
            throw invalid(s, "names no database (expected '/database' after the host)");
        }
        if (rawDb.indexOf('/') >= 0) {
            throw invalid(s, "has a '/' in its database name");
        }
        try {
            decode(rawDb);
        } catch (IllegalArgumentException e) {
            throw invalid(s, "has a bad %-escape in its database name");
        }
        return rawDb;
    }

    /** The decoded value of the first query parameter {@code name} (user, password) that has one, or null. */
    private static String queryCredential(String s, List<ServerUrl.Param> query, String name) {
        for (ServerUrl.Param param : query) {
            if (param.name().equalsIgnoreCase(name) && param.value() != null) {
                return decodeCredential(s, param.value());
            }
        }
        return null;
    }

    /** The parameters passed on to the driver: all but the credentials (and MySQL's {@code charset}). */
    private static List<Parameter> keptParameters(Database database, List<ServerUrl.Param> query) {
        List<Parameter> kept = new ArrayList<>();
        for (ServerUrl.Param param : query) {
            String key = param.name().toLowerCase(Locale.ROOT);
            boolean credential = (key.equals("user") || key.equals("password")) && param.value() != null;
            if (!credential && !database.dropsUrlParameter(key) && !param.name().isEmpty()) {
                kept.add(new Parameter(param.name(), param.value()));
            }
        }
        return kept;
    }

    /** Whether a piece of the host list may be quoted in a message: no '@' follows, so it is no password's. */
    private static boolean mayQuote(String s, ServerUrl parts) {
        int from = parts.prefix().length() + (parts.userInfo() == null ? 0 : parts.userInfo().length() + 1);
        return s.indexOf('@', from) < 0;
    }

    /** The host list, default ports filled in. */
    private static List<Host> hosts(String s, String hostPart, int defaultPort, boolean mayQuote) {
        if (hostPart.isEmpty()) {
            throw invalid(s, "has no host");
        }
        List<Host> out = new ArrayList<>();
        for (String entry : hostPart.split(",", -1)) {
            out.add(host(s, entry, defaultPort, mayQuote));
        }
        return out;
    }

    private static Host host(String s, String entry, int defaultPort, boolean mayQuote) {
        String host;
        String port = null;
        if (entry.startsWith("[")) {
            int close = entry.indexOf(']');
            if (close < 0) {
                throw invalid(s, "has an IPv6 host without its closing ']'");
            }
            host = entry.substring(1, close);
            String rest = entry.substring(close + 1);
            if (!rest.isEmpty()) {
                if (rest.charAt(0) != ':') {
                    throw invalid(s, "has text after its IPv6 host");
                }
                port = rest.substring(1);
            }
        } else {
            int colon = entry.indexOf(':');
            if (colon >= 0 && entry.indexOf(':', colon + 1) >= 0) {
                throw invalid(s, "has an IPv6 host that is not in brackets (write [::1]:5432)");
            }
            host = colon >= 0 ? entry.substring(0, colon) : entry;
            port = colon >= 0 ? entry.substring(colon + 1) : null;
        }
        if (host.isEmpty()) {
            throw invalid(s, "has no host");
        }
        return new Host(host, port == null ? defaultPort : checkPort(s, port, mayQuote));
    }

    private static int checkPort(String s, String port, boolean mayQuote) {
        boolean digits = !port.isEmpty() && port.length() <= 5;
        for (int i = 0; digits && i < port.length(); i++) {
            digits = port.charAt(i) >= '0' && port.charAt(i) <= '9';
        }
        int value = digits ? Integer.parseInt(port) : -1;
        if (value < 1 || value > 65535) {
            throw invalid(s, "has a bad port" + (mayQuote ? " '" + port + "'" : "") + " (expected a number from 1 to 65535)");
        }
        return value;
    }

    // ---------------------------------------------------------------- SQLite

    private static DatabaseUrl parseSqlite(String s, int pathStart, Path baseDir) {
        String rest = s.substring(pathStart);
        int q = rest.indexOf('?');
        String pathPart = q >= 0 ? rest.substring(0, q) : rest;
        String query = q >= 0 ? rest.substring(q + 1) : "";
        if (pathPart.isEmpty()) {
            return sqlite(s, SQLITE_MEMORY, query);
        }
        if (pathPart.charAt(0) != '/') {
            throw invalid(s, "has a host part; SQLite URLs have none"
                    + " (write sqlite:///relative.db with three slashes, sqlite:////absolute.db with four)");
        }
        String path = pathPart.substring(1);
        if (path.isEmpty() || path.equals(SQLITE_MEMORY)) {
            return sqlite(s, SQLITE_MEMORY, query);
        }
        return sqlite(s, file(s, path, baseDir), query);
    }

    private static DatabaseUrl parseJdbcSqlite(String s, String rest, Path baseDir) {
        if (rest.regionMatches(true, 0, "file:", 0, 5)) {
            return new DatabaseUrl(DialectKind.SQLITE, SQLITE_DRIVER, List.of(), rest, List.of(), null, null,
                    UrlMasking.maskUrl(s));
        }
        int q = rest.indexOf('?');
        String path = q >= 0 ? rest.substring(0, q) : rest;
        String query = q >= 0 ? rest.substring(q + 1) : "";
        if (path.isEmpty() || path.equals(SQLITE_MEMORY)) {
            return sqlite(s, SQLITE_MEMORY, query);
        }
        return sqlite(s, file(s, path, baseDir), query);
    }

    private static String file(String s, String path, Path baseDir) {
        try {
            return baseDir.resolve(path).normalize().toString();
        } catch (InvalidPathException e) {
            throw invalid(s, "has a SQLite path that is not a valid file name");
        }
    }

    /** A SQLite database: the file (or {@code :memory:}) and the query's parameters, as written. */
    private static DatabaseUrl sqlite(String s, String database, String query) {
        List<Parameter> parameters = new ArrayList<>();
        if (!query.isEmpty()) {
            for (String piece : query.split("&", -1)) {
                int eq = piece.indexOf('=');
                parameters.add(eq < 0 ? new Parameter(piece, null) : new Parameter(piece.substring(0, eq),
                        piece.substring(eq + 1)));
            }
        }
        return new DatabaseUrl(DialectKind.SQLITE, SQLITE_DRIVER, List.of(), database, parameters, null, null,
                UrlMasking.maskUrl(s));
    }

    // ---------------------------------------------------------------- helpers

    static GodwitException invalid(String s, String problem) {
        return new GodwitException(ErrorCode.BAD_URL, "The database URL '" + UrlMasking.maskSafely(s) + "' " + problem + ".",
                DatabaseUrl.ACCEPTED_FORMS);
    }

    private static String decodeCredential(String s, String raw) {
        try {
            return decode(raw);
        } catch (IllegalArgumentException e) {
            throw invalid(s, "has a bad %-escape in its user name or password");
        }
    }

    /** Percent-decoding as in URLs; unlike form decoding, '+' stays '+'. */
    static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
