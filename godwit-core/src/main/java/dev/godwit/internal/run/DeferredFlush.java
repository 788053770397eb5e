package dev.godwit.internal.run;

import dev.godwit.internal.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Lets the commits of a run's revisions, all but the last, return before the database has flushed
 * them to disk, and restores the session's setting before the last commit, whose flush then covers
 * every earlier one (PostgreSQL: {@code synchronous_commit}; the log is written in order).
 *
 * <p>Why this keeps the guarantees: every revision still commits on its own, with its version row
 * and history row, so a failure still leaves nothing half-applied. Skipping the wait never
 * corrupts anything; a server crash during the run can only lose the last revisions committed
 * before it, each as a whole together with its version row, which leaves a database that says
 * truthfully where it stands, as a run stopped there would. When the run reports success, or a
 * failure after earlier revisions, everything it committed is flushed: the last revision's commit
 * (or the failure's history row, written after the setting is restored) waits for it. One wait
 * per run instead of one per revision is what {@code psql -1} pays.
 */
final class DeferredFlush {
    private final Dialect dialect;
    private boolean deferred;

    DeferredFlush(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Defers the flushes when the run commits more than once and the database can. */
    void start(Connection connection, int commits) throws SQLException {
        String sql = dialect.deferFlushSql();
        if (sql != null && commits > 1) {
            execute(connection, sql);
            deferred = true;
        }
    }

    /** Restores the session's setting: the next commit waits for the flush of everything before it. */
    void end(Connection connection) throws SQLException {
        if (deferred) {
            execute(connection, dialect.restoreFlushSql());
            deferred = false;
        }
    }

    /** {@link #end} for failure paths, where the original error is the one to report. */
    void endQuietly(Connection connection) {
        try {
            end(connection);
        } catch (SQLException ignored) {
            // closing the connection ends the setting with the session
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
