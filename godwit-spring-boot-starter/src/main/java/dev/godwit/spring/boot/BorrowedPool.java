package dev.godwit.spring.boot;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The application's DataSource as Godwit borrows from it. Godwit holds one of its connections at a
 * time (two while it backs up SQLite), so a pool of one is enough; but when the application holds them all, the pool makes Godwit
 * wait its own connection timeout and then fails. That failure (a transient connection exception:
 * HikariCP's "Connection is not available, request timed out after ... (total=N, ...)") gets a
 * second sentence saying that Godwit needs a free connection and which settings give it one.
 */
final class BorrowedPool implements DataSource {
    static final String HINT = "; Godwit found no free connection in the application's DataSource: give the pool room"
            + " for Godwit's (one; two while it backs up SQLite) with Spring Boot's HikariCP"
            + " spring.datasource.hikari.maximum-pool-size (and connection-timeout for the wait), or give Godwit"
            + " connections of its own (godwit.url)";
    private final DataSource pool;

    BorrowedPool(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            return pool.getConnection();
        } catch (SQLTransientConnectionException e) {
            throw hinted(e);
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        try {
            return pool.getConnection(username, password);
        } catch (SQLTransientConnectionException e) {
            throw hinted(e);
        }
    }

    private static SQLException hinted(SQLTransientConnectionException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        return new SQLTransientConnectionException(message + HINT, e.getSQLState(), e.getErrorCode(), e);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(pool) ? iface.cast(pool) : pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(pool) || pool.isWrapperFor(iface);
    }

    @Override
    public String toString() {
        return pool.toString();
    }
}
