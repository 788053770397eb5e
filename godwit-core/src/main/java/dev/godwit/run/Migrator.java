package dev.godwit.run;

import dev.godwit.api.Direction;
import dev.godwit.api.GodwitException;
import dev.godwit.api.MigrationFailedException;
import dev.godwit.api.MigrationListener;
import dev.godwit.api.MigrationResult;
import dev.godwit.api.RevisionInfo;
import dev.godwit.api.RevisionRun;
import dev.godwit.dialect.Dialect;
import dev.godwit.dialect.DialectKind;
import dev.godwit.graph.Planner;
import dev.godwit.script.RevisionFile;
import dev.godwit.script.RevisionFileParser;
import dev.godwit.script.SplitterOptions;
import dev.godwit.script.Statement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs a plan on a connection: each revision with its version-table update, in one transaction
 * where the database allows it. Every revision is split and checked before the first one runs, so
 * a malformed file stops the run before it changes anything.
 */
public final class Migrator {
    private final Dialect dialect;
    private final Revisions revisions;
    private final VersionTable versionTable;
    private final MigrationListener listener;

    public Migrator(Dialect dialect, Revisions revisions, VersionTable versionTable, MigrationListener listener) {
        this.dialect = dialect;
        this.revisions = revisions;
        this.versionTable = versionTable;
        this.listener = listener;
    }

    /** A step with its statements, prepared before anything runs. */
    private record Prepared(Planner.Step step, RevisionFile file, RevisionInfo info, List<Statement> statements) {
    }

    public MigrationResult run(Connection connection, Planner.Plan plan) {
        Direction direction = plan.direction() == Planner.Direction.UPGRADE ? Direction.UPGRADE : Direction.DOWNGRADE;
        List<Prepared> prepared = prepare(plan, direction);
        List<RevisionRun> done = new ArrayList<>();
        Set<String> rows = plan.rowsBefore();
        for (Prepared p : prepared) {
            listener.starting(p.info(), direction);
            long start = System.nanoTime();
            runOne(connection, p, direction, List.copyOf(plan.rowsBefore()), rows, done);
            RevisionRun run = new RevisionRun(p.info(), direction, p.statements().size(),
                    (System.nanoTime() - start) / 1_000_000);
            done.add(run);
            rows = p.step().rowsAfter();
            listener.finished(run);
        }
        return new MigrationResult(direction, List.copyOf(plan.rowsBefore()), List.copyOf(rows), done);
    }

    private List<Prepared> prepare(Planner.Plan plan, Direction direction) {
        SplitterOptions options = SplitterOptions.forDialect(dialect.kind());
        List<Prepared> prepared = new ArrayList<>(plan.steps().size());
        for (Planner.Step step : plan.steps()) {
            String id = step.revision().id();
            RevisionFile file = revisions.file(id);
            boolean up = direction == Direction.UPGRADE;
            List<Statement> statements = RevisionFileParser.statements(file, up, options);
            if (!up && (!file.downgrade().present() || statements.isEmpty())) {
                throw new GodwitException("Revision " + id + " (" + file.message() + ") has no downgrade, so the "
                        + "database cannot be downgraded past it. File: " + file.path(),
                        "Write the statements that undo it under `-- +downgrade` in that file; or, after reverting "
                                + "it by hand, mark the database with `godwit stamp <earlier revision>`. Nothing was run.");
            }
            if (file.transactional() && dialect.kind() == DialectKind.POSTGRESQL) {
                for (Statement s : statements) {
                    if (s.cannotRunInTransaction()) {
                        throw new GodwitException(file.path() + ":" + s.line() + ": statement " + s.index()
                                + " cannot run inside a transaction: " + s.shortened(80),
                                "Add `-- transaction: false` to the header of " + file.path().getFileName()
                                        + " so it runs outside a transaction. Nothing was run.");
                    }
                }
            }
            prepared.add(new Prepared(step, file, revisions.info(id, Set.of()), statements));
        }
        return prepared;
    }

