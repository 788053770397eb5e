package dev.godwit.internal.run;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.MigrationFailedException;
import dev.godwit.internal.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When a revision's statement gave up waiting for a lock another session holds (the statement lock
 * timeout fired), names the sessions that hold it (pid, user, application, how long their
 * transaction has been open) and says how to retry.
 */
final class LockWaitReport {

    private LockWaitReport() {
    }

    /** {@code failure} with the lock holders and the way on added when {@code e} is a lock timeout. */
    static MigrationFailedException amend(MigrationFailedException failure, Connection connection, Dialect dialect,
            String statement, SQLException e) {
        if (!dialect.sessionLimits().isLockTimeout(e)) {
            return failure;
        }
        List<String> holders = dialect.sessionLimits().lockHolders(connection, statement);
        StringBuilder m = new StringBuilder(failure.getMessage());
        m.append("\nThe statement waited too long for a lock another session holds");
        if (holders.isEmpty()) {
            m.append(" (that session has finished since).");
        } else {
            m.append("; ").append(holders.size() == 1 ? "this session holds" : "these sessions hold")
                    .append(" locks on its tables with an open transaction:");
            for (String holder : holders) {
                m.append("\n  ").append(holder);
            }
        }
        String hint = "Let that transaction finish (or end the session), then run again; or wait longer for the lock"
                + " (statement_lock_timeout in godwit.toml; 0 waits forever). " + failure.hint();
        Map<String, String> details = new LinkedHashMap<>(failure.details());
        details.put("lock", "statement");
        details.put("holders", String.valueOf(holders.size()));
        return new MigrationFailedException(ErrorCode.LOCK_TIMEOUT, m.toString(), hint, failure.getCause(),
                failure.revision(), failure.statementIndex(), failure.line(), failure.completed(), failure.statementsLeftApplied(), details);
    }
}
