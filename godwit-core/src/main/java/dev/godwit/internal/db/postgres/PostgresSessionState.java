package dev.godwit.internal.db.postgres;

import dev.godwit.internal.dialect.SessionState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What Godwit changes in a PostgreSQL session: the search path (the configured schema), the lock
 * timeout, from version 14 the connection check interval the run lock sets, and the run lock.
 */
final class PostgresSessionState {
    private PostgresSessionState() {
    }

    static SessionState read(Connection connection) throws SQLException {
        String searchPath;
        String lockTimeout;
        String checkInterval;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT current_setting('search_path'), current_setting('lock_timeout'),"
                        + " current_setting('client_connection_check_interval', true)")) {
            rs.next();
            searchPath = rs.getString(1);
            lockTimeout = rs.getString(2);
            checkInterval = rs.getString(3);
        }
        return c -> {
            // The run lock is a session lock: should its release have failed, it must not go back
            // to the pool with the connection. A pooled connection holds no lock of the application's.
            try (Statement s = c.createStatement()) {
                s.executeQuery("SELECT pg_advisory_unlock_all()").close();
            }
            set(c, "search_path", searchPath);
            set(c, "lock_timeout", lockTimeout);
            if (checkInterval != null) {
                set(c, "client_connection_check_interval", checkInterval);
            }
        };
    }

    private static void set(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT set_config(?, ?, false)")) {
            s.setString(1, name);
            s.setString(2, value);
            s.executeQuery().close();
        }
    }
}
