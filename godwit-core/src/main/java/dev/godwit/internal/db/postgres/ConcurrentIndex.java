package dev.godwit.internal.db.postgres;

import dev.godwit.internal.script.Statement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code CREATE [UNIQUE] INDEX CONCURRENTLY} that fails on PostgreSQL leaves its index behind,
 * marked INVALID: unused by queries, still maintained on every write, and in the way of running the
 * statement again ("already exists"). This finds such an index and drops it.
 */
public final class ConcurrentIndex {
    private static final Pattern CREATE = Pattern.compile(
            "^CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?"
                    + "(\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)\\s+ON\\b",
            Pattern.CASE_INSENSITIVE);

    private ConcurrentIndex() {
    }

    /** The index a statement creates concurrently, as written (quoted or not); null for any other statement. */
    public static String name(Statement statement) {
        if (statement == null) {
            return null;
        }
        Matcher m = CREATE.matcher(statement.normalized());
        return m.find() ? m.group(1) : null;
    }

    /** The index {@code statement} creates, when it exists and is INVALID; null otherwise (or when that cannot be told). */
    static String leftInvalid(Connection connection, Statement statement) {
        String name = name(statement);
        if (name == null) {
            return null;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT NOT i.indisvalid FROM pg_catalog.pg_index i WHERE i.indexrelid = to_regclass(?)")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1) ? name : null;
            }
        } catch (SQLException e) {
            return null;
        }
    }

    /** Drops the index, outside a transaction as PostgreSQL requires. */
    static void drop(Connection connection, String name) throws SQLException {
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute("DROP INDEX CONCURRENTLY IF EXISTS " + name);
        }
    }
}
