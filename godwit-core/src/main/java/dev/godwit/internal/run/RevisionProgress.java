package dev.godwit.internal.run;

import dev.godwit.api.Direction;
import dev.godwit.internal.script.Statement;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The {@link ProgressTable} writes of one revision as it runs. A revision that runs in a
 * transaction needs none: all of it or nothing of it is applied. One that runs statement by
 * statement writes a start row and one row per statement it ran; see {@link #tracks} for which.
 */
class RevisionProgress {
    /** For revisions that write nothing. */
    static final RevisionProgress NONE = new RevisionProgress(null, null, null, null, null, null);

    private final ProgressTable table;
    private final Connection connection;
    private final String revision;
    private final Direction direction;
    private final String checksum;
    private final Partial partial;
    private int applied;

    private RevisionProgress(ProgressTable table, Connection connection, String revision, Direction direction,
                             String checksum, Partial partial) {
        this.table = table;
        this.connection = connection;
        this.revision = revision;
        this.direction = direction;
        this.checksum = checksum;
        this.partial = partial;
        this.applied = partial == null ? 0 : partial.alreadyApplied().size();
    }

    /**
     * Whether a revision's progress is written. Only where its statements commit one by one; and
     * on MySQL/MariaDB, where every revision does, only for those of more than one statement or with
     * {@code transaction: false}: a single statement that fails leaves nothing applied, so its
     * revision needs no record, and every revision of one statement (most of them) keeps its cost
     * of one statement plus bookkeeping. A {@code transaction: false} revision always has a record,
     * since a failed {@code CREATE INDEX CONCURRENTLY} leaves something behind.
     */
    static boolean tracks(boolean statementByStatement, boolean transactionFalse, int statements) {
        return statementByStatement && (transactionFalse || statements > 1);
    }

    static RevisionProgress of(ProgressTable table, Connection connection, String revision, Direction direction,
                               String checksum, Partial partial) {
        return new RevisionProgress(table, connection, revision, direction, checksum, partial);
    }

    /** Before the first statement. */
    void starting() throws SQLException {
        if (table == null) {
            return;
        }
        if (partial == null) {
            table.start(connection, revision, direction, checksum);
        } else if (!partial.undo()) {
            table.error(connection, revision, null);
        }
    }

    /** After a statement ran. */
    void ran(Statement statement) throws SQLException {
        if (table == null) {
            return;
        }
        if (partial != null && partial.undo()) {
            table.undone(connection, revision, partial.undoes(statement.index()));
            applied--;
        } else {
            table.applied(connection, revision, direction, statement.index(), ProgressChecks.of(statement));
            applied++;
        }
    }

    /**
     * Once the revision is recorded (or, for an undo, once everything is undone). Best effort: a
     * record left behind names a revision the version table has, and the next run drops it.
     */
    void done() {
        if (table != null) {
            try {
                table.forget(connection, revision);
            } catch (SQLException ignored) {
                // see above
            }
        }
    }

    /** How many statements of the interrupted section stay applied now. */
    int applied() {
        return applied;
    }

    /**
     * After a failure: the record keeps the error, or goes when nothing stays applied and nothing
     * was left behind ({@code leftSomething}: an invalid index).
     */
    void failed(String error, boolean leftSomething) {
        if (table == null) {
            return;
        }
        try {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            if (applied == 0 && !leftSomething && partial == null) {
                table.forget(connection, revision);
            } else if (partial == null || !partial.undo()) {
                table.error(connection, revision, error);
            }
        } catch (SQLException ignored) {
            // the record stays as the last write left it, which is still true: the failure is what to report
        }
    }

    boolean tracked() {
        return table != null;
    }
}
