package dev.godwit.internal.run;

import dev.godwit.api.AuditEntry;
import dev.godwit.api.Direction;
import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.MigrationResult;
import dev.godwit.api.RevisionInfo;
import dev.godwit.api.RevisionRun;
import dev.godwit.internal.graph.Planner;
import dev.godwit.internal.javarev.JavaRevisionRunner;
import dev.godwit.internal.javarev.LoadedJavaRevision;
import dev.godwit.internal.script.RevisionFile;
import dev.godwit.internal.script.Statement;
import dev.godwit.internal.script.TransactionControl;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs a plan on a locked connection: each revision with its bookkeeping (version table and audit
 * history), in one transaction where the database allows it. Every revision is split and checked
 * before the first one runs, so a malformed file stops the run before it changes anything.
 */
public final class Migrator {
    private static final String SAVEPOINT = "godwit_revision";

    private final RunContext context;
    private final ProgressTable progress;
    private final Partial partial;

    public Migrator(RunContext context) {
        this(context, null, null);
    }

    /** With {@code progress}, records how far each statement-by-statement revision got; {@code partial} finishes one. */
    Migrator(RunContext context, ProgressTable progress, Partial partial) {
        this.context = context;
        this.progress = progress == null ? null : progress.fresh();
        this.partial = partial;
    }

    /**
     * A step with its statements and checksum, prepared before anything runs; {@code partial} when
     * it finishes a half-applied revision, and then {@code statements} are only those it runs;
     * {@code code} runs instead of the statement of a Java revision.
     */
    record Prepared(Planner.Step step, RevisionFile file, RevisionInfo info, List<Statement> statements,
                            String checksum, boolean changesNamespace, int sectionSize, Partial partial,
                            CodeStep code) {
    }

    /** The code of a Java revision, bound to its direction and database. */
    interface CodeStep {
        void run(Connection connection) throws SQLException;
    }

    /** Something to do once every revision is checked, before the first one runs (e.g. create the tables). */
    public interface Setup {
        void run(Connection connection) throws SQLException;

        /** How many commits {@link #run} makes, so the run knows how many it makes in all. */
        default int commits() {
            return 0;
        }
    }

    public MigrationResult run(Connection connection, Planner.Plan plan, Setup beforeFirstRevision) throws SQLException {
        Direction direction = plan.direction() == Planner.Direction.UPGRADE ? Direction.UPGRADE : Direction.DOWNGRADE;
        List<Prepared> prepared = prepare(plan, direction);
        DeferredFlush flush = new DeferredFlush(context.dialect());
        flush.start(connection, beforeFirstRevision.commits() + prepared.size());
        List<RevisionRun> done = new ArrayList<>();
        Set<String> rows = plan.rowsBefore();
        // One statement object and one set of bookkeeping statements for the whole run.
        try (Bookkeeping bookkeeping = new Bookkeeping(context.dialect(), context.versions(), context.history());
             java.sql.Statement jdbc = connection.createStatement()) {
            beforeFirstRevision.run(connection);
            for (int i = 0; i < prepared.size(); i++) {
                Prepared p = prepared.get(i);
                if (i == prepared.size() - 1) {
                    flush.end(connection);
                }
                context.listener().starting(p.info(), direction);
                long start = System.nanoTime();
                runOne(connection, jdbc, bookkeeping, flush, p, direction, plan, rows, done);
                RevisionRun run = new RevisionRun(p.info(), direction, p.statements().size(),
                        (System.nanoTime() - start) / 1_000_000);
                done.add(run);
                rows = p.step().rowsAfter();
                context.listener().finished(run);
            }
        } finally {
            flush.endQuietly(connection);
        }
        return new MigrationResult(direction, List.copyOf(plan.rowsBefore()), List.copyOf(rows), done);
    }

