package dev.godwit.internal.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The limits that keep a run from hanging on a server, per database: how long the driver waits for
 * a connection, how long a statement waits for a lock another session holds, how to recognise that
 * wait's timeout, and which sessions hold the locks it waited for.
 */
public final class SessionLimits {
    private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;
    private static final int MAX_HOLDERS = 5;
    private static final java.util.regex.Pattern CONCURRENTLY =
            java.util.regex.Pattern.compile("\\bCONCURRENTLY\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    private SessionLimits() {
    }

    /** Driver properties that bound the connection attempt to {@code timeout} (zero: no bound). */
    public static Map<String, String> connectProperties(DialectKind kind, Duration timeout) {
        if (timeout.isZero()) {
            return Map.of();
        }
        long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
        switch (kind) {
            case POSTGRESQL:
                return Map.of("connectTimeout", Long.toString(seconds), "loginTimeout", Long.toString(seconds));
            case MYSQL:
                return Map.of("connectTimeout", Long.toString(Math.max(1, timeout.toMillis())));
            default:
                return Map.of();
        }
    }

    /** Makes every later statement of the session give up after waiting {@code timeout} for a lock. */
    public static void limitLockWaits(Connection connection, DialectKind kind, Duration timeout) throws SQLException {
        String sql;
        switch (kind) {
            case POSTGRESQL:
                sql = "SET lock_timeout = '" + timeout.toMillis() + "ms'";
                break;
            case MYSQL:
                // lock_wait_timeout bounds metadata locks (the ones DDL waits for); 0 is not allowed.
                sql = timeout.isZero() ? null : "SET SESSION lock_wait_timeout = " + Math.max(1, timeout.toSeconds());
                break;
            default:
                sql = null;
        }
        if (sql != null) {
            try (Statement s = connection.createStatement()) {
                s.execute(sql);
            }
        }
    }

    /**
     * Runs a revision's statement. A PostgreSQL statement that waits for other transactions by
     * design ({@code CREATE INDEX CONCURRENTLY} and the other {@code CONCURRENTLY} forms: they wait
     * for every older transaction without blocking anyone's reads or writes) runs without the lock
     * timeout, which would otherwise cut that wait short and leave an invalid index behind.
     */
    public static void execute(Statement jdbc, DialectKind kind, String sql) throws SQLException {
        if (kind != DialectKind.POSTGRESQL || !CONCURRENTLY.matcher(sql).find()) {
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

    /** Whether {@code e} says a statement gave up waiting for a lock (the limit above fired). */
    public static boolean isLockTimeout(DialectKind kind, SQLException e) {
        switch (kind) {
            case POSTGRESQL:
                return "55P03".equals(e.getSQLState());
            case MYSQL:
                return e.getErrorCode() == MYSQL_LOCK_WAIT_TIMEOUT;
            default:
                return false;
        }
    }

    /**
     * The other sessions with an open transaction that hold locks a statement may have waited for,
     * one line each (pid, user, application or host, how long its transaction has been open, what
     * it runs), those holding locks on tables {@code statement} names first; empty when none is seen.
     */
    public static List<String> lockHolders(Connection connection, DialectKind kind, String statement) {
        try {
            switch (kind) {
                case POSTGRESQL:
                    List<String> named = postgresHolders(connection, statement);
                    return named.isEmpty() ? postgresHolders(connection, null) : named;
                case MYSQL:
                    return mysqlHolders(connection);
                default:
                    return List.of();
            }
        } catch (SQLException e) {
            return List.of();
        }
    }

    private static List<String> postgresHolders(Connection connection, String statement) throws SQLException {
        String sql = "SELECT a.pid, a.usename, a.application_name, a.client_addr, a.state,"
                + " EXTRACT(EPOCH FROM (now() - a.xact_start))::bigint, left(a.query, 80)"
                + " FROM pg_stat_activity a WHERE a.pid <> pg_backend_pid() AND a.datname = current_database()"
                + " AND a.xact_start IS NOT NULL AND EXISTS (SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
                + " WHERE l.pid = a.pid AND l.granted AND l.locktype = 'relation'"
                + " AND c.relnamespace <> 'pg_catalog'::regnamespace"
                + (statement == null ? "" : " AND lower(?) ~ ('(^|[^a-z0-9_$])' || lower(c.relname) || '($|[^a-z0-9_$])')")
                + ") ORDER BY a.xact_start LIMIT " + MAX_HOLDERS;
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
                            + oneLine(rs.getString(7)) + ")");
                }
            }
        }
        return out;
    }

    private static List<String> mysqlHolders(Connection connection) throws SQLException {
        String sql = "SELECT p.ID, p.USER, p.HOST, p.DB, p.COMMAND, TIMESTAMPDIFF(SECOND, t.trx_started, NOW()),"
                + " LEFT(COALESCE(t.trx_query, p.INFO, ''), 80)"
                + " FROM information_schema.INNODB_TRX t JOIN information_schema.PROCESSLIST p"
                + " ON p.ID = t.trx_mysql_thread_id WHERE p.ID <> CONNECTION_ID()"
                + " ORDER BY (p.DB = DATABASE()) DESC, t.trx_started LIMIT " + MAX_HOLDERS;
        List<String> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String query = rs.getString(7);
                out.add("id " + rs.getLong(1) + ", user " + rs.getString(2) + ", from " + rs.getString(3)
                        + (rs.getString(4) == null ? "" : ", database " + rs.getString(4))
                        + ", transaction open for " + rs.getLong(6) + " s (" + rs.getString(5)
                        + (query == null || query.isEmpty() ? "" : "; running: " + oneLine(query)) + ")");
            }
        }
        return out;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
