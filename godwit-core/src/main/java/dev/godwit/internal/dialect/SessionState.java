package dev.godwit.internal.dialect;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The session settings Godwit may change on a connection (its schema or database, lock timeouts,
 * what the run lock sets), as they were when it was read: a connection lent by an application's
 * pool gets them back before it returns, so the application's next borrower finds its own session.
 */
@FunctionalInterface
public interface SessionState {

    /** Puts the settings back on {@code connection}, the one they were read from. */
    void restore(Connection connection) throws SQLException;
}
