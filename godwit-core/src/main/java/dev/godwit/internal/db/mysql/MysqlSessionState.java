package dev.godwit.internal.db.mysql;

import dev.godwit.internal.dialect.SessionState;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What Godwit changes in a MySQL/MariaDB session: the current database, the lock wait timeouts and the run lock. */
final class MysqlSessionState {
    private MysqlSessionState() {
    }

    static SessionState read(Connection connection) throws SQLException {
        String database;
        long lockWait;
        String rowLockWait;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT DATABASE(), @@SESSION.lock_wait_timeout, "
                        + "@@SESSION.innodb_lock_wait_timeout")) {
            rs.next();
            database = rs.getString(1);
            lockWait = rs.getLong(2);
            rowLockWait = rs.getString(3);
        }
        return c -> {
            // The run lock (GET_LOCK) lives as long as the session: should its release have failed,
            // it must not go back to the pool with the connection.
            try (Statement s = c.createStatement()) {
                s.executeQuery("SELECT RELEASE_ALL_LOCKS()").close();
            }
            if (database != null) {
                c.setCatalog(database);
            }
            try (Statement s = c.createStatement()) {
                s.execute("SET SESSION lock_wait_timeout = " + lockWait + ", innodb_lock_wait_timeout = "
                        + Long.parseLong(rowLockWait.strip()));
            }
        };
    }
}
