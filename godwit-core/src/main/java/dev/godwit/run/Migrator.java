package dev.godwit.run;

import dev.godwit.api.AuditEntry;
import dev.godwit.api.Direction;
import dev.godwit.api.GodwitException;
import dev.godwit.api.MigrationFailedException;
import dev.godwit.api.MigrationResult;
import dev.godwit.api.RevisionInfo;
import dev.godwit.api.RevisionRun;
import dev.godwit.graph.Planner;
import dev.godwit.script.RevisionFile;
import dev.godwit.script.SplitterOptions;
import dev.godwit.script.Statement;
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

    public Migrator(RunContext context) {
        this.context = context;
    }

    /** A step with its statements and checksum, prepared before anything runs. */
    private record Prepared(Planner.Step step, RevisionFile file, RevisionInfo info, List<Statement> statements,
                            String checksum) {
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
        SplitterOptions options = SplitterOptions.forDialect(context.dialect().kind());
        List<Prepared> prepared = new ArrayList<>(plan.steps().size());
        for (Planner.Step step : plan.steps()) {
            String id = step.revision().id();
            RevisionFile file = context.revisions().file(id);
            boolean up = direction == Direction.UPGRADE;
            SplitRevision split = context.revisions().split(id, options);
            List<Statement> statements = split.statements(up);
            if (!up) {
                split.requireDowngradable();
            }
            if (file.transactional() && context.dialect().refusesNonTransactionalStatements()) {
                for (Statement s : statements) {
                    if (s.cannotRunInTransaction()) {
                        throw new GodwitException(file.path() + ":" + s.line() + ": statement " + s.index()
                                + " cannot run inside a transaction: " + s.shortened(80),
                                "Add `-- transaction: false` to the header of " + file.path().getFileName()
                                        + " so it runs outside a transaction. Nothing was run.");
                    }
                }
            }
            prepared.add(new Prepared(step, file, context.revisions().info(id, Set.of()), statements,
                    split.checksum()));
        }
        return prepared;
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
    private enum Stage {
        /** One of the revision's own statements. */
        STATEMENT,
        /** The version-table update and history row. */
        BOOKKEEPING,
        /** The COMMIT (or savepoint release) after them. */
        COMMIT,
        /** Bookkeeping and COMMIT sent together, before it is known which of the two failed. */
        BOOKKEEPING_OR_COMMIT,
        /** Taking the run lock again after a revision that ran outside the lock's transaction (SQLite). */
        RELOCK
    }

    private void runOne(Connection connection, java.sql.Statement jdbc, Bookkeeping bookkeeping, DeferredFlush flush,
                        Prepared p, Direction direction, Planner.Plan plan, Set<String> rowsBefore,
                        List<RevisionRun> done) {
        Atomicity atomicity = atomicityOf(p.file());
        List<String> leftApplied = new ArrayList<>();
        Statement current = null;
        Stage stage = Stage.STATEMENT;
        Instant started = Instant.now();
        long start = System.nanoTime();
        boolean lockReleased = false;
        try {
            if (atomicity == Atomicity.NONE && context.lock().isTransaction()) {
                // SQLite: a statement such as VACUUM cannot run inside the lock's transaction.
                context.lock().release(connection);
                lockReleased = true;
            }
            begin(connection, atomicity);
            for (Statement s : p.statements()) {
                current = s;
                dev.godwit.dialect.SessionLimits.execute(jdbc, context.dialect().kind(), s.sql());
                if (atomicity == Atomicity.NONE) {
                    leftApplied.add(s.shortened(100));
                }
            }
            current = null;
            AuditEntry entry = entry(p, direction, started, millisSince(start), true, null);
            if (atomicity == Atomicity.TRANSACTION && context.dialect().commitsWithBookkeeping()) {
                stage = Stage.BOOKKEEPING_OR_COMMIT;
                bookkeeping.recordAndCommit(connection, rowsBefore, p.step().rowsAfter(), entry);
                connection.setAutoCommit(true);
            } else {
                stage = Stage.BOOKKEEPING;
                bookkeeping.record(connection, rowsBefore, p.step().rowsAfter(), entry);
                stage = Stage.COMMIT;
                commit(connection, atomicity);
            }
            if (lockReleased) {
                stage = Stage.RELOCK;
                retakeLock(connection, p.step().rowsAfter());
            }
        } catch (SQLException e) {
            if (stage == Stage.BOOKKEEPING_OR_COMMIT) {
                Boolean bookkeepingFailed = context.dialect().bookkeepingFailed(connection);
                stage = bookkeepingFailed == null ? stage : bookkeepingFailed ? Stage.BOOKKEEPING : Stage.COMMIT;
            }
            rollback(connection, atomicity);
            // Before the failure's history row, so that its commit flushes the revisions committed before.
            flush.endQuietly(connection);
            bookkeeping.recordFailure(connection, entry(p, direction, started, millisSince(start), false,
                    (current == null ? "" : "statement " + current.index() + ": ") + e.getMessage()));
            MigrationResult completed = new MigrationResult(direction, List.copyOf(plan.rowsBefore()),
                    List.copyOf(rowsBefore), done);
            if (lockReleased) {
                try {
                    retakeLock(connection, null);
                } catch (SQLException ignored) {
                    // the original failure is the one to report
                }
            }
            context.listener().failed(p.info(), direction);
            throw LockWaitReport.amend(failure(p, direction, current, stage, e, atomicity != Atomicity.NONE,
                    leftApplied, completed), connection, context.dialect(), current == null ? null : current.sql(), e);
        }
    }

    private void retakeLock(Connection connection, Set<String> expectedRows) throws SQLException {
        Locker.acquire(connection, context.lock(), context.lockTimeout(), context.listener());
        if (expectedRows != null) {
            Set<String> rows = context.versions().read(connection);
            if (rows == null || !rows.equals(expectedRows)) {
                throw new GodwitException("Another Godwit run changed the version table while this one ran a "
                        + "revision outside a transaction (now: " + rows + ")",
                        "Run `godwit current` to see where the database stands, then run again.");
            }
        }
    }

    private AuditEntry entry(Prepared p, Direction direction, Instant started, long millis, boolean success,
                             String error) {
        RunIdentity who = context.identity();
        return new AuditEntry(null, p.info().id(), direction == Direction.UPGRADE ? AuditEntry.UPGRADE
                : AuditEntry.DOWNGRADE, p.checksum(), Checksum.ALGORITHM, p.file().message(), who.databaseUser(),
                who.osUser(), who.host(), started, millis, success, error, context.backupFile());
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

    private static void execute(Connection connection, String sql) throws SQLException {
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private MigrationFailedException failure(Prepared p, Direction direction, Statement statement, Stage stage,
                                             SQLException e, boolean atomic, List<String> leftApplied,
                                             MigrationResult completed) {
        String id = p.info().id();
        String what = direction == Direction.UPGRADE ? "upgrade" : "downgrade";
        String database = context.dialect().kind().displayName();
        StringBuilder m = new StringBuilder();
        int line = statement == null ? 0 : statement.line();
        int index = statement == null ? 0 : statement.index();
        if (statement != null) {
            m.append("Revision ").append(id).append(" (").append(p.file().message()).append(") failed in its ")
                    .append(what).append(" at statement ").append(index).append(" of ").append(p.statements().size())
                    .append(", ").append(p.file().path()).append(':').append(line).append(":\n  ")
                    .append(statement.shortened(200)).append('\n');
        } else if (stage == Stage.COMMIT) {
            m.append("Revision ").append(id).append(" (").append(p.file().message()).append(") ran its ").append(what)
                    .append(", but the database refused to commit it (e.g. a deferred constraint):\n");
        } else if (stage == Stage.BOOKKEEPING) {
            m.append("Revision ").append(id).append(" (").append(p.file().message())
                    .append(") ran, but recording it in the version table failed:\n");
        } else if (stage == Stage.BOOKKEEPING_OR_COMMIT) {
            m.append("Revision ").append(id).append(" (").append(p.file().message())
                    .append(") ran, but recording it in the version table or committing it failed:\n");
        } else if (stage == Stage.RELOCK) {
            m.append("Revision ").append(id).append(" (").append(p.file().message())
                    .append(") ran and was recorded, but taking the run lock again failed:\n");
        } else {
            m.append("Revision ").append(id).append(" (").append(p.file().message())
                    .append(") could not be started:\n");
        }
        m.append(database).append(" said: ").append(Errors.full(e));
        StringBuilder hint = new StringBuilder();
        if (atomic) {
            hint.append("Revision ").append(id).append(" was rolled back; nothing of it stays applied. ");
        } else if (!leftApplied.isEmpty()) {
            hint.append("These statements of ").append(id).append(" had already run and stay applied (")
                    .append(context.dialect().transactionalDdl() ? "the revision runs with `transaction: false`"
                            : database + " commits DDL on its own")
                    .append("):\n");
            for (int i = 0; i < leftApplied.size(); i++) {
                hint.append("    ").append(i + 1).append(". ").append(leftApplied.get(i)).append('\n');
            }
            hint.append("Fix the file, revert those statements by hand (or with the revision's downgrade), then run "
                    + "`godwit ").append(what).append("` again. ");
        } else {
            hint.append("No statement of ").append(id).append(" had run. ");
        }
        if (!completed.revisions().isEmpty()) {
            hint.append(completed.revisions().size()).append(" earlier revision(s) of this run stay applied and recorded; ");
        }
        hint.append("`godwit current` shows where the database stands.");
        return new MigrationFailedException(m.toString(), hint.toString(), e, id, index, line, completed, leftApplied);
    }
}
