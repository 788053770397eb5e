package dev.godwit.internal.db.postgres;

import dev.godwit.internal.dialect.RunLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A session-level advisory lock on a key derived from the version table's schema and name. */
final class PostgresRunLock implements RunLock {
    private final long key;
    private boolean sessionPrepared;

    PostgresRunLock(String name) {
        this.key = RunLock.keyOf(name);
    }

    long key() {
        return key;
    }

    @Override
    public boolean tryAcquire(Connection connection) throws SQLException {
        if (!sessionPrepared) {
            sessionPrepared = true;
            if (connection.getMetaData().getDatabaseMajorVersion() >= 14) {
                // Without it, a killed client's statement runs on (holding the lock) until it ends.
                try (java.sql.Statement s = connection.createStatement()) {
                    s.execute("SET client_connection_check_interval = 1000");
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    @Override
    public void release(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, key);
            ps.execute();
        }
    }

    @Override
    public String holder(Connection connection) throws SQLException {
        String sql = "SELECT a.pid, a.usename, a.client_addr, a.application_name, a.backend_start "
                + "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                + "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ? AND l.objid = ? AND l.objsubid = 1";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, (key >>> 32) & 0xffffffffL);
            ps.setLong(2, key & 0xffffffffL);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String app = rs.getString(4);
                return "PostgreSQL session " + rs.getInt(1) + " (user " + rs.getString(2)
                        + (rs.getString(3) == null ? "" : " from " + rs.getString(3))
                        + (app == null || app.isEmpty() ? "" : ", " + app) + ", connected " + rs.getString(5) + ")";
            }
        }
    }

    @Override
    public boolean isTransaction() {
        return false;
    }
}
