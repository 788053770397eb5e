package dev.godwit.internal.config;

import dev.godwit.api.GodwitException;
import dev.godwit.internal.backup.BackupSource;
import dev.godwit.internal.db.Database;
import dev.godwit.internal.db.Databases;
import dev.godwit.internal.dialect.DialectKind;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * Where the database is, taken apart: its family, the JDBC driver prefix, the server's hosts and
 * ports, the database (name, or the SQLite file), the parameters kept for the driver, and the user
 * and password, kept apart from the rest (they travel in {@link #connectionProperties()}, never in
 * the JDBC URL). The JDBC URL Godwit connects with, {@link #jdbcUrl()}, is built from these parts.
 *
 * <p>{@link #parse} reads both JDBC URLs and the {@code DATABASE_URL} forms Python tools use;
 * {@link #ofJdbc} reads a JDBC URL written in code. {@link #masked()} is the URL as the user wrote
 * it with every password hidden (what the user wrote cannot be rebuilt from the parts: the scheme
 * they chose, the ports they left out); it is also {@link #toString()}, so the password never
 * reaches a log or a message.
 *
 * @param kind the database family
 * @param driver the JDBC URL up to the location: {@code jdbc:postgresql://}, {@code jdbc:mariadb://},
 *     {@code jdbc:sqlite:}, or a driver mode written in code ({@code jdbc:mariadb:replication://})
 * @param hosts the server's hosts and ports, in order; empty for SQLite
 * @param rawDatabase the database as written in the URL's path (percent-encoded, see
 *     {@link #database()}); for SQLite the file's absolute path, {@code :memory:}, or a {@code file:}
 *     URI as written
 * @param parameters the query parameters kept for the driver, as written, in order (the user and
 *     password parameters taken out)
 * @param user the user to connect as, or null
 * @param password the password, or null
 * @param masked the URL for display, as written, every password replaced by {@code ***}; null
 *     derives it from the JDBC URL
 * @param dataSource where connections come from instead of the driver (the application's own pool),
 *     or null; the other parts then describe the database it reaches (its metadata's URL and user)
 */
public record DatabaseUrl(DialectKind kind, String driver, List<Host> hosts, String rawDatabase,
        List<Parameter> parameters, String user, String password, String masked, javax.sql.DataSource dataSource)
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

    @Override
    public List<BackupSource.Endpoint> endpoints() {
        return hosts.stream().map(h -> new BackupSource.Endpoint(h.name(), h.port())).toList();
    }

    @Override
    public List<BackupSource.RawParameter> rawParameters() {
        return parameters.stream().map(p -> new BackupSource.RawParameter(p.name(), p.value())).toList();
    }

    /**
     * One host of a server, with its port.
     *
     * @param name the host name or address (an IPv6 address without brackets)
     * @param port the port
     */
    public record Host(String name, int port) {
        public Host {
            Objects.requireNonNull(name, "name");
        }

        /** {@code name:port}, an IPv6 address in brackets: as in a URL. */
        public String text() {
            return (name.indexOf(':') >= 0 ? "[" + name + "]" : name) + ":" + port;
        }
    }

    /**
     * One query parameter, as written.
     *
     * @param name its name
     * @param value its value, percent-encoded as written, or null when the parameter has no {@code '='}
     */
    public record Parameter(String name, String value) {
        public Parameter {
            Objects.requireNonNull(name, "name");
        }

        /** {@code name=value}, or {@code name} alone: as in a URL. */
        public String text() {
            return value == null ? name : name + "=" + value;
        }

        /** Whether the name says the value is a secret ({@code sslpassword}, {@code token}, …). */
        public boolean secret() {
            return value != null && ServerUrl.isSecretName(name);
        }
    }

    /** A URL Godwit connects to through the JDBC driver. */
    public DatabaseUrl(DialectKind kind, String driver, List<Host> hosts, String rawDatabase,
            List<Parameter> parameters, String user, String password, String masked) {
        this(kind, driver, hosts, rawDatabase, parameters, user, password, masked, null);
    }

    public DatabaseUrl {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(driver, "driver");
        Objects.requireNonNull(rawDatabase, "rawDatabase");
        hosts = List.copyOf(hosts);
        parameters = List.copyOf(parameters);
        if (masked == null) {
            masked = UrlMasking.maskUrl(jdbcUrl(driver, hosts, rawDatabase, parameters));
        }
    }

    /**
     * Reads a database URL in any accepted form (see {@link #ACCEPTED_FORMS}); a relative SQLite
     * path is resolved against {@code baseDir}.
     *
     * @throws dev.godwit.api.GodwitException when the URL cannot be used; its message shows the URL masked
     */
    public static DatabaseUrl parse(String url, Path baseDir) {
        return UrlParser.parse(url, baseDir);
    }

    /**
     * A JDBC URL written in code, taken apart: besides the forms {@link #parse} reads, driver modes
     * ({@code jdbc:mariadb:replication://h1,h2/db}), PostgreSQL's local form ({@code jdbc:postgresql:db},
     * the local server's default port) and user information in the URL (used when {@code user} or
     * {@code password} is null). Every parameter is kept as written; the database may be missing.
     *
     * @throws dev.godwit.api.GodwitException when the URL cannot be taken apart
     */
    public static DatabaseUrl ofJdbc(DialectKind kind, String jdbcUrl, String user, String password) {
        return JdbcUrlReader.read(kind, jdbcUrl, user, password);
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

    /** The JDBC URL to connect with, built from the parts; it holds no user and no password of its own. */
    public String jdbcUrl() {
        return jdbcUrl(driver, hosts, rawDatabase, parameters);
    }

    private static String jdbcUrl(String driver, List<Host> hosts, String rawDatabase, List<Parameter> parameters) {
        StringBuilder out = new StringBuilder(driver);
        if (!hosts.isEmpty()) {
            List<String> texts = new ArrayList<>();
            for (Host host : hosts) {
                texts.add(host.text());
            }
            out.append(String.join(",", texts)).append('/');
        }
        out.append(rawDatabase);
        if (!parameters.isEmpty()) {
            List<String> texts = new ArrayList<>();
            for (Parameter p : parameters) {
                texts.add(p.text());
            }
            out.append('?').append(String.join("&", texts));
        }
        return out.toString();
    }

    /**
     * The database: for a server its name, percent-decoded (null when a URL written in code names
     * none); for SQLite the file's absolute path, {@code :memory:}, or the {@code file:} URI as written.
     */
    public String database() {
        if (kind == DialectKind.SQLITE) {
            return rawDatabase;
        }
        if (rawDatabase.isEmpty()) {
            return null;
        }
        return rawDatabase.indexOf('%') < 0 ? rawDatabase
                : URLDecoder.decode(rawDatabase.replace("+", "%2B"), StandardCharsets.UTF_8);
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
        String shown = kind == DialectKind.SQLITE ? masked : UrlMasking.withCredentials(masked, u, p != null);
        return new DatabaseUrl(kind, driver, hosts, rawDatabase, parameters, u, p, shown, dataSource);
    }

    /** This URL reached through {@code source}'s connections instead of the driver. */
    public DatabaseUrl withDataSource(javax.sql.DataSource source) {
        return new DatabaseUrl(kind, driver, hosts, rawDatabase, parameters, user, password, masked, source);
    }

    /**
     * Every secret this URL holds, for {@link Secrets#scrub}: the password, and the values of
     * parameters kept for the driver whose names say they are secret ({@code sslpassword}, …),
     * as written and decoded.
     */
    public Set<String> secrets() {
        Set<String> out = new LinkedHashSet<>();
        if (password != null) {
            out.add(password);
        }
        if (kind == DialectKind.SQLITE) {
            return out;
        }
        for (Parameter p : parameters) {
            if (p.secret() && !p.value().isEmpty()) {
                out.add(p.value());
                try {
                    out.add(URLDecoder.decode(p.value().replace("+", "%2B"), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    // the written form is there already
                }
            }
        }
        return out;
    }

    /** The hosts of a server URL ({@code host:port}, comma-separated when several), for messages; null for SQLite. */
    public String host() {
        if (hosts.isEmpty()) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (Host h : hosts) {
            texts.add(h.text());
        }
        return String.join(",", texts);
    }
}