    private List<Prepared> prepare(Planner.Plan plan, Direction direction) {
        Reading options = Reading.of(context.dialect());
        List<Prepared> prepared = new ArrayList<>(plan.steps().size());
        for (Planner.Step step : plan.steps()) {
            String id = step.revision().id();
            RevisionFile file = context.revisions().file(id);
            boolean up = direction == Direction.UPGRADE;
            SplitRevision split = context.revisions().split(id, options);
            Partial finishing = partial != null && partial.revision().equals(id) ? partial : null;
            List<Statement> statements = finishing != null ? finishing.toRun() : split.statements(up);
            if (!up && finishing == null) {
                split.requireDowngradable();
            }
            TransactionControl.check(file, statements, up);
            if (file.transactional() && context.dialect().refusesNonTransactionalStatements()) {
                for (Statement s : statements) {
                    if (s.cannotRunInTransaction()) {
                        throw new GodwitException(ErrorCode.BAD_REVISION_FILE,
                                file.path() + ":" + s.line() + ": statement " + s.index()
                                + " cannot run inside a transaction: " + s.shortened(80),
                                "Add `-- transaction: false` to the header of " + file.path().getFileName()
                                        + " (above `-- +upgrade`) so it runs outside a transaction. Nothing was run.");
                    }
                }
            }
            LoadedJavaRevision java = context.revisions().java(id);
            CodeStep code = java == null ? null
                    : c -> JavaRevisionRunner.run(java, c, options.dialect(), options.options(), up);
            prepared.add(new Prepared(step, file, context.revisions().info(id, Set.of()), statements,
                    split.checksum(), changesNamespace(statements, code != null), split.statements(up).size(),
                    finishing, code));
        }
        return prepared;
    }

    /**
     * Whether a statement (or a Java revision's code, which may do anything) may change the session's
     * schema/database, which is then restored after the revision.
     */
    private boolean changesNamespace(List<Statement> statements, boolean code) {
        if (context.namespace().restoreSql() == null) {
            return false;
        }
        if (code) {
            return true;
        }
        for (Statement s : statements) {
            if (context.dialect().mayChangeNamespace(s.sql())) {
                return true;
            }
        }
        return false;
    }

    /** How a revision's statements are made atomic. */
    private enum Atomicity {
        /** Inside the run lock's own transaction (SQLite), in a savepoint. */
        SAVEPOINT,
        /** In a transaction of its own (PostgreSQL). */
        TRANSACTION,
        /** Statement by statement (MySQL DDL, or `transaction: false`). */
        NONE
    }

    private Atomicity atomicityOf(RevisionFile file) {
        if (!file.transactional() || !context.dialect().transactionalDdl()) {
            return Atomicity.NONE;
        }
        return context.lock().isTransaction() ? Atomicity.SAVEPOINT : Atomicity.TRANSACTION;
    }

    /** Where in a revision a failure happened, for an exact message. */
    enum Stage {
        /** One of the revision's own statements. */
        STATEMENT,
        /** The version-table update and history row. */
        BOOKKEEPING,
        /** The COMMIT (or savepoint release) after them. */
        COMMIT,
        /** Bookkeeping and COMMIT sent together, before it is known which of the two failed. */
        BOOKKEEPING_OR_COMMIT,
        /** Starting the lock's transaction again after a revision that ran outside it (SQLite), before recording it. */
        RELOCK,
        /** Recording, after a statement ran, how far the revision got. */
        PROGRESS
    }

    private RevisionProgress progressOf(Connection connection, Prepared p, Direction direction, Atomicity atomicity) {
        if (progress == null || !(p.partial() != null || RevisionProgress.tracks(atomicity == Atomicity.NONE,
                !p.file().transactional() || p.code() != null, p.statements().size()))) {
            return RevisionProgress.NONE;
        }
        Direction recorded = p.partial() != null && p.partial().undo()
                ? (direction == Direction.UPGRADE ? Direction.DOWNGRADE : Direction.UPGRADE) : direction;
        return RevisionProgress.of(progress, connection, p.info().id(), recorded, p.checksum(), p.partial());
    }

    /** How far one revision's run got, shared by its steps and its failure report. */
    private static final class Attempt {
        final Prepared p;
        final Atomicity atomicity;
        final RevisionProgress tracker;
        final List<String> leftApplied = new ArrayList<>();
        final Instant started = Instant.now();
        final long start = System.nanoTime();
        Statement current;
        Stage stage = Stage.STATEMENT;
        boolean suspended;

