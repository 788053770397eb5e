package dev.godwit.internal.run;

import dev.godwit.internal.connect.Connector;
import dev.godwit.internal.connect.Errors;

import dev.godwit.api.AuditEntry;
import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.MigrationListener;
import dev.godwit.api.ValidationResult;
import dev.godwit.internal.backup.Backup;
import dev.godwit.internal.backup.BackupRequest;
import dev.godwit.internal.backup.BackupTaker;
import dev.godwit.internal.backup.ToolLocator;
import dev.godwit.internal.config.Settings;
import dev.godwit.internal.db.Database;
import dev.godwit.internal.dialect.Dialect;
import dev.godwit.internal.dialect.RunLock;
import dev.godwit.internal.script.SplitterOptions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One database as Godwit works with it: its connection, its run lock, and its two bookkeeping
 * tables. Changes run under the lock; an up-to-date database is answered from one optimistic read
 * without taking it, and a run that had to wait re-reads the version table once it holds the lock.
 */
public final class Session {
    private final Settings settings;
    private final Database database;
    private final Dialect dialect;
    private final VersionTable versions;
    private final HistoryTable history;
    private final ProgressTable progress;
    private final MigrationListener listener;
    /** The connection every piece of work runs on, left open; null: a new connection each time. */
    private final Connection kept;

    public Session(Settings settings, Database database, MigrationListener listener) {
        this(settings, database, listener, null);
    }

    private Session(Settings settings, Database database, MigrationListener listener, Connection kept) {
        this.kept = kept;
        this.settings = settings;
        this.database = database;
        this.dialect = database.dialect();
        this.versions = new VersionTable(dialect, settings.schema(), settings.versionTable());
        this.history = new HistoryTable(dialect, settings.schema(), settings.historyTable());
        this.progress = new ProgressTable(dialect, settings.schema(), settings.historyTable());
        this.listener = listener;
    }

    /**
     * This session on one open connection: every piece of work runs on {@code connection} instead of
     * a new one, and leaves it open (the caller closes it). For a database only this process uses,
     * such as the migration test's scratch database, where a connection per run is pure cost.
     */
    public Session on(Connection connection) {
        return new Session(settings, database, listener, connection);
    }

    /** A new connection to this session's database, as every piece of work gets one; the caller closes it. */
    public Connection open() {
        return Connector.open(settings.url(), dialect, settings.schema(), settings.timeouts());
    }

    /** The database the URL names: its dialect, inspector, renderer and backup method. */
    public Database database() {
        return database;
    }

    public Dialect dialect() {
        return dialect;
    }

    public VersionTable versions() {
        return versions;
    }

    Settings settings() {
        return settings;
    }

    HistoryTable history() {
        return history;
    }

    ProgressTable progress() {
        return progress;
    }

    public MigrationListener listener() {
        return listener;
    }

    /**
     * The name a person types to confirm a change: the database changed (on MySQL/MariaDB the
     * `schema` database when set), or the SQLite file's name.
     */
    public String databaseName() {
        String name = dialect.changedDatabase(settings.url().database(), settings.schema());
        if (name == null) {
            return "";
        }
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return slash < 0 ? name : name.substring(slash + 1);
    }

    /** Work on an open connection. */
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Work on an open connection, with the revision files (their {@code get()} waits for them). */
    public interface RevisionWork<T> {
        T run(Connection connection, RevisionFiles files) throws SQLException;
    }

    /**
     * Runs {@code work} on a new connection while the revision files load on a thread of their own
     * ({@link RevisionFiles#preload}, unless they are read or being read already); with
     * {@code split}, every revision is also split and checksummed ahead. {@code work} waits for the
     * files only when it asks for them. A problem with the files wins over a database error, as it
     * would if they were read before connecting.
     */
    public <T> T connected(RevisionFiles files, boolean split, RevisionWork<T> work) {
        files.preload(split ? reading() : null);
        try {
            return connected(connection -> work.run(connection, files));
        } catch (RuntimeException e) {
            RuntimeException problem = files.failure();
            throw problem != null ? problem : e;
        }
    }

    /** Gets the JDBC driver ready to connect, without connecting (see {@link Connector#warmUp}). */
    public void warmUp() {
        Connector.warmUp(settings.url(), dialect);
    }

