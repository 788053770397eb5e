package dev.godwit.internal.db.mysql;

import dev.godwit.internal.dialect.SessionLimits;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * MySQL's and MariaDB's limits: the driver's {@code connectTimeout}, {@code lock_wait_timeout} (it
 * bounds metadata locks, the ones DDL waits for) and {@code innodb_lock_wait_timeout} (row locks,
 * the ones an UPDATE of a data migration waits for), error 1205, and the holders from
 * {@code INNODB_TRX} and the process list.
 */
final class MysqlSessionLimits implements SessionLimits {
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    @Override
    public Map<String, String> connectProperties(Duration timeout) {
        if (timeout.isZero()) {
            return Map.of();
        }
        return Map.of("connectTimeout", Long.toString(Math.max(1, timeout.toMillis())));
    }

    @Override
    public void limitLockWaits(Connection connection, Duration timeout) throws SQLException {
        if (timeout.isZero()) {
            return; // 0 is not allowed
        }
        try (Statement s = connection.createStatement()) {
            long seconds = Math.max(1, timeout.toSeconds());
            s.execute("SET SESSION lock_wait_timeout = " + seconds + ", innodb_lock_wait_timeout = " + seconds);
        }
    }

    @Override
    public boolean isLockTimeout(SQLException e) {
        return e.getErrorCode() == LOCK_WAIT_TIMEOUT;
    }

    @Override
    public List<String> lockHolders(Connection connection, String statement) {
        try {
            return holders(connection);
        } catch (SQLException e) {
            return List.of();
        }
    }

    private static List<String> holders(Connection connection) throws SQLException {
        String sql = "SELECT p.ID, p.USER, p.HOST, p.DB, p.COMMAND, TIMESTAMPDIFF(SECOND, t.trx_started, NOW()),"
                + " LEFT(COALESCE(t.trx_query, p.INFO, ''), 80)"
                + " FROM information_schema.INNODB_TRX t JOIN information_schema.PROCESSLIST p"
                + " ON p.ID = t.trx_mysql_thread_id WHERE p.ID <> CONNECTION_ID()"
                + " ORDER BY (p.DB = DATABASE()) DESC, t.trx_started LIMIT " + SessionLimits.MAX_HOLDERS;
        List<String> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String query = rs.getString(7);
                out.add("id " + rs.getLong(1) + ", user " + rs.getString(2) + ", from " + rs.getString(3)
                        + (rs.getString(4) == null ? "" : ", database " + rs.getString(4))
                        + ", transaction open for " + rs.getLong(6) + " s (" + rs.getString(5)
                        + (query == null || query.isEmpty() ? "" : "; running: " + SessionLimits.oneLine(query)) + ")");
            }
        }
        return out;
    }
}
