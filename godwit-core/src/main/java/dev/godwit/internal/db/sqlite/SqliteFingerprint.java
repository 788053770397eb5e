package dev.godwit.internal.db.sqlite;

import dev.godwit.internal.inspect.SchemaFingerprint;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A SQLite database's {@link SchemaFingerprint}: the rows of {@code sqlite_master} themselves, in
 * one query. SQLite keeps a schema as the text of its CREATE statements there, and everything the
 * inspector reads (the pragmas included) follows from that text, so equal rows read alike. A
 * table's value is the text of its own row and of every index and trigger on it; the rest is the
 * text of every other row (views and their triggers).
 */
final class SqliteFingerprint {
    private static final String QUERY = "SELECT type, name, tbl_name, sql FROM main.sqlite_master"
            + " ORDER BY tbl_name, type, name";

    private SqliteFingerprint() {
    }

    static SchemaFingerprint read(Connection connection) throws SQLException {
        Set<String> tables = new HashSet<>();
        Map<String, StringBuilder> text = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(QUERY)) {
            while (rs.next()) {
                if ("table".equals(rs.getString(1))) {
                    tables.add(rs.getString(2));
                }
                text.computeIfAbsent(rs.getString(3), k -> new StringBuilder()).append(rs.getString(1)).append('\u0001')
                        .append(rs.getString(2)).append('\u0001').append(rs.getString(4)).append('\u0002');
            }
        }
        Map<String, String> byTable = new HashMap<>();
        StringBuilder rest = new StringBuilder();
        text.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            if (tables.contains(entry.getKey())) {
                byTable.put(entry.getKey(), entry.getValue().toString());
            } else {
                rest.append(entry.getKey()).append('\u0003').append(entry.getValue());
            }
        });
        return new SchemaFingerprint(byTable, rest.toString());
    }
}
