package dev.godwit.internal.usecase;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.internal.config.DatabaseUrl;
import dev.godwit.internal.config.Settings;
import dev.godwit.internal.db.Database;
import dev.godwit.internal.dialect.Dialect;
import dev.godwit.internal.connect.Connector;
import dev.godwit.internal.connect.Errors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A throw-away database for a migration test, never the configured one: a temporary file on
 * SQLite; on PostgreSQL a fresh schema and on MySQL/MariaDB a fresh database, both named
 * {@code godwit_scratch_…} as {@code model.ScratchDatabase} names its own and made on the
 * {@code dev_url} server when one is configured, on the configured server otherwise. Closing it
 * removes it.
 */
final class ScratchTarget implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Settings settings;
    private final Dialect dialect;
    private final Path file;
    private final String schema;

    private ScratchTarget(Settings settings, Dialect dialect, Path file, String schema) {
        this.settings = settings;
        this.dialect = dialect;
        this.file = file;
        this.schema = schema;
    }

    /** Makes the scratch database for a project configured with {@code live}. */
    static ScratchTarget open(Settings live, Database database) {
        Dialect dialect = database.dialect();
        Settings base = live.withBackup(false).withConfirm(false);
        if (dialect.scratchInMemory()) {
            try {
                Path file = Files.createTempFile("godwit-test-", ".db").toAbsolutePath();
                DatabaseUrl url = DatabaseUrl.parse("sqlite:///" + file, live.baseDir());
                return new ScratchTarget(base.withUrl(url, "scratch").withSchema(null), dialect, file, null);
            } catch (IOException e) {
                throw new GodwitException(ErrorCode.IO_FAILED, "Could not create a temporary SQLite file: "
                        + e.getMessage(), "Check that the temporary folder is writable.", e);
            }
        }
        DatabaseUrl dev = live.devDatabase();
        DatabaseUrl server = dev == null ? live.url() : dev;
        String name = "godwit_scratch_" + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE);
        try (Connection connection = Connector.open(server, dialect, null)) {
            dialect.createScratchSchema(connection, name, dialect.schemaDefaults(connection, null));
        } catch (SQLException e) {
            throw new GodwitException(ErrorCode.DATABASE_FAILED, "Could not create the scratch " + dialect.schemaNoun()
                    + " " + name + " on " + server.masked() + ": " + Errors.firstLine(e),
                    "The user needs the privilege to create a " + dialect.schemaNoun() + " ("
                            + dialect.scratchGrant(server.database(), server.user()) + "), or set `dev_url` to a "
                            + "server where it has it.", e);
        }
        return new ScratchTarget(base.withUrl(server, "scratch").withSchema(name), dialect, null, name);
    }

    /** The project's settings pointed at the scratch database (no backup, no confirmation). */
    Settings settings() {
        return settings;
    }

    /** Where the scratch database is, password masked. */
    String describe() {
        return file != null ? file.toString() : settings.url().masked() + " (" + dialect.schemaNoun() + " " + schema + ")";
    }

    @Override
    public void close() {
        if (file != null) {
            for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
                try {
                    Files.deleteIfExists(Path.of(file + suffix));
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            }
            return;
        }
        try (Connection connection = Connector.open(settings.url(), dialect, null)) {
            dialect.dropSchema(connection, schema);
        } catch (SQLException e) {
            throw new GodwitException(ErrorCode.DATABASE_FAILED, "Could not drop the scratch " + dialect.schemaNoun()
                    + " " + schema + " on " + settings.url().masked() + ": " + Errors.firstLine(e),
                    "Drop it by hand; it holds only what the migration test made.", e);
        }
    }
}
