package dev.godwit.internal.model;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The objects a model creates that Godwit does not model, read from the scratch database after
 * the model ran, so that autogenerate can name each one instead of leaving it out without a
 * word: triggers, functions and procedures everywhere; on PostgreSQL also column statistics
 * targets, row-level security and its policies, rules, materialized views, domains, extended
 * statistics, unique constraints with NULLS NOT DISTINCT and deferrable unique constraints; on
 * MySQL/MariaDB also events. One line each, such as {@code trigger tickets_touch on tickets}. The
 * queries are the inspector's ({@link dev.godwit.internal.inspect.SchemaInspector#notModelledQueries()}).
 */
public final class NotModelled {

    private NotModelled() {
    }

    /** The objects of {@code schema} (the connection's own when null) that the schema model leaves out. */
    public static List<String> list(Connection connection, List<String> queries, String schema) throws SQLException {
        List<String> objects = new ArrayList<>();
        for (String sql : queries) {
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                long parameters = sql.chars().filter(c -> c == '?').count();
                for (int i = 1; i <= parameters; i++) {
                    s.setString(i, schema);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        objects.add(rs.getString(1));
                    }
                }
            }
        }
        return objects;
    }
}
