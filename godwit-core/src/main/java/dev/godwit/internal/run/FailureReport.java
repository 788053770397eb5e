package dev.godwit.internal.run;

import dev.godwit.internal.connect.Errors;

import dev.godwit.api.Direction;
import dev.godwit.api.ErrorCode;
import dev.godwit.api.MigrationFailedException;
import dev.godwit.api.MigrationResult;
import dev.godwit.internal.javarev.JavaRevisionFailure;
import dev.godwit.internal.script.Statement;
import java.sql.SQLException;
import java.util.List;

/**
 * The words of a failed revision: what failed where (the statement and its line, or the
 * bookkeeping, the commit, the progress record), what the database said, what stays applied, and
 * the way on.
 */
final class FailureReport {
    private final RunContext context;
    private final Migrator.Prepared p;
    private final Direction direction;

    FailureReport(RunContext context, Migrator.Prepared p, Direction direction) {
        this.context = context;
        this.p = p;
        this.direction = direction;
    }

    /** " (message)", or nothing for a revision without a message. */
    private String described() {
        return p.file().message().isBlank() ? "" : " (" + p.file().message() + ")";
    }

    MigrationFailedException exception(Statement statement, Migrator.Stage stage, SQLException e, boolean atomic,
                                       List<String> leftApplied, MigrationResult completed, FailureAdvice advice) {
        String id = p.info().id();
        String what = direction == Direction.UPGRADE ? "upgrade" : "downgrade";
        String database = context.dialect().kind().displayName();
        StringBuilder m = new StringBuilder();
        int line = statement == null ? 0 : statement.line();
        int index = statement == null ? 0 : statement.index();
        String revision = "Revision " + id + described();
        JavaRevisionFailure code = stage == Migrator.Stage.STATEMENT && e instanceof JavaRevisionFailure j ? j : null;
        if (code != null) {
            m.append(revision).append(" failed in its ").append(what).append(", in Java class ")
                    .append(code.className()).append(" (").append(p.file().path()).append("):\n  ");
            if (!atomic) {
                leftApplied = List.of("what " + code.className() + "." + what + "() changed before it threw");
            }
        } else if (stage == Migrator.Stage.PROGRESS && statement != null) {
            m.append(revision).append(" ran statement ").append(index).append(" of its ").append(what)
                    .append(", but recording how far it got failed:\n");
        } else if (stage == Migrator.Stage.PROGRESS) {
            m.append(revision).append(" could not be started: recording that it starts failed:\n");
        } else if (statement != null) {
            m.append(revision).append(p.partial() != null && p.partial().undo() ? " failed while undoing its "
                    + (direction == Direction.UPGRADE ? "downgrade" : "upgrade") + ", in its " : " failed in its ")
                    .append(what).append(" at statement ").append(index).append(" of ").append(p.sectionSize())
                    .append(", ").append(p.file().path()).append(':').append(line).append(":\n  ")
                    .append(statement.shortened(200)).append('\n');
        } else if (stage == Migrator.Stage.COMMIT) {
            m.append(revision).append(" ran its ").append(what)
                    .append(", but the database refused to commit it (e.g. a deferred constraint):\n");
        } else if (stage == Migrator.Stage.BOOKKEEPING) {
            m.append(revision).append(" ran, but recording it in the version table failed:\n");
        } else if (stage == Migrator.Stage.BOOKKEEPING_OR_COMMIT) {
            m.append(revision).append(" ran, but recording it in the version table or committing it failed:\n");
        } else if (stage == Migrator.Stage.RELOCK) {
            m.append(revision).append(" ran, but it could not be recorded: taking the database's write lock again failed:\n");
        } else {
            m.append(revision).append(" could not be started:\n");
        }
        m.append(e instanceof VersionRowsMismatch || code != null ? "" : database + " said: ").append(Errors.full(e));
        if (advice.invalidIndex() != null) {
            m.append("\nIt left an INVALID index ").append(advice.invalidIndex())
                    .append(" (PostgreSQL keeps the index of a failed CREATE INDEX CONCURRENTLY).");
        }
        String why = context.dialect().transactionalDdl() ? "the revision runs with `transaction: false`"
                : database + " commits DDL on its own";
        int earlier = completed.revisions().size();
        return new MigrationFailedException(ErrorCode.STATEMENT_FAILED, m.toString(),
                advice.hint(atomic, leftApplied, why, index, e, earlier), e, id, index, line, completed, leftApplied,
                advice.details(atomic, why, index, e, earlier));
    }
}
