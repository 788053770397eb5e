package dev.godwit.internal.run;

import dev.godwit.api.BackupInfo;
import dev.godwit.api.Direction;
import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.MigrationResult;
import dev.godwit.api.PartialRevision;
import dev.godwit.api.Plan;
import dev.godwit.internal.config.Settings;
import dev.godwit.internal.dialect.Dialect;
import dev.godwit.internal.dialect.Namespace;
import dev.godwit.internal.dialect.RunLock;
import dev.godwit.internal.graph.Planner;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The upgrade and downgrade use case on one {@link Session}: {@link #plan} against the live state
 * (read only), {@link #run} to a target (planned under the lock), {@link #apply} of a plan made
 * earlier (planned again under the lock, refused when the database or the files moved).
 */
public final class Migration {
    private final Session session;
    private final Settings settings;
    private final Dialect dialect;
    private final BackupTool backups;

    /** A migration on {@code session}; {@code backups} takes the backup when the settings ask for one. */
    public Migration(Session session, BackupTool backups) {
        this.session = session;
        this.backups = backups;
        this.settings = session.settings();
        this.dialect = session.dialect();
    }

    /** What a run to {@code target} would do now, without doing it; never creates a SQLite file. */
    public Plan plan(RevisionFiles source, boolean up, String target) {
        return ReadOnly.connected(session, settings, dialect, source, (connection, files) -> {
            Set<String> rows = Session.orEmpty(session.rows(connection));
            Revisions revisions = files.get();
            Planner.Plan plan = plan(new Planner(revisions.graph()), up, rows, target);
            return planMaker().make(revisions, rows, plan, up, target);
        });
    }

    /** Applies ({@code up}) or undoes revisions to reach {@code target}, doing {@code partial} about a half-applied one. */
    public MigrationResult run(RevisionFiles source, boolean up, String target, PartialRevision partial) {
        return execute(source, up, target, partial, null);
    }

    /** Runs exactly {@code plan}, or refuses ({@link ErrorCode#DATABASE_MOVED}) when it no longer holds. */
    public MigrationResult apply(RevisionFiles source, Plan plan) {
        return execute(source, plan.direction() == Direction.UPGRADE, plan.target(), PartialRevision.REFUSE, plan);
    }

    private MigrationResult execute(RevisionFiles source, boolean up, String target, PartialRevision partial,
                                    Plan expected) {
        return session.connected(source, true, (connection, files) -> {
            Session.Snapshot seen = session.snapshot(connection);
            Revisions revisions = files.get();
            Planner planner = new Planner(revisions.graph());
            Planner.Plan optimistic = partial == PartialRevision.UNDO ? null : plan(planner, up, seen.rowsOrEmpty(), target);
            session.validate(connection, revisions, seen, true);
            if (optimistic != null) {
                requireUnmoved(expected, revisions, seen.rowsOrEmpty(), optimistic);
            }
            if (optimistic != null && optimistic.steps().isEmpty() && partial == PartialRevision.REFUSE
                    && !(seen.progressMayExist() && session.progress().hasRows(connection))) {
                return unchanged(up, optimistic);
            }
            Namespace namespace = dialect.namespace(connection, settings.schema());
            RunLock lock = dialect.runLock(namespace, settings.versionTable());
            Locker.acquire(connection, lock, settings.lockTimeout(), session.listener());
            try {
                return locked(connection, revisions, planner, lock, namespace,
                        new Request(up, target, partial, expected));
            } finally {
                Session.releaseQuietly(connection, lock);
            }
        });
    }

    /** What a run was asked to do: the direction, the target, a half-applied revision, the plan it must match. */
    private record Request(boolean up, String target, PartialRevision partial, Plan expected) {
    }

    /** Under the lock: reads, checks and plans again, backs up, runs. */
    private MigrationResult locked(Connection connection, Revisions revisions, Planner planner, RunLock lock,
                                   Namespace namespace, Request request) throws SQLException {
        Session.Snapshot now = session.snapshot(connection);
        session.validate(connection, revisions, now, true);
        Resumption.Decision decision = new Resumption(connection, dialect, revisions, session.reading(),
                session.progress()).decide(now.rowsOrEmpty(), now.progressMayExist(), request.partial(), request.up(),
                rows -> plan(planner, request.up(), rows, request.target()), request.target());
        Planner.Plan plan = decision.plan();
        requireUnmoved(request.expected(), revisions, now.rowsOrEmpty(), plan);
        if (plan.steps().isEmpty()) {
            return unchanged(request.up(), plan);
        }
        String backupFile = settings.backup() ? backup(connection, now.rowsOrEmpty()) : null;
        VersionTable runVersions = session.versions().in(namespace.schema());
        HistoryTable runHistory = session.history().in(namespace.schema());
        RunContext context = new RunContext(dialect, revisions, runVersions, runHistory, lock,
                settings.lockTimeout(), RunIdentity.of(connection, settings.url().user()), session.listener(),
                backupFile, namespace);
        boolean createVersions = now.rows() == null;
        boolean createHistory = now.recorded() == null;
        Migrator migrator = new Migrator(context, session.progress().in(namespace.schema()), decision.partial());
        return migrator.run(connection, plan, new Migrator.Setup() {
            @Override
            public void run(Connection c) throws SQLException {
                Session.ensureTables(c, runVersions, runHistory, !createVersions, !createHistory);
            }

            @Override
            public int commits() {
                return (createVersions ? 1 : 0) + (createHistory ? 1 : 0);
            }
        });
    }

    /** Refuses when {@code expected} was made from another state than the one {@code plan} comes from. */
    private void requireUnmoved(Plan expected, Revisions revisions, Set<String> rows, Planner.Plan plan) {
        if (expected == null || planMaker().state(revisions, rows, plan).equals(expected.state())) {
            return;
        }
        throw new GodwitException(ErrorCode.DATABASE_MOVED, "The plan no longer holds: the database or its revision "
                + "files changed since it was made, or it was made for another database (it was made at "
                + ids(expected.current()) + ", the database is at " + ids(rows) + "); nothing was run",
                "Make the plan again, check it, and apply the new one.", null,
                Map.of("planned", String.join(",", expected.current()), "current", String.join(",", rows)));
    }

    private static String ids(java.util.Collection<String> rows) {
        return rows.isEmpty() ? "<base>" : String.join(", ", rows);
    }

    private PlanMaker planMaker() {
        return new PlanMaker(settings, session.databaseName(), session.reading());
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
            session.listener().backupSkipped("schema " + schema + " does not exist yet, so there is nothing to back up");
            return null;
        }
        BackupInfo backup = backups.take(settings, rows);
        session.listener().backupTaken(backup);
        return backup.file().toString();
    }

    static Planner.Plan plan(Planner planner, boolean up, Set<String> rows, String target) {
        return up ? planner.upgrade(rows, target) : planner.downgrade(rows, target);
    }

    private static MigrationResult unchanged(boolean up, Planner.Plan plan) {
        List<String> rows = List.copyOf(plan.rowsBefore());
        return new MigrationResult(up ? Direction.UPGRADE : Direction.DOWNGRADE, rows, rows, List.of());
    }
}