        Attempt(Prepared p, Atomicity atomicity, RevisionProgress tracker) {
            this.p = p;
            this.atomicity = atomicity;
            this.tracker = tracker;
            if (p.partial() != null && !p.partial().undo()) {
                p.partial().alreadyApplied().forEach(s -> leftApplied.add(s.shortened(100)));
            }
        }
    }

    private void runOne(Connection connection, java.sql.Statement jdbc, Bookkeeping bookkeeping, DeferredFlush flush,
                        Prepared p, Direction direction, Planner.Plan plan, Set<String> rowsBefore,
                        List<RevisionRun> done) {
        Atomicity atomicity = atomicityOf(p.file());
        Attempt a = new Attempt(p, atomicity, progressOf(connection, p, direction, atomicity));
        // SQLite: a statement such as VACUUM cannot run inside the lock's transaction. The lock
        // itself stays held: no other run can start before this revision is recorded.
        a.suspended = atomicity == Atomicity.NONE && context.lock().isTransaction();
        try {
            runStatements(connection, jdbc, a);
            record(connection, jdbc, bookkeeping, a, direction, rowsBefore);
            a.tracker.done();
        } catch (SQLException e) {
            throw failed(connection, bookkeeping, flush, a, direction, new MigrationResult(direction,
                    List.copyOf(plan.rowsBefore()), List.copyOf(rowsBefore), done), e);
        }
    }

    /** Runs the revision's statements (after suspending the lock's transaction when it must run outside it). */
    private void runStatements(Connection connection, java.sql.Statement jdbc, Attempt a) throws SQLException {
        if (a.suspended) {
            context.lock().suspendTransaction(connection);
        }
        a.stage = Stage.PROGRESS;
        a.tracker.starting();
        a.stage = Stage.STATEMENT;
        begin(connection, a.atomicity);
        for (Statement s : a.p.statements()) {
            a.current = s;
            if (a.p.code() != null) {
                a.p.code().run(connection);
            } else {
                execute(connection, jdbc, s.sql());
            }
            if (a.atomicity == Atomicity.NONE) {
                a.leftApplied.add(s.shortened(100));
            }
            if (a.tracker.tracked()) {
                a.stage = Stage.PROGRESS;
                a.tracker.ran(s);
                a.stage = Stage.STATEMENT;
            }
        }
        a.current = null;
        if (a.suspended) {
            a.stage = Stage.RELOCK;
            context.lock().resumeTransaction(connection);
            a.suspended = false;
        }
    }

    /** Records the revision (version table and history row) and commits it, the way its atomicity asks. */
    private void record(Connection connection, java.sql.Statement jdbc, Bookkeeping bookkeeping, Attempt a,
                        Direction direction, Set<String> rowsBefore) throws SQLException {
        a.stage = Stage.BOOKKEEPING;
        Prepared p = a.p;
        if (p.changesNamespace()) {
            jdbc.execute(context.namespace().restoreSql());
        }
        AuditEntry entry = entry(p, direction, a.started, millisSince(a.start), true, null);
        if (a.atomicity == Atomicity.NONE) {
            bookkeeping.recordAtomically(connection, rowsBefore, p.step().rowsAfter(), entry,
                    context.lock().isTransaction());
        } else if (a.atomicity == Atomicity.TRANSACTION && context.dialect().commitsWithBookkeeping()) {
            a.stage = Stage.BOOKKEEPING_OR_COMMIT;
            bookkeeping.recordAndCommit(connection, rowsBefore, p.step().rowsAfter(), entry);
            connection.setAutoCommit(true);
        } else {
            bookkeeping.record(connection, rowsBefore, p.step().rowsAfter(), entry);
            a.stage = Stage.COMMIT;
            commit(connection, a.atomicity);
        }
    }

