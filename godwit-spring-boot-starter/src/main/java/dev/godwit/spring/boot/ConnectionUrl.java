package dev.godwit.spring.boot;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.core.env.Environment;

/**
 * The URL of a connection of Godwit's own, for when the application asks for one: {@code godwit.url}
 * with {@code godwit.user} and {@code godwit.password}; or {@code godwit.user} / {@code godwit.password}
 * alone, for the database the application's DataSource reaches ({@code spring.datasource.url}, else
 * its connections' metadata). Without any of them Godwit borrows the DataSource's connections and
 * needs no URL.
 */
final class ConnectionUrl {
    private static final String SQLITE = "jdbc:sqlite:";

    private ConnectionUrl() {
    }

    /**
     * The dedicated connection's URL, or null when Godwit borrows {@code dataSource}'s connections.
     *
     * @param env        where {@code spring.datasource.*} is read; null when {@code dataSource} is a
     *                   {@link GodwitDataSource} of its own, which those properties do not describe
     * @param dataSource the DataSource Godwit would borrow from (its metadata names the database)
     */
    static String dedicated(GodwitProperties properties, Environment env, DataSource dataSource) {
        if (properties.getUrl() != null) {
            return withCredentials(properties.getUrl(), properties.getUser(), properties.getPassword());
        }
        String user = blankToNull(properties.getUser());
        String password = blankToNull(properties.getPassword());
        if (user == null && password == null) {
            return null; // also godwit.user=${GODWIT_USER:} with the variable unset
        }
        String springUrl = env == null ? null : env.getProperty("spring.datasource.url");
        if (springUrl != null) {
            return withCredentials(springUrl, user != null ? user : env.getProperty("spring.datasource.username"),
                    password);
        }
        if (dataSource == null) {
            throw new IllegalStateException("godwit.user or godwit.password is set, but Godwit has no database to use"
                    + " them with: set godwit.url (or spring.datasource.url)");
        }
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            return withCredentials(meta.getURL(), user != null ? user : meta.getUserName(), password);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the DataSource's URL for godwit.user/godwit.password: "
                    + e.getMessage(), e);
        }
    }

    /**
     * {@code url} with {@code user=} and {@code password=} parameters added; SQLite takes none, but a
     * relative file path is made absolute against the working directory, where the application's
     * DataSource opens it (Godwit itself runs in the starter's work folder).
     */
    static String withCredentials(String url, String user, String password) {
        if (url.startsWith(SQLITE)) {
            return absoluteSqlite(url);
        }
        if (url.startsWith("sqlite:")) {
            return url;
        }
        StringBuilder out = new StringBuilder(url);
        char sep = url.contains("?") ? '&' : '?';
        if (user != null && !user.isEmpty() && !url.contains("user=")) {
            out.append(sep).append("user=").append(encode(user));
            sep = '&';
        }
        if (password != null && !password.isEmpty() && !url.contains("password=")) {
            out.append(sep).append("password=").append(encode(password));
        }
        return out.toString();
    }

    /** {@code jdbc:sqlite:shop.db} as {@code jdbc:sqlite:/working/directory/shop.db}; memory, file: and absolute URLs as they are. */
    static String absoluteSqlite(String url) {
        String rest = url.substring(SQLITE.length());
        int query = rest.indexOf('?');
        String file = query < 0 ? rest : rest.substring(0, query);
        if (file.isEmpty() || file.startsWith(":") || file.startsWith("file:") || Path.of(file).isAbsolute()) {
            return url;
        }
        return SQLITE + Path.of(file).toAbsolutePath().normalize() + (query < 0 ? "" : rest.substring(query));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
