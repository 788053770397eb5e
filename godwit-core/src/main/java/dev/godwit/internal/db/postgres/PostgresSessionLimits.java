package dev.godwit.internal.db.postgres;

import dev.godwit.internal.dialect.SessionLimits;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * PostgreSQL's limits: {@code connectTimeout}/{@code loginTimeout}, {@code lock_timeout} (lifted
 * for the {@code CONCURRENTLY} forms, which wait for older transactions by design), SQLSTATE 55P03,
 * and the holders from {@code pg_stat_activity} and {@code pg_locks}.
 */
final class PostgresSessionLimits implements SessionLimits {
    private static final Pattern CONCURRENTLY = Pattern.compile("\\bCONCURRENTLY\\b", Pattern.CASE_INSENSITIVE);

    @Override
    public Map<String, String> connectProperties(Duration timeout) {
        if (timeout.isZero()) {
            return Map.of();
        }
        long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
        return Map.of("connectTimeout", Long.toString(seconds), "loginTimeout", Long.toString(seconds));
    }

    @Override
    public void limitLockWaits(Connection connection, Duration timeout) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET lock_timeout = '" + timeout.toMillis() + "ms'");
        }
    }

    /**
     * Runs a revision's statement. A statement that waits for other transactions by design
     * ({@code CREATE INDEX CONCURRENTLY} and the other {@code CONCURRENTLY} forms: they wait for every
     * older transaction without blocking anyone's reads or writes) runs without the lock timeout,
     * which would otherwise cut that wait short and leave an invalid index behind.
     */
    @Override
    public void execute(Statement jdbc, String sql) throws SQLException {
        if (!CONCURRENTLY.matcher(sql).find()) {
            jdbc.execute(sql);
            return;
        }
        String before;
        try (ResultSet rs = jdbc.executeQuery("SHOW lock_timeout")) {
            rs.next();
            before = rs.getString(1);
        }
        jdbc.execute("SET lock_timeout = 0");
        try {
            jdbc.execute(sql);
        } finally {
            jdbc.execute("SET lock_timeout = '" + before.replace("'", "''") + "'");
        }
    }

    @Override
    public boolean isLockTimeout(SQLException e) {
        return "55P03".equals(e.getSQLState());
    }

    @Override
    public List<String> lockHolders(Connection connection, String statement) {
        try {
            List<String> named = holders(connection, statement);
            return named.isEmpty() ? holders(connection, null) : named;
        } catch (SQLException e) {
            return List.of();
        }
    }

    private static List<String> holders(Connection connection, String statement) throws SQLException {
        String sql = "SELECT a.pid, a.usename, a.application_name, a.client_addr, a.state,"
                + " EXTRACT(EPOCH FROM (now() - a.xact_start))::bigint, left(a.query, 80)"
                + " FROM pg_stat_activity a WHERE a.pid <> pg_backend_pid() AND a.datname = current_database()"
                + " AND a.xact_start IS NOT NULL AND EXISTS (SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
                + " WHERE l.pid = a.pid AND l.granted AND l.locktype = 'relation'"
                + " AND c.relnamespace <> 'pg_catalog'::regnamespace"
                + (statement == null ? "" : " AND lower(?) ~ ('(^|[^a-z0-9_$])' || lower(c.relname) || '($|[^a-z0-9_$])')")
                + ") ORDER BY a.xact_start LIMIT " + SessionLimits.MAX_HOLDERS;
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (statement != null) {
                ps.setString(1, statement);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String app = rs.getString(3);
                    out.add("pid " + rs.getInt(1) + ", user " + rs.getString(2)
                            + (app == null || app.isEmpty() ? "" : ", application '" + app + "'")
                            + (rs.getString(4) == null ? "" : ", from " + rs.getString(4))
                            + ", transaction open for " + rs.getLong(6) + " s (" + rs.getString(5) + "; last statement: "
                            + SessionLimits.oneLine(rs.getString(7)) + ")");
                }
            }
        }
        return out;
    }
}
