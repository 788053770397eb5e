package dev.godwit.internal.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The limits that keep a run from hanging on a server: how long the driver waits for a connection,
 * how long a statement waits for a lock another session holds, how to recognise that wait's
 * timeout, and which sessions hold the locks it waited for. Each dialect gives its own
 * ({@link Dialect#sessionLimits()}); these defaults set no limit, for a database without a server.
 */
public interface SessionLimits {

    /** Limits for a database without a server: nothing to bound. */
    SessionLimits NONE = new SessionLimits() {
    };

    /** Driver properties that bound the connection attempt to {@code timeout} (zero: no bound). */
    default Map<String, String> connectProperties(Duration timeout) {
        return Map.of();
    }

    /** Makes every later statement of the session give up after waiting {@code timeout} for a lock. */
    default void limitLockWaits(Connection connection, Duration timeout) throws SQLException {
        // nothing to limit
    }

    /** Runs a revision's statement (where a statement must run without the lock limit, it does). */
    default void execute(Statement jdbc, String sql) throws SQLException {
        jdbc.execute(sql);
    }

    /** Whether {@code e} says a statement gave up waiting for a lock (the limit above fired). */
    default boolean isLockTimeout(SQLException e) {
        return false;
    }

    /**
     * The other sessions with an open transaction that hold locks a statement may have waited for,
     * one line each, those holding locks on tables {@code statement} names first; empty when none is seen.
     */
    default List<String> lockHolders(Connection connection, String statement) {
        return List.of();
    }

    /** One line of a holder's description: white space collapsed. */
    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    /** How many holders {@link #lockHolders} lists at most. */
    int MAX_HOLDERS = 5;
}
