package dev.godwit.run;

import dev.godwit.api.GodwitException;
import dev.godwit.config.DatabaseUrl;
import dev.godwit.dialect.Dialect;
import dev.godwit.dialect.DialectKind;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;

/**
 * Opens the one connection a run uses. The driver class is instantiated directly rather than
 * through DriverManager, which would initialise every driver on the class path (slow start-up).
 * Connection failures become one message with the masked URL and what to check.
 */
public final class Connector {

    private Connector() {
    }

    public static Connection open(DatabaseUrl url, Dialect dialect, String schema) {
        Driver driver = loadDriver(dialect);
        Connection connection;
        try {
            java.util.Properties properties = url.connectionProperties();
            // Defaults only: the driver lets parameters in the URL override these properties.
            for (java.util.Map.Entry<String, String> setting : dialect.connectionDefaults().entrySet()) {
                properties.putIfAbsent(setting.getKey(), setting.getValue());
            }
            connection = driver.connect(url.jdbcUrl(), properties);
        } catch (SQLException e) {
            throw connectFailure(url, dialect, e);
        }
        if (connection == null) {
            throw new GodwitException("The " + dialect.kind().displayName() + " driver does not accept the URL "
                    + url.masked(), "Check the URL's form in docs/configuration.md.");
        }
        if (schema != null && !schema.isBlank()) {
            try {
                dialect.useSchema(connection, schema);
            } catch (SQLException e) {
                closeQuietly(connection);
                throw new GodwitException("Could not use schema '" + schema + "' on " + url.masked() + ": "
                        + Errors.firstLine(e), "Create the schema first, or fix `schema` in godwit.toml.", e);
            }
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
            throw new GodwitException("The JDBC driver for " + dialect.kind().displayName() + " ("
                    + dialect.driverClass() + ") is not on the class path.",
                    "Add the driver to your application's dependencies.", e);
        }
    }

    private static GodwitException connectFailure(DatabaseUrl url, Dialect dialect, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String reason = Errors.firstLine(e);
        String hint;
        if (url.kind() == DialectKind.SQLITE) {
            java.nio.file.Path parent = url.database() == null ? null : java.nio.file.Path.of(url.database()).getParent();
            hint = "Check that the folder " + (parent == null ? "of the database file" : parent)
                    + " exists and can be written to.";
        } else if (state.startsWith("28") || e.getErrorCode() == 1045) {
            hint = "Check the user name and password (in the URL, `user`/`password` in godwit.toml, or DATABASE_URL).";
        } else if ("3D000".equals(state) || e.getErrorCode() == 1049) {
            hint = "Create the database first, or fix the database name in the URL.";
        } else if (state.startsWith("08")) {
            hint = "Is the database server running and reachable at that host and port?";
        } else {
            hint = "Check the URL and that the database server is running.";
        }
        return new GodwitException("Could not connect to " + url.masked() + ": " + reason, hint, e);
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing more to say: the run has already failed or finished
        }
    }
}
