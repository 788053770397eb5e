package dev.godwit.internal.run;

import dev.godwit.api.Direction;
import dev.godwit.internal.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How far a revision that runs statement by statement got (MySQL/MariaDB, where DDL commits on
 * its own, and {@code transaction: false} revisions): a row 0 written before its first statement,
 * one row per statement once it has run, each in its own autocommit write, so the record survives
 * a failure, a lost connection or a {@code kill -9}. The rows go once the revision is recorded in
 * the version table. Whatever is left says exactly which statements are applied; see
 * {@link Interrupted}.
 *
 * <p>Columns: {@code revision}, {@code direction}, {@code statement} (0 for the start row),
 * {@code checksum} (the revision's on row 0, the statement's on the others), {@code error} (row 0,
 * once the revision failed) and {@code recorded_at}.
 */
public final class ProgressTable {
    /** The suffix appended to the history table's name. */
    public static final String SUFFIX = "_progress";

    private final Dialect dialect;
    private final String historyTable;
    private final String qualified;
    private boolean created;

    public ProgressTable(Dialect dialect, String schema, String historyTable) {
        this(dialect.qualified(schema, historyTable + SUFFIX), dialect, historyTable);
    }

    private ProgressTable(String qualified, Dialect dialect, String historyTable) {
        this.dialect = dialect;
        this.historyTable = historyTable;
        this.qualified = qualified;
    }

    /** The same table, for one run: it creates the table when the run first needs it. */
    ProgressTable fresh() {
        return new ProgressTable(qualified, dialect, historyTable);
    }

    /**
     * The same table named with the schema/database resolved when the run started, so that a
     * revision that changes the session's default (USE, search_path) cannot move it.
     */
    ProgressTable in(String resolvedSchema) {
        return resolvedSchema == null ? this : new ProgressTable(dialect, resolvedSchema, historyTable);
    }

    /** The table's name as SQL, quoted and schema-qualified. */
    String qualifiedName() {
        return qualified;
    }

    String createSql() {
        return "CREATE TABLE IF NOT EXISTS " + qualified + " (revision VARCHAR(64) NOT NULL, "
                + "direction VARCHAR(16) NOT NULL, statement INTEGER NOT NULL, checksum VARCHAR(64), error TEXT, "
                + "recorded_at " + dialect.timestampType() + " NOT NULL, PRIMARY KEY (revision, statement))"
                // An error message may hold any character, whatever the database's default set.
                + dialect.tableOptions();
    }

    /** Creates the table unless this instance did already. */
    void ensure(Connection connection) throws SQLException {
        if (!created) {
            try (Statement s = connection.createStatement()) {
                s.execute(createSql());
            }
            created = true;
        }
    }

    /**
     * Writes row 0 of a revision about to run. There is no earlier record of it: a run reads the
     * records under the lock first, refuses while one means something and drops the others.
     */
    void start(Connection connection, String revision, Direction direction, String checksum) throws SQLException {
        ensure(connection);
        insert(connection, revision, direction, 0, checksum);
    }

    /** Records that statement {@code index} of a running revision has run. */
    void applied(Connection connection, String revision, Direction direction, int index, String checksum)
            throws SQLException {
        insert(connection, revision, direction, index, checksum);
    }

    /** Removes the record of applied statement {@code index} (it was undone). */
    void undone(Connection connection, String revision, int index) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM " + qualified
                + " WHERE revision = ? AND statement = ?")) {
            ps.setString(1, revision);
            ps.setInt(2, index);
            ps.executeUpdate();
        }
    }

    /** Sets (or, with null, clears) the error on row 0. */
    void error(Connection connection, String revision, String error) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE " + qualified
                + " SET error = ? WHERE revision = ? AND statement = 0")) {
            ps.setString(1, error);
            ps.setString(2, revision);
            ps.executeUpdate();
        }
    }

    /** Drops every row of a revision. */
    void forget(Connection connection, String revision) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM " + qualified + " WHERE revision = ?")) {
            ps.setString(1, revision);
            ps.executeUpdate();
        }
    }

    /**
     * Drops every row, nothing when there is no table: a stamp says where the database stands, so
     * no revision is half applied any more.
     */
    void forgetAll(Connection connection) throws SQLException {
        if (!exists(connection)) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("DELETE FROM " + qualified);
        } catch (SQLException e) {
            if (!dialect.isUndefinedTable(e)) {
                throw e;
            }
        }
    }

    private void insert(Connection connection, String revision, Direction direction, int index, String checksum)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + qualified
                + " (revision, direction, statement, checksum, recorded_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, revision);
            ps.setString(2, direction == Direction.UPGRADE ? "upgrade" : "downgrade");
            ps.setInt(3, index);
            ps.setString(4, checksum);
            ps.setTimestamp(5, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
    }

    private boolean exists(Connection connection) throws SQLException {
        boolean[] exist = dialect.tablesExist(connection, qualified);
        return exist == null || exist[0];
    }

    /** Whether any revision has a record (a cheap look before taking the run lock). */
    boolean hasRows(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT revision FROM " + qualified + " WHERE statement = 0")) {
            return rs.next();
        } catch (SQLException e) {
            if (dialect.isUndefinedTable(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Every revision with a record, oldest first; empty without a table. */
    public List<Interrupted> read(Connection connection) throws SQLException {
        if (!exists(connection)) {
            return List.of();
        }
        Map<String, Interrupted.Builder> found = new LinkedHashMap<>();
        String sql = "SELECT revision, direction, statement, checksum, error, recorded_at FROM " + qualified
                + " ORDER BY recorded_at, revision, statement";
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                Interrupted.Builder b = found.computeIfAbsent(rs.getString(1), id -> new Interrupted.Builder(id));
                int index = rs.getInt(3);
                if (index == 0) {
                    Timestamp at = rs.getTimestamp(6);
                    b.start("upgrade".equals(rs.getString(2)) ? Direction.UPGRADE : Direction.DOWNGRADE,
                            rs.getString(4), rs.getString(5), at == null ? null : at.toInstant());
                } else {
                    b.applied(index, rs.getString(4));
                }
            }
        } catch (SQLException e) {
            if (dialect.isUndefinedTable(e)) {
                return List.of();
            }
            throw e;
        }
        List<Interrupted> out = new ArrayList<>();
        for (Interrupted.Builder b : found.values()) {
            out.add(b.build());
        }
        return out;
    }
}
