package dev.godwit.internal.config;

import dev.godwit.api.GodwitException;
import dev.godwit.internal.backup.BackupSource;
import dev.godwit.internal.db.Database;
import dev.godwit.internal.db.Databases;
import dev.godwit.internal.dialect.DialectKind;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * Where the database is: its family, the JDBC URL Godwit connects with (credentials taken out, they
 * travel in {@link #connectionProperties()}), the user and password, and the database name (or the
 * SQLite file). {@link #parse} reads both JDBC URLs and the {@code DATABASE_URL} forms Python tools
 * use. {@link #masked()} is the URL as the user wrote it with the password hidden; it is also
 * {@link #toString()}, so the password never reaches a log or a message.
 *
 * <p>The sixth component, {@code masked}, is what the user wrote (password already hidden); the
 * five-argument constructor derives it from the JDBC URL for URLs built in code.
 */
public record DatabaseUrl(
        DialectKind kind, String jdbcUrl, String user, String password, String database, String masked)
        implements BackupSource {

    /** The hint of every URL error: the forms {@link #parse} accepts. */
    static final String ACCEPTED_FORMS = String.join("\n",
            "Accepted database URL forms:",
            "  postgresql://user:password@host[:port]/database  (also postgres://, postgresql+driver://)",
            "  mysql://user:password@host[:port]/database       (also mariadb://, mysql+driver://)",
            "  sqlite:///relative/path.db   sqlite:////absolute/path.db   sqlite:// (in memory)",
            "  jdbc:postgresql://host[:port]/database   jdbc:mariadb://host[:port]/database",
            "  jdbc:mysql://host[:port]/database        jdbc:sqlite:path.db",
            "Write '@', ':' and '/' inside a user name or password as %40, %3A and %2F.");

    private static final String SQLITE_MEMORY = ":memory:";

    public DatabaseUrl {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (masked == null) {
            masked = UrlMasking.maskUrl(jdbcUrl);
        }
    }

    /** A URL built in code; its display form is the JDBC URL with any password parameter hidden. */
    public DatabaseUrl(DialectKind kind, String jdbcUrl, String user, String password, String database) {
        this(kind, jdbcUrl, user, password, database, null);
    }

    /**
     * Reads a database URL in any accepted form (see {@link #ACCEPTED_FORMS}); a relative SQLite
     * path is resolved against {@code baseDir}.
     *
     * @throws GodwitException when the URL cannot be used; its message shows the URL masked
     */
    public static DatabaseUrl parse(String url, Path baseDir) {
        Objects.requireNonNull(baseDir, "baseDir");
        if (url == null || url.isBlank()) {
            throw new GodwitException("The database URL is empty.", ACCEPTED_FORMS);
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

    /** {@code url} masked for display, whether or not it parses: every password becomes {@code ***}. */
    public static String mask(String url) {
        if (url == null) {
            return null;
        }
        try {
            return parse(url, Path.of("")).masked();
        } catch (RuntimeException e) {
            return UrlMasking.maskSafely(url);
        }
    }

    /** The URL for display, as the user wrote it, any password replaced by {@code ***}. */
    @Override
    public String masked() {
        return masked;
    }

    /** The masked URL: a DatabaseUrl never prints its password. */
    @Override
    public String toString() {
        return masked;
    }

    /** The user and password to connect with, for {@code DriverManager.getConnection(url, props)}. */
    public Properties connectionProperties() {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        return props;
    }

    /** This URL with another user and/or password; a null argument keeps the current one. */
    public DatabaseUrl withCredentials(String newUser, String newPassword) {
        String u = newUser != null ? newUser : user;
        String p = newPassword != null ? newPassword : password;
        if (Objects.equals(u, user) && Objects.equals(p, password)) {
            return this;
        }
        return new DatabaseUrl(kind, jdbcUrl, u, p, database, displayWithCredentials(masked, kind, u, p != null));
    }

    /**
     * Every secret this URL holds, for {@link Secrets#scrub}: the password, and the values of
     * parameters kept for the driver whose names say they are secret ({@code sslpassword}, …),
     * as written and decoded.
     */
    public java.util.Set<String> secrets() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if (password != null) {
            out.add(password);
        }
        if (kind != DialectKind.SQLITE) {
            out.addAll(ServerUrl.secretValues(jdbcUrl));
        }
        return out;
    }

    /** The hosts of a server URL ({@code host:port}, comma-separated when several), for messages; null for SQLite. */
    public String host() {
        if (kind == DialectKind.SQLITE) {
            return null;
        }
        int sep = jdbcUrl.indexOf("://");
        if (sep < 0) {
            return null;
        }
        int end = ServerUrl.indexOfAny(jdbcUrl, "/?", sep + 3);
        return jdbcUrl.substring(sep + 3, end);
    }

    // ---------------------------------------------------------------- parsing

    private static DatabaseUrl parseJdbc(String s, String lower, Path baseDir) {
        int colon = lower.indexOf(':', "jdbc:".length());
        Database database = colon < 0 ? null : Databases.forSubprotocol(lower.substring("jdbc:".length(), colon))
                .orElse(null);
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

    private static DatabaseUrl parseServer(Database db, String s, int authStart, boolean lenient) {
        ServerUrl parts = ServerUrl.read(s, authStart, lenient);
        String user = parts.rawUser() == null ? null : decodeCredential(s, parts.rawUser());
        String password = parts.rawPassword() == null ? null : decodeCredential(s, parts.rawPassword());
        String hosts = normalizeHosts(s, parts.hosts(), db.defaultPort(), mayQuote(s, parts));
        if (parts.path().indexOf('@') >= 0) {
            throw invalid(s, "has an '@' after its host (write '@', '/', '?' and '#' inside a user name or"
                    + " password as %40, %2F, %3F and %23)");
        }
        String rawDb = parts.path().isEmpty() ? "" : parts.path().substring(1);
        if (rawDb.isEmpty()) {
            throw invalid(s, "names no database (expected '/database' after the host)");
        }
        if (rawDb.indexOf('/') >= 0) {
            throw invalid(s, "has a '/' in its database name");
        }
        String database;
        try {
            database = decode(rawDb);
        } catch (IllegalArgumentException e) {
            throw invalid(s, "has a bad %-escape in its database name");
        }
        List<String> kept = new ArrayList<>();
        for (ServerUrl.Param param : parts.query()) {
            String key = param.name().toLowerCase(Locale.ROOT);
            if (key.equals("user") && param.value() != null) {
                user = user == null ? decodeCredential(s, param.value()) : user;
            } else if (key.equals("password") && param.value() != null) {
                password = password == null ? decodeCredential(s, param.value()) : password;
            } else if (!db.dropsUrlParameter(key) && !param.name().isEmpty()) {
                kept.add(param.text(false).substring(1));
            }
        }
        String jdbc = db.jdbcUrlPrefix() + hosts + "/" + rawDb + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        return new DatabaseUrl(db.kind(), jdbc, emptyToNull(user), emptyToNull(password), database, parts.masked());
    }

    /** Whether a piece of the host list may be quoted in a message: no '@' follows, so it is no password's. */
    private static boolean mayQuote(String s, ServerUrl parts) {
        int from = parts.prefix().length() + (parts.userInfo() == null ? 0 : parts.userInfo().length() + 1);
        return s.indexOf('@', from) < 0;
    }

    /** The host list with default ports filled in; IPv6 literals stay in brackets. */
    private static String normalizeHosts(String s, String hostPart, int defaultPort, boolean mayQuote) {
        if (hostPart.isEmpty()) {
            throw invalid(s, "has no host");
        }
        StringBuilder out = new StringBuilder();
        for (String entry : hostPart.split(",", -1)) {
            String host;
            String port = null;
            if (entry.startsWith("[")) {
                int close = entry.indexOf(']');
                if (close < 0) {
                    throw invalid(s, "has an IPv6 host without its closing ']'");
                }
                host = entry.substring(0, close + 1);
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
            if (host.isEmpty() || host.equals("[]")) {
                throw invalid(s, "has no host");
            }
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(host).append(':').append(port == null ? defaultPort : checkPort(s, port, mayQuote));
        }
        return out.toString();
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

    private static DatabaseUrl parseSqlite(String s, int pathStart, Path baseDir) {
        String rest = s.substring(pathStart);
        int q = rest.indexOf('?');
        String pathPart = q >= 0 ? rest.substring(0, q) : rest;
        String query = q >= 0 ? rest.substring(q + 1) : "";
        if (pathPart.isEmpty()) {
            return sqliteMemory(s, query);
        }
        if (pathPart.charAt(0) != '/') {
            throw invalid(s, "has a host part; SQLite URLs have none"
                    + " (write sqlite:///relative.db with three slashes, sqlite:////absolute.db with four)");
        }
        String path = pathPart.substring(1);
        if (path.isEmpty() || path.equals(SQLITE_MEMORY)) {
            return sqliteMemory(s, query);
        }
        return sqliteFile(s, path, query, baseDir);
    }

    private static DatabaseUrl parseJdbcSqlite(String s, String rest, Path baseDir) {
        if (rest.regionMatches(true, 0, "file:", 0, 5)) {
            return new DatabaseUrl(DialectKind.SQLITE, s, null, null, rest, UrlMasking.maskUrl(s));
        }
        int q = rest.indexOf('?');
        String path = q >= 0 ? rest.substring(0, q) : rest;
        String query = q >= 0 ? rest.substring(q + 1) : "";
        if (path.isEmpty() || path.equals(SQLITE_MEMORY)) {
            return sqliteMemory(s, query);
        }
        return sqliteFile(s, path, query, baseDir);
    }

    private static DatabaseUrl sqliteMemory(String s, String query) {
        String jdbc = "jdbc:sqlite:" + SQLITE_MEMORY + (query.isEmpty() ? "" : "?" + query);
        return new DatabaseUrl(DialectKind.SQLITE, jdbc, null, null, SQLITE_MEMORY, UrlMasking.maskUrl(s));
    }

    private static DatabaseUrl sqliteFile(String s, String path, String query, Path baseDir) {
        Path file;
        try {
            file = baseDir.resolve(path).normalize();
        } catch (InvalidPathException e) {
            throw invalid(s, "has a SQLite path that is not a valid file name");
        }
        String jdbc = "jdbc:sqlite:" + file + (query.isEmpty() ? "" : "?" + query);
        return new DatabaseUrl(DialectKind.SQLITE, jdbc, null, null, file.toString(), UrlMasking.maskUrl(s));
    }

    // ---------------------------------------------------------------- helpers

    private static GodwitException invalid(String s, String problem) {
        return new GodwitException("The database URL '" + UrlMasking.maskSafely(s) + "' " + problem + ".",
                ACCEPTED_FORMS);
    }

    private static String decodeCredential(String s, String raw) {
        try {
            return decode(raw);
        } catch (IllegalArgumentException e) {
            throw invalid(s, "has a bad %-escape in its user name or password");
        }
    }

    /** Percent-decoding as in URLs; unlike form decoding, '+' stays '+'. */
    private static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String encode(String raw) {
        return URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /**
     * The display form {@code shown} with its user and password replaced. URLs written with
     * credentials in their authority get the new ones there; other server URLs of the Python form
     * get them added; JDBC URLs without an authority user, and SQLite URLs, stay as written.
     */
    private static String displayWithCredentials(String shown, DialectKind kind, String user, boolean hasPassword) {
        int sep = shown.indexOf("://");
        if (sep < 0 || kind == DialectKind.SQLITE) {
            return shown;
        }
        boolean jdbc = shown.regionMatches(true, 0, "jdbc:", 0, 5);
        ServerUrl parts = ServerUrl.read(shown, sep + 3, !jdbc);
        String userInfo = (user == null ? "" : encode(user)) + (hasPassword ? ":" + UrlMasking.MASK : "");
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
}