    /**
     * After a failure: rolls back what can be, records the failure's history row, tells the listener,
     * and returns the exception that reports it.
     */
    private RuntimeException failed(Connection connection, Bookkeeping bookkeeping, DeferredFlush flush, Attempt a,
                                    Direction direction, MigrationResult completed, SQLException e) {
        Prepared p = a.p;
        if (a.stage == Stage.BOOKKEEPING_OR_COMMIT) {
            Boolean bookkeepingFailed = context.dialect().bookkeepingFailed(connection);
            a.stage = bookkeepingFailed == null ? a.stage : bookkeepingFailed ? Stage.BOOKKEEPING : Stage.COMMIT;
        }
        rollback(connection, a.atomicity);
        String invalidIndex = a.stage == Stage.STATEMENT
                ? context.dialect().invalidIndexLeftBy(connection, a.current) : null;
        a.tracker.failed(e.getMessage(), invalidIndex != null);
        if (a.suspended) {
            resumeQuietly(connection);
        }
        // Before the failure's history row, so that its commit flushes the revisions committed before.
        flush.endQuietly(connection);
        bookkeeping.recordFailure(connection, entry(p, direction, a.started, millisSince(a.start), false,
                (a.current == null ? "" : "statement " + a.current.index() + ": ") + e.getMessage()));
        context.listener().failed(p.info(), direction);
        // A Java revision's record says the code ran or not, never how far it got: no resuming from a record.
        FailureAdvice advice = new FailureAdvice(p.info().id(), direction, p.sectionSize(),
                a.tracker.tracked() && p.code() == null, p.partial(), invalidIndex);
        return LockWaitReport.amend(new FailureReport(context, p, direction).exception(a.current, a.stage, e,
                        a.atomicity != Atomicity.NONE, a.leftApplied, completed, advice),
                connection, context.dialect(), a.current == null ? null : a.current.sql(), e);
    }

    /** Begins the lock's transaction again after a failure, so that the failure's row is written under it. */
    private void resumeQuietly(Connection connection) {
        try {
            context.lock().resumeTransaction(connection);
        } catch (SQLException ignored) {
            // the original failure is the one to report
        }
    }

    private AuditEntry entry(Prepared p, Direction direction, Instant started, long millis, boolean success,
                             String error) {
        RunIdentity who = context.identity();
        String action = p.partial() != null && p.partial().undo() ? AuditEntry.UNDO_PARTIAL
                : direction == Direction.UPGRADE ? AuditEntry.UPGRADE : AuditEntry.DOWNGRADE;
        return AuditEntry.builder(p.info().id(), action).checksum(p.checksum(), Checksum.ALGORITHM)
                .message(p.file().message()).ranBy(who.databaseUser(), who.osUser(), who.host())
                .timing(started, millis).outcome(success, error).backupFile(context.backupFile()).build();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void begin(Connection connection, Atomicity atomicity) throws SQLException {
        if (atomicity == Atomicity.TRANSACTION) {
            connection.setAutoCommit(false);
        } else if (atomicity == Atomicity.SAVEPOINT) {
            execute(connection, "SAVEPOINT " + SAVEPOINT);
        }
    }

    private static void commit(Connection connection, Atomicity atomicity) throws SQLException {
        if (atomicity == Atomicity.TRANSACTION) {
            connection.commit();
            connection.setAutoCommit(true);
        } else if (atomicity == Atomicity.SAVEPOINT) {
            execute(connection, "RELEASE SAVEPOINT " + SAVEPOINT);
        }
    }

    private static void rollback(Connection connection, Atomicity atomicity) {
        try {
            if (atomicity == Atomicity.TRANSACTION) {
                connection.rollback();
                connection.setAutoCommit(true);
            } else if (atomicity == Atomicity.SAVEPOINT) {
                execute(connection, "ROLLBACK TO SAVEPOINT " + SAVEPOINT);
                execute(connection, "RELEASE SAVEPOINT " + SAVEPOINT);
            }
        } catch (SQLException ignored) {
            // the original error is the one to report
        }
    }

    /**
     * Runs a revision's statement on the run's statement object, or, where the lock is a transaction
     * (SQLite), on one of its own, closed at once: the SQLite driver keeps a statement in progress
     * until it is closed, and VACUUM (for which `transaction: false` exists) refuses to run then.
     */
    private void execute(Connection connection, java.sql.Statement shared, String sql) throws SQLException {
        if (context.lock().isTransaction()) {
            execute(connection, sql);
        } else {
            context.dialect().sessionLimits().execute(shared, sql);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
