package dev.godwit.internal.db.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The session's search_path narrowed to the inspected schema while the catalog is read, and
 * put back on close. PostgreSQL's printing functions qualify a name only when it is not visible
 * through search_path, so with the schema alone on it, its own objects print unqualified, and
 * pg_catalog's types and functions too (pg_catalog is always searched).
 *
 * <p>set_config (not SET) so the name is passed as a value; {@code is_local} false so it also
 * works in autocommit mode. If the surrounding transaction is rolled back, PostgreSQL undoes
 * the change as well.
 */
final class PostgresSearchPath implements AutoCloseable {

    private static final String SET = "SELECT set_config('search_path', ?, false)";

    private final Connection connection;
    private final String previous;

    private PostgresSearchPath(Connection connection, String previous) {
        this.connection = connection;
        this.previous = previous;
    }

    /** Sets search_path to {@code schema} alone; {@code previous} is the value to restore. */
    static PostgresSearchPath narrow(Connection connection, String schema, String previous) throws SQLException {
        set(connection, "\"" + schema.replace("\"", "\"\"") + "\"");
        return new PostgresSearchPath(connection, previous);
    }

    @Override
    public void close() throws SQLException {
        set(connection, previous);
    }

    private static void set(Connection connection, String value) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(SET)) {
            s.setString(1, value);
            try (ResultSet ignored = s.executeQuery()) {
                // set_config returns the new value; nothing to read
            }
        }
    }
}
