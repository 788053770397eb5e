package dev.godwit.internal.run;

import dev.godwit.api.AuditEntry;
import dev.godwit.api.BackupInfo;
import dev.godwit.api.Direction;
import dev.godwit.api.GodwitException;
import dev.godwit.api.MigrationListener;
import dev.godwit.api.MigrationPreview;
import dev.godwit.api.MigrationResult;
import dev.godwit.api.PartialRevision;
import dev.godwit.api.RevisionInfo;
import dev.godwit.api.StampResult;
import dev.godwit.api.ValidationResult;
import dev.godwit.internal.backup.Backup;
import dev.godwit.internal.backup.BackupRequest;
import dev.godwit.internal.backup.BackupTaker;
import dev.godwit.internal.backup.ToolLocator;
import dev.godwit.internal.config.Settings;
import dev.godwit.internal.db.Database;
import dev.godwit.internal.dialect.Dialect;
import dev.godwit.internal.dialect.Namespace;
import dev.godwit.internal.dialect.RunLock;
import dev.godwit.internal.graph.Planner;
import dev.godwit.internal.lint.DataLoss;
import dev.godwit.internal.script.RevisionFileParser;
import dev.godwit.internal.script.Statement;
import dev.godwit.internal.script.SplitterOptions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
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

    public Session(Settings settings, Database database, MigrationListener listener) {
        this.settings = settings;
        this.database = database;
        this.dialect = database.dialect();
        this.versions = new VersionTable(dialect, settings.schema(), settings.versionTable());
        this.history = new HistoryTable(dialect, settings.schema(), settings.historyTable());
        this.progress = new ProgressTable(dialect, settings.schema(), settings.historyTable());
        this.listener = listener;
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
        files.preload(split ? splitterOptions() : null);
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

    /** Runs {@code work} on a new connection, closed afterwards. */
    public <T> T connected(Work<T> work) {
        try (Connection connection = Connector.open(settings.url(), dialect, settings.schema(), settings.timeouts())) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new GodwitException("Database error on " + settings.url().masked() + ": "
                    + dev.godwit.internal.config.Secrets.of(settings.url()).scrub(Errors.firstLine(e)),
                    "Run again with --debug for details.", e);
        }
    }

    /** The version table's rows, or null when it does not exist. */
    public Set<String> rows(Connection connection) {
        try {
            return versions.read(connection);
        } catch (SQLException e) {
            throw new GodwitException("Could not read the version table " + settings.versionTable() + " in "
                    + settings.url().masked() + ": " + Errors.firstLine(e),
                    "Check that the user may read it, and the `schema` setting.", e);
        }
    }

    /** Applies ({@code up}) or undoes revisions to reach {@code target}, doing {@code partial} about a half-applied one. */
    public MigrationResult migrate(RevisionFiles source, boolean up, String target, PartialRevision partial) {
        return connected(source, true, (connection, files) -> {
            Snapshot seen = snapshot(connection);
            Revisions revisions = files.get();
            Planner planner = new Planner(revisions.graph());
            Planner.Plan optimistic = partial == PartialRevision.UNDO ? null : plan(planner, up, seen.rowsOrEmpty(), target);
            validate(connection, revisions, seen, true);
            if (optimistic != null && optimistic.steps().isEmpty() && partial == PartialRevision.REFUSE
                    && !(seen.progressMayExist() && progress.hasRows(connection))) {
                return unchanged(up, optimistic);
            }
            Namespace namespace = dialect.namespace(connection, settings.schema());
            RunLock lock = dialect.runLock(namespace, settings.versionTable());
            Locker.acquire(connection, lock, settings.lockTimeout(), listener);
            try {
                Snapshot now = snapshot(connection);
                validate(connection, revisions, now, true);
                Resumption.Decision decision = new Resumption(connection, dialect, revisions, splitterOptions(), progress)
                        .decide(now.rowsOrEmpty(), now.progressMayExist(), partial, up,
                                rows -> plan(planner, up, rows, target), target);
                Planner.Plan plan = decision.plan();
                if (plan.steps().isEmpty()) {
                    return unchanged(up, plan);
                }
                String backupFile = settings.backup() ? backup(connection, now.rowsOrEmpty()) : null;
                VersionTable runVersions = versions.in(namespace.schema());
                HistoryTable runHistory = history.in(namespace.schema());
                RunContext context = new RunContext(dialect, revisions, runVersions, runHistory, lock,
                        settings.lockTimeout(), RunIdentity.of(connection, settings.url().user()), listener, backupFile,
                        namespace);
                boolean createVersions = now.rows() == null;
                boolean createHistory = now.recorded() == null;
                Migrator migrator = new Migrator(context, progress.in(namespace.schema()), decision.partial());
                return migrator.run(connection, plan, new Migrator.Setup() {
                    @Override
                    public void run(Connection c) throws SQLException {
                        ensureTables(c, runVersions, runHistory, !createVersions, !createHistory);
                    }

                    @Override
                    public int commits() {
                        return (createVersions ? 1 : 0) + (createHistory ? 1 : 0);
                    }
                });
            } finally {
                releaseQuietly(connection, lock);
            }
        });
    }

    /**
     * What the bookkeeping tables say: the version table's rows and the checksums recorded in the
     * history, each null when its table does not exist, and whether a progress table may exist.
     */
    private record Snapshot(Set<String> rows, Map<String, AuditEntry> recorded, boolean progressMayExist) {
        Set<String> rowsOrEmpty() {
            return orEmpty(rows);
        }
    }

    /**
     * Reads both bookkeeping tables. Where the dialect can ask its catalog which of them exist (one
     * query), a missing table is not queried at all: a first deploy then puts no "relation does not
     * exist" errors in the server's log; elsewhere reading a missing table fails and means "absent".
     */
    private Snapshot snapshot(Connection connection) throws SQLException {
        boolean[] exist = dialect.tablesExist(connection, versions.qualifiedName(), history.qualifiedName(),
                progress.qualifiedName());
        Set<String> rows = exist != null && !exist[0] ? null : rows(connection);
        Map<String, AuditEntry> recorded = exist != null && !exist[1] ? null : history.recordedChecksums(connection, false);
        return new Snapshot(rows, recorded, exist == null || exist[2]);
    }

    /**
     * Takes a backup with the database's own tool under the run lock, once the plan is final and
     * before anything runs: a run that waited for another backs up what that run left, so the backup
     * and its version rows agree. The lock blocks no dump (an advisory or named lock; on SQLite a
     * write lock, which readers pass). A failure stops the run with nothing migrated.
     */
    private String backup(Connection connection, Set<String> rows) throws SQLException {
        String schema = settings.schema();
        if (schema != null && !schema.isBlank() && !dialect.schemaExists(connection, schema)) {
            // A first deploy into a schema the run is about to create: the dump tool would fail on it.
            listener.backupSkipped("schema " + schema + " does not exist yet, so there is nothing to back up");
            return null;
        }
        Backup backup = BackupTaker.take(database.backupMethod(ToolLocator.system()), new BackupRequest(settings.url(), settings.schema(), settings.backupDir(),
                rows.isEmpty() ? "base" : String.join("+", rows), Instant.now()));
        listener.backupTaken(new BackupInfo(backup.file(), backup.restoreCommand(), backup.bytes(),
                backup.took().toMillis(), backup.notes()));
        return backup.file().toString();
    }

    /** What {@link #migrate} would run, against the live database's state, without running it. */
    public MigrationPreview preview(RevisionFiles source, boolean up, String target) {
        SplitterOptions options = splitterOptions();
        return ReadOnly.connected(this, settings, dialect, source, (connection, files) -> {
            Set<String> rows = orEmpty(rows(connection));
            Revisions revisions = files.get();
            Planner planner = new Planner(revisions.graph());
            Planner.Plan plan = plan(planner, up, rows, target);
            List<RevisionInfo> infos = new ArrayList<>();
            List<String> loss = new ArrayList<>();
            int count = 0;
            for (Planner.Step step : plan.steps()) {
                String id = step.revision().id();
                infos.add(revisions.info(id, rows));
                for (Statement s : RevisionFileParser.statements(revisions.file(id), up, options)) {
                    count++;
                    String lost = DataLoss.describe(s.normalized());
                    if (lost != null) {
                        loss.add(id + ": " + s.shortened(100) + "  -- " + lost);
                    }
                }
            }
            return new MigrationPreview(up ? Direction.UPGRADE : Direction.DOWNGRADE, List.copyOf(rows), target,
                    infos, count, loss);
        });
    }

    /** Sets the version table to {@code target} without running any revision, and records it. */
    public StampResult stamp(RevisionFiles source, String target, boolean purge) {
        return locked(source, (connection, revisions, lock) -> {
            Planner planner = new Planner(revisions.graph());
            Set<String> rows = rows(connection);
            Set<String> after = purge ? planner.stamp(Set.of(), target, true) : planner.stamp(orEmpty(rows), target, false);
            ensureTables(connection, rows != null);
            RunIdentity who = RunIdentity.of(connection, settings.url().user());
            Set<String> before = purge ? Set.of() : orEmpty(rows);
            inTransaction(connection, lock, c -> {
                if (purge) {
                    versions.deleteAll(c);
                }
                progress.forgetAll(c);
                versions.update(c, before, after);
                // One row per revision whose applied state the stamp changed; a checksum for those it marks applied.
                Set<String> appliedBefore = purge ? Set.of() : revisions.graph().applied(before);
                Set<String> appliedAfter = revisions.graph().applied(after);
                for (String id : appliedAfter) {
                    if (!appliedBefore.contains(id) && after.contains(id)) {
                        history.insert(c, entry(revisions, id, AuditEntry.STAMP, who, true));
                    }
                }
                for (String id : appliedBefore) {
                    if (!appliedAfter.contains(id)) {
                        history.insert(c, entry(revisions, id, AuditEntry.STAMP, who, false));
                    }
                }
                return null;
            });
            return new StampResult(List.copyOf(orEmpty(rows)), List.copyOf(after));
        });
    }

    /** Checks the applied revisions against their files. */
    public ValidationResult validate(RevisionFiles source) {
        return connected(source, true, (connection, files) -> {
            Snapshot snapshot = snapshot(connection);
            return validate(connection, files.get(), snapshot, false);
        });
    }

    /** Records the current checksum of an applied revision as the accepted one. */
    public AuditEntry accept(RevisionFiles source, String target) {
        return locked(source, (connection, revisions, lock) -> {
            Planner planner = new Planner(revisions.graph());
            Set<String> ids = planner.resolveRows(target);
            Set<String> applied = revisions.graph().applied(orEmpty(rows(connection)));
            if (ids.size() != 1 || !applied.contains(ids.iterator().next())) {
                throw new GodwitException("Revision '" + target + "' is not applied to this database, so there is "
                        + "no checksum to accept", "`godwit validate` lists the revisions that need it.");
            }
            ensureTables(connection, true);
            AuditEntry entry = entry(revisions, ids.iterator().next(), AuditEntry.ACCEPT,
                    RunIdentity.of(connection, settings.url().user()), true);
            history.insert(connection, entry);
            return entry;
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
    private ValidationResult validate(Connection connection, Revisions revisions, Snapshot snapshot, boolean require)
            throws SQLException {
        Validator validator = new Validator(revisions, splitterOptions());
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
    private interface LockedWork<T> {
        T run(Connection connection, Revisions revisions, RunLock lock) throws SQLException;
    }

    private <T> T locked(RevisionFiles source, LockedWork<T> work) {
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

    private <T> T inTransaction(Connection connection, RunLock lock, Work<T> work) throws SQLException {
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

    private void ensureTables(Connection connection, boolean versionTableExists) throws SQLException {
        ensureTables(connection, versions, history, versionTableExists, false);
    }

    private static void ensureTables(Connection connection, VersionTable versions, HistoryTable history,
                                     boolean versionTableExists, boolean historyTableExists) throws SQLException {
        if (!versionTableExists) {
            versions.create(connection);
        }
        if (!historyTableExists) {
            history.create(connection);
        }
    }

    private AuditEntry entry(Revisions revisions, String id, String action, RunIdentity who, boolean withChecksum) {
        var file = revisions.file(id);
        return new AuditEntry(null, id, action, withChecksum ? revisions.split(id, splitterOptions()).checksum() : null,
                withChecksum ? Checksum.ALGORITHM : null, file.message(), who.databaseUser(), who.osUser(), who.host(),
                Instant.now(), 0, true, null, null);
    }

    /** How this database's revisions are split into statements. */
    public SplitterOptions splitterOptions() {
        return dialect.splitterOptions();
    }

    private static Planner.Plan plan(Planner planner, boolean up, Set<String> rows, String target) {
        return up ? planner.upgrade(rows, target) : planner.downgrade(rows, target);
    }

    private static MigrationResult unchanged(boolean up, Planner.Plan plan) {
        List<String> rows = List.copyOf(plan.rowsBefore());
        return new MigrationResult(up ? Direction.UPGRADE : Direction.DOWNGRADE, rows, rows, List.of());
    }

    private static void releaseQuietly(Connection connection, RunLock lock) {
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
