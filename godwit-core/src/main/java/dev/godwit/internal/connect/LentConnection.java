package dev.godwit.internal.connect;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.internal.config.DatabaseUrl;
import dev.godwit.internal.dialect.Dialect;
import dev.godwit.internal.dialect.SessionState;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A connection borrowed from the application's DataSource (often a pool). Godwit changes the
 * session as it works (the schema or database it uses, the lock timeout); a pooled connection would
 * hand those changes to the application's next borrower, so closing this one puts them back as
 * they were when it was borrowed (the run lock's settings too: SQLite's busy timeout, PostgreSQL's
 * connection check interval), then gives the connection back.
 */
final class LentConnection implements InvocationHandler {
    private final Connection lent;
    private final SessionState before;
    private final boolean readOnly;
    private final boolean manualCommit;

    private LentConnection(Connection lent, SessionState before, boolean readOnly, boolean manualCommit) {
        this.lent = lent;
        this.before = before;
        this.readOnly = readOnly;
        this.manualCommit = manualCommit;
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
            SessionState before = dialect.sessionState(connection);
            boolean readOnly = connection.isReadOnly();
            boolean manualCommit = !connection.getAutoCommit();
            // Godwit works in auto-commit and writes its bookkeeping; a pool may lend neither (both put back on close).
            if (readOnly) {
                writable(connection, url);
            }
            if (manualCommit) {
                connection.setAutoCommit(true);
            }
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, new LentConnection(connection, before, readOnly, manualCommit));
        } catch (SQLException e) {
            Connector.closeQuietly(connection);
            throw new GodwitException(ErrorCode.DATABASE_FAILED, "Could not read the session settings of a connection"
                    + " from the DataSource for " + url.masked() + ": " + Errors.firstLine(e),
                    "The cause has the full error.", e);
        }
    }

    private static void writable(Connection connection, DatabaseUrl url) {
        try {
            connection.setReadOnly(false);
        } catch (SQLException e) {
            Connector.closeQuietly(connection);
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION, "The DataSource (" + url.dataSource().getClass()
                    .getName() + ") for " + url.masked() + " lends read-only connections, and Godwit could not make "
                    + "one writable: " + Errors.firstLine(e), "Give Godwit a DataSource whose connections may write "
                    + "(a pool's readOnly=false), or a url. Nothing was run.", e);
        }
    }

    private void abortQuietly() {
        try {
            lent.abort(Runnable::run);
        } catch (SQLException | RuntimeException ignored) {
            // closing it next is all that is left
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
                    before.restore(lent);
                    if (manualCommit) {
                        lent.setAutoCommit(false);
                    }
                    if (readOnly) {
                        lent.setReadOnly(true);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                // The session could not be put back: end it, so the pool does not hand it on changed.
                abortQuietly();
                throw e;
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
