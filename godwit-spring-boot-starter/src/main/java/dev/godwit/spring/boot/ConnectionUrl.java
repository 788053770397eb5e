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
 * The URL Godwit connects with. The facade opens its own connections from a URL, so the starter
 * takes {@code godwit.url}, else {@code spring.datasource.url} (with its username and password), else
 * what the DataSource's connection metadata says (URL and user; no password).
 */
final class ConnectionUrl {
    private static final String SQLITE = "jdbc:sqlite:";

    private ConnectionUrl() {
    }

    static String of(GodwitProperties properties, Environment env, DataSource dataSource) {
        if (properties.getUrl() != null) {
            return withCredentials(properties.getUrl(), properties.getUser(), properties.getPassword());
        }
        String springUrl = env.getProperty("spring.datasource.url");
        if (springUrl != null) {
            return withCredentials(springUrl, env.getProperty("spring.datasource.username"),
                    env.getProperty("spring.datasource.password"));
        }
        if (dataSource == null) {
            throw new IllegalStateException("Godwit needs godwit.url, spring.datasource.url or a DataSource");
        }
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            return withCredentials(meta.getURL(), meta.getUserName(), null);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the DataSource's URL for Godwit: " + e.getMessage(), e);
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

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
