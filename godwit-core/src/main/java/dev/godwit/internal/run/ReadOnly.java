package dev.godwit.internal.run;

import dev.godwit.internal.connect.Connector;
import dev.godwit.internal.connect.Errors;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.internal.config.DatabaseUrl;
import dev.godwit.internal.config.Settings;
import dev.godwit.internal.dialect.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * Work that only reads the database (a --dry-run's plan) must not create it: a SQLite file that
 * does not exist yet is read as the empty database it would be, an in-memory one.
 */
final class ReadOnly {

    private ReadOnly() {
    }

    static <T> T connected(Session session, Settings settings, Dialect dialect, RevisionFiles source,
            Session.RevisionWork<T> work) {
        DatabaseUrl url = settings.url();
        String file = url.database();
        boolean missing = dialect.isFile() && file != null && !file.equals(":memory:")
                && !file.startsWith("file:") && !Files.exists(Path.of(file));
        if (!missing) {
            return session.connected(source, false, work);
        }
        source.preload(null);
        try (Connection connection = Connector.open(DatabaseUrl.parse("sqlite://", settings.baseDir()), dialect, null)) {
            return work.run(connection, source);
        } catch (SQLException e) {
            throw new GodwitException(ErrorCode.DATABASE_FAILED, "Database error: " + Errors.firstLine(e),
                    "The cause has the full error.", e, Map.of("see", "cause"));
        } catch (RuntimeException e) {
            RuntimeException problem = source.failure();
            throw problem != null ? problem : e;
        }
    }
}
