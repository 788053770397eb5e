package dev.godwit.internal.render;

import dev.godwit.internal.diff.ChangeSet;
import dev.godwit.internal.diff.Op;
import dev.godwit.schema.CheckConstraint;
import dev.godwit.schema.Column;
import dev.godwit.schema.ColumnType;
import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.Identity;
import dev.godwit.schema.Index;
import dev.godwit.schema.PrimaryKey;
import dev.godwit.schema.Schema;
import dev.godwit.schema.Table;
import dev.godwit.schema.TableOptions;
import dev.godwit.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Short ways to build model objects, change sets and to read query results in the renderer tests. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Column col(String name, String type) {
        return Column.of(name, type, true, null);
    }

    public static Column notNull(String name, String type) {
        return Column.of(name, type, false, null);
    }

    public static Column withDefault(String name, String type, boolean nullable, String dflt) {
        return Column.of(name, type, nullable, dflt);
    }

    public static Column identity(String name, String type, Identity identity) {
        return new Column(name, new ColumnType(type), false, null, identity, null, null, null, null, null);
    }

    /** A STORED generated column. */
    public static Column generated(String name, String type, String expression) {
        return new Column(name, new ColumnType(type), true, null, Identity.NONE, expression, null, null, null, null);
    }

    /** A VIRTUAL generated column. */
    public static Column virtualGenerated(String name, String type, String expression) {
        return generated(name, type, expression).withGenerated(expression, true);
    }

    public static Column full(String name, String type, boolean nullable, String dflt, Identity identity, String generated,
            String comment, String charset, String collation, String onUpdate) {
        return new Column(name, new ColumnType(type), nullable, dflt, identity, generated, comment, charset, collation,
                onUpdate);
    }

    public static Table table(String name, PrimaryKey pk, Column... columns) {
        return Table.of(name, List.of(columns), pk);
    }

    public static Table table(String name, List<Column> columns, PrimaryKey pk, List<ForeignKey> fks, List<Index> indexes,
            List<UniqueConstraint> uniques, List<CheckConstraint> checks, String comment, TableOptions options) {
        return new Table(name, columns, pk, fks, indexes, uniques, checks, comment, options);
    }

    public static PrimaryKey pk(String name, String... columns) {
        return new PrimaryKey(name, List.of(columns));
    }

    public static Schema schema(Table... tables) {
        return Schema.ofTables(List.of(tables));
    }

    public static ChangeSet changes(Schema from, Schema to, Op... ops) {
        return new ChangeSet(from, to, List.of(ops), List.of());
    }

    public static ChangeSet changes(Op... ops) {
        return changes(Schema.empty(), Schema.empty(), ops);
    }

    public static List<String> sql(Renderer renderer, ChangeSet changes) {
        return renderer.render(changes).stream().map(RenderedStatement::sql).toList();
    }

    /** Runs each statement, the way a migration would. */
    public static void run(Connection connection, List<RenderedStatement> statements) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (RenderedStatement statement : statements) {
                try {
                    s.execute(statement.sql());
                } catch (SQLException e) {
                    throw new SQLException(e.getMessage() + "\n  in: " + statement.sql(), e.getSQLState(), e);
                }
            }
        }
    }

    /**
     * Runs statements as a migration would: consecutive statements in one transaction, and those
     * marked outsideTransaction each on their own, committed.
     */
    public static void migrate(Connection connection, List<RenderedStatement> statements) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        try {
            for (RenderedStatement statement : statements) {
                connection.setAutoCommit(statement.outsideTransaction());
                run(connection, List.of(statement));
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The rows of a query, each row's values joined by "|". */
    public static List<String> rows(Connection connection, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(query)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] values = new String[n];
                for (int i = 0; i < n; i++) {
                    values[i] = rs.getString(i + 1);
                }
                rows.add(String.join("|", Arrays.asList(values)));
            }
        }
        return rows;
    }

    public static String one(Connection connection, String query) throws SQLException {
        List<String> rows = rows(connection, query);
        if (rows.size() != 1) {
            throw new AssertionError("expected one row from " + query + ", got " + rows);
        }
        return rows.get(0);
    }
}
