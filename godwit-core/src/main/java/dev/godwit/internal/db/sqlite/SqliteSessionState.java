package dev.godwit.internal.db.sqlite;

import dev.godwit.internal.dialect.SessionState;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What Godwit changes in a SQLite connection: the busy timeout the run lock sets. */
final class SqliteSessionState {
    private SqliteSessionState() {
    }

    static SessionState read(Connection connection) throws SQLException {
        long busyTimeout;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA busy_timeout")) {
            rs.next();
            busyTimeout = rs.getLong(1);
        }
        return c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + busyTimeout);
            }
        };
    }
}