    /** Runs {@code work} on a new connection, closed afterwards (or on the kept one, left open). */
    public <T> T connected(Work<T> work) {
        if (kept != null) {
            try {
                return work.run(kept);
            } catch (SQLException e) {
                throw failed(e);
            }
        }
        try (Connection connection = open()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private GodwitException failed(SQLException e) {
        return new GodwitException(ErrorCode.DATABASE_FAILED, "Database error on " + settings.url().masked() + ": "
                + dev.godwit.internal.config.Secrets.of(settings.url()).scrub(Errors.firstLine(e)),
                "The cause has the full error.", e, Map.of("see", "cause"));
    }

    /** The version table's rows, or null when it does not exist. */
    public Set<String> rows(Connection connection) {
        try {
            return versions.read(connection);
        } catch (SQLException e) {
            throw new GodwitException(ErrorCode.DATABASE_FAILED, "Could not read the version table " + settings.versionTable() + " in "
                    + settings.url().masked() + ": " + Errors.firstLine(e),
                    "Check that the user may read it, and the `schema` setting.", e);
        }
    }

    /**
     * What the bookkeeping tables say: the version table's rows and the checksums recorded in the
     * history, each null when its table does not exist, and whether a progress table may exist.
     */
    record Snapshot(Set<String> rows, Map<String, AuditEntry> recorded, boolean progressMayExist) {
        Set<String> rowsOrEmpty() {
            return orEmpty(rows);
        }
    }

    /**
     * Reads both bookkeeping tables. Where the dialect can ask its catalog which of them exist (one
     * query), a missing table is not queried at all: a first deploy then puts no "relation does not
     * exist" errors in the server's log; elsewhere reading a missing table fails and means "absent".
     */
    Snapshot snapshot(Connection connection) throws SQLException {
        boolean[] exist = dialect.tablesExist(connection, versions.qualifiedName(), history.qualifiedName(),
                progress.qualifiedName());
        Set<String> rows = exist != null && !exist[0] ? null : rows(connection);
        Map<String, AuditEntry> recorded = exist != null && !exist[1] ? null : history.recordedChecksums(connection, false);
        return new Snapshot(rows, recorded, exist == null || exist[2]);
    }

    /** Checks the applied revisions against their files. */
    public ValidationResult validate(RevisionFiles source) {
        return connected(source, true, (connection, files) -> {
            Snapshot snapshot = snapshot(connection);
            Revisions revisions = files.get();
            return validate(connection, revisions, snapshot, false)
                    .withWarnings(Validator.dialectWarnings(revisions, settings.dialects()));
        });
    }

    /** The audit history, newest first. */
    public List<AuditEntry> log(int limit) {
        return connected(connection -> history.list(connection, limit));
    }

    /**
     * Checks the applied revisions against what the snapshot recorded; when something is wrong, the
     * history is read again with its timestamps, so the messages say when each checksum was recorded.
     */
    ValidationResult validate(Connection connection, Revisions revisions, Snapshot snapshot, boolean require)
            throws SQLException {
        Validator validator = new Validator(revisions, reading());
        ValidationResult result = validator.check(snapshot.rowsOrEmpty(), snapshot.recorded());
        if (!result.ok() && snapshot.recorded() != null) {
            result = validator.check(snapshot.rowsOrEmpty(), history.recordedChecksums(connection, true));
        }
        if (require) {
            Validator.requireValid(result);
        }
        return result;
    }

    /** Work under the run lock, with the revision files. */
    interface LockedWork<T> {
        T run(Connection connection, Revisions revisions, RunLock lock) throws SQLException;
    }

    <T> T locked(RevisionFiles source, LockedWork<T> work) {
        return connected(source, false, (connection, files) -> {
            Revisions revisions = files.get();
            RunLock lock = dialect.runLock(dialect.namespace(connection, settings.schema()), settings.versionTable());
            Locker.acquire(connection, lock, settings.lockTimeout(), listener);
            try {
                return work.run(connection, revisions, lock);
            } finally {
                releaseQuietly(connection, lock);
            }
        });
    }

    <T> T inTransaction(Connection connection, RunLock lock, Work<T> work) throws SQLException {
        boolean own = connection.getAutoCommit() && !lock.isTransaction();
        if (own) {
            connection.setAutoCommit(false);
        }
        try {
            T result = work.run(connection);
            if (own) {
                connection.commit();
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            if (own) {
                connection.rollback();
            }
            throw e;
        } finally {
            if (own) {
                connection.setAutoCommit(true);
            }
        }
    }

    void ensureTables(Connection connection, boolean versionTableExists) throws SQLException {
        ensureTables(connection, versions, history, versionTableExists, false);
    }

    static void ensureTables(Connection connection, VersionTable versions, HistoryTable history,
                                     boolean versionTableExists, boolean historyTableExists) throws SQLException {
        if (!versionTableExists) {
            versions.create(connection);
        }
        if (!historyTableExists) {
            history.create(connection);
        }
    }

    AuditEntry entry(Revisions revisions, String id, String action, RunIdentity who, boolean withChecksum) {
        var file = revisions.file(id);
        return AuditEntry.builder(id, action)
                .checksum(withChecksum ? revisions.split(id, reading()).checksum() : null,
                        withChecksum ? Checksum.ALGORITHM : null)
                .message(file.message()).ranBy(who.databaseUser(), who.osUser(), who.host()).build();
    }

    /** Which sections of the revision files this database runs, and how they are split. */
    public Reading reading() {
        return Reading.of(dialect);
    }

    /** How this database's revisions are split into statements. */
    public SplitterOptions splitterOptions() {
        return dialect.splitterOptions();
    }

    static void releaseQuietly(Connection connection, RunLock lock) {
        try {
            lock.release(connection);
        } catch (SQLException ignored) {
            // closing the connection releases it anyway
        }
    }

    static Set<String> orEmpty(Set<String> rows) {
        return rows == null ? Set.of() : rows;
    }
}
