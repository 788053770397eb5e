package dev.godwit.run;

import dev.godwit.api.AuditEntry;
import dev.godwit.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Records a step: the version table's change and the audit-history row, in the revision's own
 * transaction. Where the database can (PostgreSQL), both travel as one statement, so a revision
 * costs BEGIN, its own statements, one bookkeeping statement and COMMIT.
 */
final class Bookkeeping {
    private final Dialect dialect;
    private final VersionTable versions;
    private final HistoryTable history;

    Bookkeeping(Dialect dialect, VersionTable versions, HistoryTable history) {
        this.dialect = dialect;
        this.versions = versions;
        this.history = history;
    }

    void record(Connection connection, Set<String> before, Set<String> after, AuditEntry entry) throws SQLException {
        List<VersionTable.Change> changes = VersionTable.changes(before, after);
        if (!dialect.combinesDataChanges()) {
            versions.update(connection, before, after);
            history.insert(connection, entry);
            return;
        }
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < changes.size(); i++) {
            sql.append(i == 0 ? "WITH " : ", ").append("v").append(i).append(" AS (")
                    .append(changes.get(i).sql(versions.qualifiedName(), "?")).append(')');
        }
        sql.append(changes.isEmpty() ? "" : " ").append(history.insertSql());
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            int i = 1;
            for (VersionTable.Change change : changes) {
                for (String value : change.values()) {
                    ps.setString(i++, value);
                }
            }
            HistoryTable.bind(ps, i, entry);
            ps.executeUpdate();
        }
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
}
