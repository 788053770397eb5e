package dev.godwit.internal.run;

import dev.godwit.internal.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The version table: one row per applied head, as Alembic keeps alembic_version. Changes are
 * applied as the difference between the rows before and after a step, so a linear step is one
 * UPDATE.
 */
public final class VersionTable {
    private final Dialect dialect;
    private final String schema;
    private final String table;
    private final String qualified;

    public VersionTable(Dialect dialect, String schema, String table) {
        this(dialect, schema, table, dialect.qualified(schema, table));
    }

    private VersionTable(Dialect dialect, String schema, String table, String qualified) {
        this.dialect = dialect;
        this.schema = schema;
        this.table = table;
        this.qualified = qualified;
    }

    /**
     * The same table, always qualified with the schema a run resolved when it started (see
     * {@link dev.godwit.internal.dialect.Namespace}): a revision that changes the session's default schema
     * or database cannot move it. Still creates only a configured schema.
     */
    VersionTable in(String resolvedSchema) {
        return resolvedSchema == null ? this
                : new VersionTable(dialect, schema, table, dialect.qualified(resolvedSchema, table));
    }

    public String name() {
        return table;
    }

    /** The table's name as SQL, quoted and schema-qualified. */
    String qualifiedName() {
        return qualified;
    }

    /** The rows, or null when the table does not exist yet. */
    public Set<String> read(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT version_num FROM " + qualified)) {
            Set<String> rows = new LinkedHashSet<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        } catch (SQLException e) {
            if (dialect.isUndefinedTable(e)) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                return null;
            }
            throw e;
        }
    }

    public String createSql() {
        return dialect.createVersionTable(qualified, table + "_pkc");
    }

    public void create(Connection connection) throws SQLException {
        if (schema != null && !schema.isBlank()) {
            dialect.createSchema(connection, schema);
        }
        try (Statement s = connection.createStatement()) {
            s.execute(createSql());
        }
    }

    /**
     * Applies the difference between two sets of rows, pairing removals with insertions as updates.
     * Each change must touch exactly one row: otherwise the table no longer holds {@code before}
     * (something else changed it), and this fails with {@link VersionRowsMismatch}.
     */
    public void update(Connection connection, Set<String> before, Set<String> after) throws SQLException {
        for (Change change : changes(before, after)) {
            int count;
            try (PreparedStatement ps = connection.prepareStatement(change.sql(qualified, "?"))) {
                int i = 1;
                for (String value : change.values()) {
                    ps.setString(i++, value);
                }
                count = ps.executeUpdate();
            }
            if (count != 1) {
                throw new VersionRowsMismatch(qualified, before, read(connection), null);
            }
        }
    }

    /** The same changes as SQL with literals, for offline scripts. */
    public List<String> offlineUpdate(Set<String> before, Set<String> after) {
        List<String> out = new ArrayList<>();
        for (Change change : changes(before, after)) {
            String sql = change.sql(qualified, "\u0000");
            for (String value : change.values()) {
                sql = sql.replaceFirst("\u0000", java.util.regex.Matcher.quoteReplacement(dialect.literal(value)));
            }
            out.add(sql);
        }
        return out;
    }

    public void deleteAll(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("DELETE FROM " + qualified);
        }
    }

    static List<Change> changes(Set<String> before, Set<String> after) {
        List<String> removed = new ArrayList<>();
        for (String r : before) {
            if (!after.contains(r)) {
                removed.add(r);
            }
        }
        List<String> added = new ArrayList<>();
        for (String r : after) {
            if (!before.contains(r)) {
                added.add(r);
            }
        }
        List<Change> changes = new ArrayList<>();
        int pairs = Math.min(removed.size(), added.size());
        for (int i = 0; i < removed.size() - pairs; i++) {
            changes.add(new Change(Kind.DELETE, List.of(removed.get(pairs + i))));
        }
        for (int i = 0; i < pairs; i++) {
            changes.add(new Change(Kind.UPDATE, List.of(added.get(i), removed.get(i))));
        }
        for (int i = pairs; i < added.size(); i++) {
            changes.add(new Change(Kind.INSERT, List.of(added.get(i))));
        }
        return changes;
    }

    enum Kind { INSERT, UPDATE, DELETE }

    record Change(Kind kind, List<String> values) {
        String sql(String table, String placeholder) {
            switch (kind) {
                case INSERT:
                    return "INSERT INTO " + table + " (version_num) VALUES (" + placeholder + ")";
                case UPDATE:
                    return "UPDATE " + table + " SET version_num = " + placeholder + " WHERE version_num = " + placeholder;
                default:
                    return "DELETE FROM " + table + " WHERE version_num = " + placeholder;
            }
        }
    }
}
