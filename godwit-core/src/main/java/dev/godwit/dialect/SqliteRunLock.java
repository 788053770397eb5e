package dev.godwit.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * SQLite's own write lock, held for the whole run by a BEGIN IMMEDIATE transaction; revisions run
 * in savepoints inside it. A killed run leaves no lock: SQLite rolls the transaction back.
 */
final class SqliteRunLock implements RunLock {
    private static final int BUSY_TIMEOUT_MILLIS = 60_000;

    @Override
    public boolean tryAcquire(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA busy_timeout = 0");
            s.execute("BEGIN IMMEDIATE");
            // Holding the lock, wait for readers rather than fail when committing.
            s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
            return true;
        } catch (SQLException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.contains("SQLITE_BUSY") || message.contains("database is locked")) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void release(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("COMMIT");
        }
    }

    @Override
    public String holder(Connection connection) {
        return null;
    }

    @Override
    public boolean isTransaction() {
        return true;
    }
}
