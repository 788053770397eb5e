package dev.godwit.internal.connect;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.internal.config.DatabaseUrl;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The database an application's DataSource reaches, as a {@link DatabaseUrl} that connects through
 * it: one connection is borrowed to read the URL and user from its metadata (which decide the
 * database family), and given back.
 */
public final class DataSourceUrl {

    private DataSourceUrl() {
    }

    /**
     * Reads where {@code source} connects; the URL's password, if its metadata shows one, stays masked.
     * A relative SQLite file in the metadata is the one the DataSource's driver opened: in the process's
     * working directory, not Godwit's base directory.
     */
    public static DatabaseUrl of(DataSource source) {
        String url;
        String user;
        try (Connection connection = source.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            url = meta.getURL();
            user = meta.getUserName();
        } catch (SQLException e) {
            throw new GodwitException(ErrorCode.CONNECTION_FAILED, "Could not get a connection from the DataSource ("
                    + source.getClass().getName() + "): " + Errors.firstLine(e),
                    "Check the DataSource's configuration and that the database server is running.", e);
        }
        if (url == null) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION, "The DataSource (" + source.getClass().getName()
                    + ") does not say which database it reaches (its connections' metadata has no URL).",
                    "Give Godwit the JDBC URL instead (GodwitBuilder.url).");
        }
        DatabaseUrl parsed = DatabaseUrl.parse(url, Path.of("").toAbsolutePath());
        if (user != null && !user.isEmpty() && parsed.user() == null) {
            parsed = parsed.withCredentials(user, null);
        }
        return parsed.withDataSource(source);
    }
}