    private void runOne(Connection connection, Prepared p, Direction direction, List<String> rowsAtStart,
                        Set<String> rowsBefore, List<RevisionRun> done) {
        boolean inTransaction = dialect.transactionalDdl() && p.file().transactional();
        List<String> leftApplied = new ArrayList<>();
        int index = 0;
        Statement current = null;
        try {
            connection.setAutoCommit(!inTransaction);
            try (java.sql.Statement jdbc = connection.createStatement()) {
                for (Statement s : p.statements()) {
                    current = s;
                    index = s.index();
                    jdbc.execute(s.sql());
                    if (!inTransaction) {
                        leftApplied.add(s.shortened(100));
                    }
                }
            }
            current = null;
            versionTable.update(connection, rowsBefore, p.step().rowsAfter());
            if (inTransaction) {
                connection.commit();
            }
        } catch (SQLException e) {
            rollbackQuietly(connection, inTransaction);
            MigrationResult completed = new MigrationResult(direction, rowsAtStart, List.copyOf(rowsBefore), done);
            throw failure(p, direction, current, index, e, inTransaction, leftApplied, completed);
        } finally {
            try {
                if (!connection.getAutoCommit()) {
                    connection.setAutoCommit(true);
                }
            } catch (SQLException ignored) {
                // the connection is broken; the caller closes it
            }
        }
    }

    private MigrationFailedException failure(Prepared p, Direction direction, Statement statement, int index,
                                             SQLException e, boolean inTransaction, List<String> leftApplied,
                                             MigrationResult completed) {
        String id = p.info().id();
        String what = direction == Direction.UPGRADE ? "upgrade" : "downgrade";
        StringBuilder m = new StringBuilder();
        int total = p.statements().size();
        int line;
        if (statement != null) {
            line = statement.line();
            m.append("Revision ").append(id).append(" (").append(p.file().message()).append(") failed in its ")
                    .append(what).append(" at statement ").append(index).append(" of ").append(total)
                    .append(", ").append(p.file().path()).append(':').append(line).append(":\n  ")
                    .append(statement.shortened(200)).append('\n');
        } else {
            line = 0;
            m.append("Revision ").append(id).append(" (").append(p.file().message())
                    .append(") ran, but recording it in the version table failed:\n");
        }
        m.append(dialect.kind().displayName()).append(" said: ").append(Errors.full(e));
        StringBuilder hint = new StringBuilder();
        if (inTransaction) {
            hint.append("Revision ").append(id).append(" was rolled back; nothing of it stays applied. ");
        } else if (!leftApplied.isEmpty()) {
            List<String> applied = statement == null ? leftApplied : leftApplied.subList(0, leftApplied.size());
            hint.append("These statements of ").append(id).append(" had already run and stay applied (")
                    .append(dialect.transactionalDdl() ? "the revision runs with `transaction: false`"
                            : dialect.kind().displayName() + " commits DDL on its own")
                    .append("):\n");
            for (int i = 0; i < applied.size(); i++) {
                hint.append("    ").append(i + 1).append(". ").append(applied.get(i)).append('\n');
            }
            hint.append("Fix the file, revert those statements by hand (or with the revision's downgrade), then run `godwit ")
                    .append(what).append("` again. ");
        } else {
            hint.append("No statement of ").append(id).append(" had run. ");
        }
        if (!completed.revisions().isEmpty()) {
            hint.append(completed.revisions().size()).append(" earlier revision(s) of this run stay applied and recorded; ");
        }
        hint.append("`godwit current` shows where the database stands.");
        return new MigrationFailedException(m.toString(), hint.toString(), e, id, index, line, completed, leftApplied);
    }

    private static void rollbackQuietly(Connection connection, boolean inTransaction) {
        if (!inTransaction) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original error is the one to report
        }
    }
}
