package dev.godwit.internal.connect;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.internal.config.DatabaseUrl;
import dev.godwit.internal.dialect.Dialect;
import dev.godwit.internal.dialect.DialectKind;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A connection borrowed from the application's DataSource (often a pool). Godwit changes the
 * session as it works (the schema or database it uses, the lock timeout); a pooled connection would
 * hand those changes to the application's next borrower, so closing this one puts them back as
 * they were when it was borrowed (the run lock's settings too: SQLite's busy timeout, PostgreSQL's
 * connection check interval), then gives the connection back.
 */
final class LentConnection implements InvocationHandler {
    private final Connection lent;
    private final DialectKind kind;
    private final String[] before;

    private LentConnection(Connection lent, DialectKind kind, String[] before) {
        this.lent = lent;
        this.kind = kind;
        this.before = before;
    }

    /** A connection from {@code url}'s DataSource, which restores its session when closed. */
    static Connection borrow(DatabaseUrl url, Dialect dialect) {
        Connection connection;
        try {
            connection = url.dataSource().getConnection();
        } catch (SQLException e) {
            throw new GodwitException(ErrorCode.CONNECTION_FAILED, "Could not get a connection from the DataSource ("
                    + url.dataSource().getClass().getName() + ") for " + url.masked() + ": " + Errors.firstLine(e),
                    "Check the DataSource's configuration and that the database server is running.", e);
        }
        try {
            String[] before = read(connection, dialect.kind());
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, new LentConnection(connection, dialect.kind(), before));
        } catch (SQLException e) {
            Connector.closeQuietly(connection);
            throw new GodwitException(ErrorCode.DATABASE_FAILED, "Could not read the session settings of a connection"
                    + " from the DataSource for " + url.masked() + ": " + Errors.firstLine(e),
                    "The cause has the full error.", e);
        }
    }

    /**
     * What Godwit may change in the session: PostgreSQL's search path, lock timeout and (version 14
     * on, set by the run lock) connection check interval; MySQL's database and lock wait timeout;
     * SQLite's busy timeout (set by the run lock).
     */
    private static String[] read(Connection connection, DialectKind kind) throws SQLException {
        String sql = switch (kind) {
            case SQLITE -> "PRAGMA busy_timeout";
            case POSTGRESQL -> "SELECT current_setting('search_path'), current_setting('lock_timeout'),"
                    + " current_setting('client_connection_check_interval', true)";
            default -> "SELECT DATABASE(), @@SESSION.lock_wait_timeout";
        };
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            String[] values = new String[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getString(i + 1);
            }
            return values;
        }
    }

    private void restore() throws SQLException {
        if (kind == DialectKind.POSTGRESQL) {
            try (PreparedStatement s = lent.prepareStatement(
                    "SELECT set_config('search_path', ?, false), set_config('lock_timeout', ?, false)")) {
                s.setString(1, before[0]);
                s.setString(2, before[1]);
                s.executeQuery().close();
            }
            if (before[2] != null) {
                try (PreparedStatement s = lent.prepareStatement(
                        "SELECT set_config('client_connection_check_interval', ?, false)")) {
                    s.setString(1, before[2]);
                    s.executeQuery().close();
                }
            }
        } else if (kind == DialectKind.MYSQL) {
            if (before[0] != null) {
                lent.setCatalog(before[0]);
            }
            try (Statement s = lent.createStatement()) {
                s.execute("SET SESSION lock_wait_timeout = " + Long.parseLong(before[1]));
            }
        } else if (kind == DialectKind.SQLITE) {
            try (Statement s = lent.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + Long.parseLong(before[0]));
            }
        }
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if ("close".equals(method.getName()) && method.getParameterCount() == 0) {
            try {
                if (!lent.isClosed()) {
                    if (!lent.getAutoCommit()) {
                        lent.rollback();
                    }
                    restore();
                }
            } finally {
                lent.close();
            }
            return null;
        }
        try {
            return method.invoke(lent, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
