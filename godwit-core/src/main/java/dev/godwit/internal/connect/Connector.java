package dev.godwit.internal.connect;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.internal.config.DatabaseUrl;
import dev.godwit.internal.config.Secrets;
import dev.godwit.internal.config.Timeouts;
import dev.godwit.internal.dialect.Dialect;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;

/**
 * Opens the one connection a run uses: from the application's DataSource when the URL came with one
 * ({@link LentConnection}), otherwise through the JDBC driver. The driver class is instantiated directly rather than
 * through DriverManager, which would initialise every driver on the class path (slow start-up).
 * Connection failures become one message with the masked URL and what to check.
 */
public final class Connector {

    private Connector() {
    }

    public static Connection open(DatabaseUrl url, Dialect dialect, String schema) {
        return open(url, dialect, schema, Timeouts.DEFAULTS);
    }

    /**
     * A connection to {@code url} that gives up connecting after {@code timeouts.connect()}, and whose
     * statements give up waiting for another session's lock after {@code timeouts.statementLock()}.
     */
    public static Connection open(DatabaseUrl url, Dialect dialect, String schema, Timeouts timeouts) {
        Connection connection = url.dataSource() != null ? LentConnection.borrow(url, dialect)
                : connect(url, dialect, timeouts);
        try {
            dialect.sessionLimits().limitLockWaits(connection, timeouts.statementLock());
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new GodwitException(ErrorCode.DATABASE_FAILED,
                    "Could not set the statement lock timeout on " + url.masked() + ": "
                    + Secrets.of(url).scrub(Errors.firstLine(e)), "Set statement_lock_timeout = 0 in godwit.toml to"
                    + " leave the server's own setting.", e);
        }
        if (schema != null && !schema.isBlank()) {
            try {
                dialect.useSchema(connection, schema);
            } catch (SQLException e) {
                closeQuietly(connection);
                throw new GodwitException(ErrorCode.DATABASE_FAILED,
                        "Could not use schema '" + schema + "' on " + url.masked() + ": "
                        + Secrets.of(url).scrub(Errors.firstLine(e)), "Create the schema first, or fix `schema` in godwit.toml.", e);
            }
        }
        return connection;
    }

    /** A new connection through the JDBC driver. */
    private static Connection connect(DatabaseUrl url, Dialect dialect, Timeouts timeouts) {
        Driver driver = loadDriver(dialect);
        Connection connection;
        try {
            java.util.Properties properties = url.connectionProperties();
            dialect.sessionLimits().connectProperties(timeouts.connect()).forEach(properties::putIfAbsent);
            // Defaults only: the driver lets parameters in the URL override these properties.
            for (java.util.Map.Entry<String, String> setting : dialect.connectionDefaults().entrySet()) {
                properties.putIfAbsent(setting.getKey(), setting.getValue());
            }
            connection = driver.connect(url.jdbcUrl(), properties);
        } catch (SQLException e) {
            throw ConnectFailure.of(url, dialect, e, timeouts.connect());
        }
        if (connection == null) {
            throw new GodwitException(ErrorCode.DRIVER_MISSING,
                    "The " + dialect.kind().displayName() + " driver does not accept the URL "
                    + url.masked(), "Check the URL's form in docs/configuration.md.");
        }
        return connection;
    }

    /**
     * Loads and initialises the driver and has it parse the URL, without connecting: the driver's
     * one-time start-up work (tens of milliseconds in a fresh JVM), done ahead on a spare thread.
     * That includes the JVM's calendar and locale data, which the drivers' date handling loads on
     * the first connection (about 15 ms, measured with pgjdbc). Best effort: a problem here is left
     * for {@link #open} to report.
     */
    public static void warmUp(DatabaseUrl url, Dialect dialect) {
        try {
            loadDriver(dialect).acceptsURL(url.jdbcUrl());
            java.util.Calendar.getInstance();
        } catch (SQLException | RuntimeException e) {
            // open() meets it again and reports it
        }
    }

    private static Driver loadDriver(Dialect dialect) {
        try {
            return (Driver) Class.forName(dialect.driverClass()).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new GodwitException(ErrorCode.DRIVER_MISSING,
                    "The JDBC driver for " + dialect.kind().displayName() + " ("
                    + dialect.driverClass() + ") is not on the class path.",
                    "Add the driver to your application's dependencies.", e);
        }
    }

    public static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing more to say: the run has already failed or finished
        }
    }
}
