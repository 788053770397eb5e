package dev.godwit.internal.model;

import dev.godwit.internal.config.DatabaseUrl;
import dev.godwit.internal.dialect.Dialect;
import dev.godwit.internal.connect.Connector;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/**
 * What a scratch server of one dialect says about itself before a model is normalised on it: its
 * product and version (for the model plugin), the defaults a scratch schema inherits and the
 * schema the model stands for. Made by {@link #probe}, which also proves the server is reachable.
 *
 * @param server where the scratch schemas are made (for SQLite: an in-memory database)
 * @param own the schema (MySQL: database) unqualified names resolve to there; null on SQLite
 */
public record ScratchServer(DatabaseUrl server, String product, String version, String defaults, String own) {

    /**
     * Connects to {@code server} (null: an in-memory SQLite database) and reads what it says.
     *
     * @throws dev.godwit.api.GodwitException when it cannot be reached
     */
    public static ScratchServer probe(Dialect dialect, DatabaseUrl server) {
        DatabaseUrl url = server != null ? server : DatabaseUrl.parse("sqlite://", Path.of(""));
        try (Connection connection = Connector.open(url, dialect, null)) {
            DatabaseMetaData meta = connection.getMetaData();
            return new ScratchServer(url, meta.getDatabaseProductName(), meta.getDatabaseProductVersion(),
                    dialect.schemaDefaults(connection, null), dialect.currentNamespace(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + url.masked() + ": " + e.getMessage(), e);
        }
    }
}
