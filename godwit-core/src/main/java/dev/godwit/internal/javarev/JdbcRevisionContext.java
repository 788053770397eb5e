package dev.godwit.internal.javarev;

import dev.godwit.api.RevisionContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The {@link RevisionContext} of one run of a Java revision, on plain JDBC. */
final class JdbcRevisionContext implements RevisionContext {
    private final Connection connection;
    private final String dialect;
    private final String revision;

    JdbcRevisionContext(Connection connection, String dialect, String revision) {
        this.connection = connection;
        this.dialect = dialect;
        this.revision = revision;
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public String dialect() {
        return dialect;
    }

    @Override
    public String revision() {
        return revision;
    }

    @Override
    public int execute(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters == null ? List.of() : List.of(parameters));
            return statement.execute() ? 0 : Math.max(statement.getUpdateCount(), 0);
        }
    }

    @Override
    public List<Map<String, Object>> query(String sql, Object... parameters) throws SQLException {
        return rows(sql, 0, parameters == null ? new Object[0] : parameters);
    }

    @Override
    public int[] executeBatch(String sql, List<List<Object>> parameterLists) throws SQLException {
        if (parameterLists.isEmpty()) {
            return new int[0];
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (List<Object> parameters : parameterLists) {
                bind(statement, parameters);
                statement.addBatch();
            }
            return statement.executeBatch();
        }
    }

    @Override
    public long inBatches(String selectSql, Object start, int batchSize, BatchHandler handler) throws Exception {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1: " + batchSize);
        }
        long handled = 0;
        Object after = start;
        while (true) {
            List<Map<String, Object>> batch = rows(selectSql, batchSize, after);
            if (batch.isEmpty()) {
                return handled;
            }
            handler.handle(batch);
            handled += batch.size();
            if (batch.size() < batchSize) {
                return handled;
            }
            after = firstColumn(batch.get(batch.size() - 1));
        }
    }

    /** The rows of a query, all read before returning; at most {@code limit} unless it is 0. */
    private List<Map<String, Object>> rows(String sql, int limit, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setMaxRows(limit);
            bind(statement, List.of(parameters));
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                int columns = meta.getColumnCount();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next() && (limit == 0 || rows.size() < limit)) {
                    Map<String, Object> row = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                    for (int c = 1; c <= columns; c++) {
                        row.putIfAbsent(meta.getColumnLabel(c), rs.getObject(c));
                    }
                    rows.add(new KeyedRow(row, rs.getObject(1)));
                }
                return rows;
            }
        }
    }

    private static Object firstColumn(Map<String, Object> row) {
        return row instanceof KeyedRow keyed ? keyed.key() : row.values().iterator().next();
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }
}
