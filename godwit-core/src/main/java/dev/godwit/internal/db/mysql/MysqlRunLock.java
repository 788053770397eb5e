package dev.godwit.internal.db.mysql;

import dev.godwit.internal.dialect.RunLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A named lock (GET_LOCK) on a name derived from the database and the version table. */
final class MysqlRunLock implements RunLock {
    private static final int MAX_NAME = 64;
    private final String name;

    MysqlRunLock(String name) {
        String full = "godwit:" + name;
        this.name = full.length() <= MAX_NAME ? full
                : "godwit:" + Long.toHexString(RunLock.keyOf(name));
    }

    @Override
    public boolean tryAcquire(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }

    @Override
    public void release(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            ps.setString(1, name);
            ps.execute();
        }
    }

    @Override
    public String holder(Connection connection) throws SQLException {
        String sql = "SELECT p.id, p.user, p.host, p.time FROM information_schema.processlist p "
                + "WHERE p.id = IS_USED_LOCK(?)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return "connection " + rs.getLong(1) + " (user " + rs.getString(2) + " from " + rs.getString(3)
                        + ", " + rs.getLong(4) + " s in its current statement)";
            }
        }
    }

    @Override
    public boolean isTransaction() {
        return false;
    }
}
