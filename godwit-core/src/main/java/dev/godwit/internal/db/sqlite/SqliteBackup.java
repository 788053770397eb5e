package dev.godwit.internal.db.sqlite;

import dev.godwit.api.ErrorCode;
import dev.godwit.internal.backup.Backup;
import dev.godwit.internal.backup.BackupFiles;
import dev.godwit.internal.backup.BackupMethod;
import dev.godwit.internal.backup.BackupRequest;
import dev.godwit.internal.backup.Shell;
import dev.godwit.api.GodwitException;
import dev.godwit.internal.backup.BackupSource;
import dev.godwit.internal.config.DatabaseUrl;
import dev.godwit.internal.connect.Connector;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * SQLite: SQLite's online backup API, through the JDBC driver's {@code backup to 'file'} statement,
 * so a database other connections are using is copied consistently (uncommitted changes excluded).
 * Restoring is copying the file back while nothing uses the database.
 */
public final class SqliteBackup implements BackupMethod {

    @Override
    public Backup take(BackupRequest request, Duration timeout) {
        long started = System.nanoTime();
        DatabaseUrl url = (DatabaseUrl) request.url(); // the only BackupSource: connected to through Connector
        Path source = sourceFile(url);
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        Path file = BackupFiles.claim(request.backupDir(), stem, request.currentRevision(), request.time(), "sqlite");
        return BackupFiles.keepIfTaken(file, () -> {
            try (Connection connection = Connector.open(url, new SqliteDialect(), null);
                 Statement statement = connection.createStatement()) {
                statement.executeUpdate("backup to " + backupTarget(file));
            } catch (SQLException e) {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
                throw new GodwitException(ErrorCode.BACKUP_FAILED,
                        "Backup failed: copying the SQLite database " + source + " to " + file
                        + " failed: " + message, "If another program holds a write lock on the database, try again"
                        + " when it is done; check that the backup directory has space. Or run without a backup.", e);
            }
            return new Backup(file, restoreCommand(source, file), BackupFiles.size(file),
                    Duration.ofNanos(System.nanoTime() - started),
                    List.of("Stop every program that uses the database before restoring: the command overwrites "
                            + source.getFileName() + " and removes its -wal, -shm and -journal files, which"
                            + " belong to the database being replaced."));
        });
    }

    /** The database file; fails for in-memory databases and files that do not exist. */
    public static Path sourceFile(BackupSource url) {
        String path = filePath(url.database());
        if (path == null) {
            throw new GodwitException(ErrorCode.BACKUP_FAILED,
                    "Cannot back up " + url.masked() + ": an in-memory SQLite database has no file"
                    + " to back up.", "Use a database file, or run without a backup.");
        }
        Path file;
        try {
            file = Path.of(path).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new GodwitException(ErrorCode.BACKUP_FAILED,
                    "Cannot back up " + url.masked() + ": '" + path + "' is not a valid file name.",
                    "Check the database URL, or run without a backup.");
        }
        if (!Files.isRegularFile(file)) {
            throw new GodwitException(ErrorCode.BACKUP_FAILED,
                    "Cannot back up " + url.masked() + ": the SQLite database file " + file
                    + " does not exist.", "Check the database URL; a database not created yet needs no backup,"
                    + " so run without one.");
        }
        return file;
    }

    /**
     * The file a SQLite URL's database part names (a path or a {@code file:} URI), or null for an
     * in-memory database.
     */
    public static String filePath(String database) {
        if (database == null || database.isEmpty() || database.equals(":memory:")) {
            return null;
        }
        if (!database.regionMatches(true, 0, "file:", 0, 5)) {
            return database;
        }
        String rest = database.substring(5);
        int q = rest.indexOf('?');
        String query = q >= 0 ? rest.substring(q + 1) : "";
        rest = q >= 0 ? rest.substring(0, q) : rest;
        int hash = rest.indexOf('#');
        rest = hash >= 0 ? rest.substring(0, hash) : rest;
        if (rest.startsWith("//")) {
            int slash = rest.indexOf('/', 2);
            rest = slash < 0 ? "" : rest.substring(slash);
        }
        String path = URLDecoder.decode(rest.replace("+", "%2B"), StandardCharsets.UTF_8);
        boolean memory = path.isEmpty() || path.equals(":memory:")
                || ("&" + query.toLowerCase(Locale.ROOT) + "&").contains("&mode=memory&");
        return memory ? null : path;
    }

    /** The file for the driver's {@code backup to} statement, which takes '...' or "..." without escapes. */
    public static String backupTarget(Path file) {
        String path = file.toString();
        if (path.indexOf('\'') < 0) {
            return "'" + path + "'";
        }
        if (path.indexOf('"') < 0) {
            return "\"" + path + "\"";
        }
        throw new GodwitException(ErrorCode.BACKUP_FAILED,
                "Cannot back up to " + file + ": SQLite's driver cannot name a file whose path"
                + " has both ' and \".", "Choose a backup directory without quotes in its path.");
    }

    /** Copies the backup over the database and removes the replaced database's journal files. */
    public static String restoreCommand(Path source, Path file) {
        String db = source.toString();
        return Shell.join(List.of("cp", file.toString(), db)) + " && "
                + Shell.join(List.of("rm", "-f", db + "-wal", db + "-shm", db + "-journal"));
    }
}
