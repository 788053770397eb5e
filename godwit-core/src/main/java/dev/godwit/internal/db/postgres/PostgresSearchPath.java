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
 *
 * <p>JIT compilation is switched off meanwhile (where the server has it): the catalog queries are
 * short, but after much DDL the catalog's statistics can make the planner expect hundreds of
 * thousands of rows, and compiling a query then takes over a second, on every inspection.
 */
final class PostgresSearchPath implements AutoCloseable {

    private static final String SET = "SELECT set_config('search_path', ?, false)";
    private static final String SET_WITH_JIT = "SELECT set_config('search_path', ?, false), set_config('jit', ?, false)";

    private final Connection connection;
    private final String previous;
    private final String previousJit;

    private PostgresSearchPath(Connection connection, String previous, String previousJit) {
        this.connection = connection;
        this.previous = previous;
        this.previousJit = previousJit;
    }

    /**
     * Sets search_path to {@code schema} alone, and JIT off when {@code previousJit} (the session's
     * {@code jit} setting, null where the server has none) is not null; close restores both.
     */
    static PostgresSearchPath narrow(Connection connection, String schema, String previous, String previousJit)
            throws SQLException {
        set(connection, "\"" + schema.replace("\"", "\"\"") + "\"", previousJit == null ? null : "off");
        return new PostgresSearchPath(connection, previous, previousJit);
    }

    @Override
    public void close() throws SQLException {
        set(connection, previous, previousJit);
    }

    private static void set(Connection connection, String value, String jit) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(jit == null ? SET : SET_WITH_JIT)) {
            s.setString(1, value);
            if (jit != null) {
                s.setString(2, jit);
            }
            try (ResultSet ignored = s.executeQuery()) {
                // set_config returns the new value; nothing to read
            }
        }
    }
}
