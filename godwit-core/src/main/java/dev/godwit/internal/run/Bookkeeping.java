package dev.godwit.internal.run;

import dev.godwit.api.AuditEntry;
import dev.godwit.internal.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records a step: the version table's change and the audit-history row, in the revision's own
 * transaction. Where the database can (PostgreSQL), both travel as one statement, and that
 * statement travels with the COMMIT, so a revision costs BEGIN (sent with its first statement),
 * its own statements, and one round trip for bookkeeping and COMMIT together.
 *
 * <p>One instance serves one run: its prepared statements are kept open across revisions (a linear
 * run uses the same UPDATE for every step), so the driver prepares them on the server once instead
 * of parsing and planning them again for every revision. {@link #close} releases them.
 */
final class Bookkeeping implements AutoCloseable {
    private static final String SAVEPOINT = "godwit_bookkeeping";
    private final Dialect dialect;
    private final VersionTable versions;
    private final HistoryTable history;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    Bookkeeping(Dialect dialect, VersionTable versions, HistoryTable history) {
        this.dialect = dialect;
        this.versions = versions;
        this.history = history;
    }

    /**
     * Records a step atomically where the revision's statements ran outside a transaction: as one
     * statement where the database can (PostgreSQL), in a savepoint inside the run lock's
     * transaction (SQLite), else in a transaction of its own (MySQL/MariaDB). Either both rows are
     * written or neither; on failure the transaction or savepoint is rolled back here.
     */
    void recordAtomically(Connection connection, Set<String> before, Set<String> after, AuditEntry entry,
                          boolean insideTransaction) throws SQLException {
        if (dialect.combinesDataChanges()) {
            execute(connection, combinedSql(before, after, false), before, after, entry);
            return;
        }
        sql(connection, insideTransaction ? "SAVEPOINT " + SAVEPOINT : "BEGIN");
        try {
            record(connection, before, after, entry);
            sql(connection, insideTransaction ? "RELEASE SAVEPOINT " + SAVEPOINT : "COMMIT");
        } catch (SQLException | RuntimeException e) {
            try {
                if (insideTransaction) {
                    sql(connection, "ROLLBACK TO SAVEPOINT " + SAVEPOINT);
                    sql(connection, "RELEASE SAVEPOINT " + SAVEPOINT);
                } else {
                    sql(connection, "ROLLBACK");
                }
            } catch (SQLException ignored) {
                // the original failure is the one to report
            }
            throw e;
        }
    }

    private static void sql(Connection connection, String sql) throws SQLException {
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** Records a step inside the open transaction; the caller commits. */
    void record(Connection connection, Set<String> before, Set<String> after, AuditEntry entry) throws SQLException {
        if (!dialect.combinesDataChanges()) {
            versions.update(connection, before, after);
            history.insert(connection, entry);
            return;
        }
        execute(connection, combinedSql(before, after, false), before, after, entry);
    }

    /**
     * Records a step and commits its transaction in one round trip (the dialect's
     * {@link Dialect#commitsWithBookkeeping}). When it fails, {@link Dialect#bookkeepingFailed}
     * tells whether the bookkeeping or the COMMIT did.
     */
    void recordAndCommit(Connection connection, Set<String> before, Set<String> after, AuditEntry entry)
            throws SQLException {
        execute(connection, combinedSql(before, after, true), before, after, entry);
    }

    private void execute(Connection connection, String sql, Set<String> before, Set<String> after,
                         AuditEntry entry) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        int i = 1;
        for (VersionTable.Change change : VersionTable.changes(before, after)) {
            for (String value : change.values()) {
                ps.setString(i++, value);
            }
        }
        HistoryTable.bind(ps, i, entry);
        try {
            ps.execute();
        } catch (SQLException e) {
            // The revision column is NULL exactly when a version-table change missed its row (combinedSql).
            if ("23502".equals(e.getSQLState()) && String.valueOf(e.getMessage()).contains("\"revision\"")) {
                throw new VersionRowsMismatch(versions.qualifiedName(), before, null, e);
            }
            throw e;
        }
    }

    /**
     * The version-table changes and the history INSERT as one data-modifying WITH, optionally
     * followed by COMMIT. Each UPDATE or DELETE must touch exactly one row: the history row's
     * revision is NULL otherwise, which its NOT NULL constraint refuses, failing the whole statement.
     */
    private String combinedSql(Set<String> before, Set<String> after, boolean commit) {
        List<VersionTable.Change> changes = VersionTable.changes(before, after);
        StringBuilder sql = new StringBuilder();
        List<String> checks = new java.util.ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            VersionTable.Change change = changes.get(i);
            sql.append(i == 0 ? "WITH " : ", ").append("v").append(i).append(" AS (")
                    .append(change.sql(versions.qualifiedName(), "?"));
            if (change.kind() != VersionTable.Kind.INSERT) {
                sql.append(" RETURNING 1");
                checks.add("(SELECT count(*) FROM v" + i + ") = 1");
            }
            sql.append(')');
        }
        String revision = checks.isEmpty() ? "?" : "CASE WHEN " + String.join(" AND ", checks)
                + " THEN CAST(? AS VARCHAR(64)) END";
        sql.append(changes.isEmpty() ? "" : " ").append(history.insertSql(revision));
        if (commit) {
            sql.append("; COMMIT");
        }
        return sql.toString();
    }

    /** Records a failed step (after its rollback), in its own autocommit statement. */
    void recordFailure(Connection connection, AuditEntry entry) {
        try {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            history.insert(connection, entry);
        } catch (SQLException ignored) {
            // The failure itself is what the user must see; the history row is best effort here.
        }
    }

    @Override
    public void close() {
        for (PreparedStatement ps : prepared.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing the connection frees it anyway
            }
        }
        prepared.clear();
    }
}
