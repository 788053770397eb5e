package dev.godwit.internal.run;

import dev.godwit.api.AuditEntry;
import dev.godwit.internal.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit history: one row per revision applied, downgraded, stamped or accepted. It is never
 * needed to know where the database stands (the version table says that), only how it got there,
 * and which checksum each applied revision had.
 */
public final class HistoryTable {
    static final String COLUMNS = "revision, action, checksum, checksum_algorithm, message, db_user, os_user, host, "
            + "started_at, duration_ms, success, error, backup_file";
    static final int COLUMN_COUNT = 13;

    private final Dialect dialect;
    private final String table;
    private final String qualified;

    public HistoryTable(Dialect dialect, String schema, String table) {
        this.dialect = dialect;
        this.table = table;
        this.qualified = dialect.qualified(schema, table);
    }

    /** The same table, always qualified with the schema a run resolved (see {@link VersionTable#in}). */
    HistoryTable in(String resolvedSchema) {
        return resolvedSchema == null ? this : new HistoryTable(dialect, resolvedSchema, table);
    }

    /** The table's name as SQL, quoted and schema-qualified. */
    String qualifiedName() {
        return qualified;
    }

    public String createSql() {
        String ts = dialect.timestampType();
        return "CREATE TABLE IF NOT EXISTS " + qualified + " (" + dialect.identityPrimaryKey() + ", "
                + "revision VARCHAR(64) NOT NULL, action VARCHAR(16) NOT NULL, checksum VARCHAR(64), "
                + "checksum_algorithm VARCHAR(16), message VARCHAR(500), db_user VARCHAR(128), os_user VARCHAR(128), "
                + "host VARCHAR(255), started_at " + ts + " NOT NULL, duration_ms BIGINT NOT NULL, "
                + "success BOOLEAN NOT NULL, error TEXT, backup_file VARCHAR(1000))" + dialect.tableOptions();
    }

    public void create(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(createSql());
        }
    }

    /** The INSERT of one entry, with {@value #COLUMN_COUNT} placeholders. */
    String insertSql() {
        return insertSql("?");
    }

    /** The INSERT of one entry, with {@code revision} (an expression with one placeholder) for the first value. */
    String insertSql(String revision) {
        return "INSERT INTO " + qualified + " (" + COLUMNS + ") VALUES (" + revision
                + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    /** Binds an entry's values to {@code ps} starting at parameter {@code first}. */
    static void bind(PreparedStatement ps, int first, AuditEntry e) throws SQLException {
        int i = first;
        ps.setString(i++, e.revision());
        ps.setString(i++, e.action());
        setNullable(ps, i++, e.checksum());
        setNullable(ps, i++, e.checksumAlgorithm());
        setNullable(ps, i++, truncate(e.message(), 500));
        setNullable(ps, i++, truncate(e.databaseUser(), 128));
        setNullable(ps, i++, truncate(e.osUser(), 128));
        setNullable(ps, i++, truncate(e.host(), 255));
        ps.setTimestamp(i++, Timestamp.from(e.startedAt()));
        ps.setLong(i++, e.durationMillis());
        ps.setBoolean(i++, e.success());
        setNullable(ps, i++, e.error());
        setNullable(ps, i, e.backupFile());
    }

    public void insert(Connection connection, AuditEntry entry) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(insertSql())) {
            bind(ps, 1, entry);
            ps.executeUpdate();
        }
    }

    /**
     * The checksum recorded for each revision by its latest successful upgrade, stamp or accept; null
     * without a table. {@code withTimes} also reads when each was recorded, for messages: decoding
     * a timestamp per row is most of this query's cost on a fresh JVM, and an up-to-date database
     * never needs it.
     */
    public Map<String, AuditEntry> recordedChecksums(Connection connection, boolean withTimes) throws SQLException {
        String sql = "SELECT id, revision, action, checksum, checksum_algorithm" + (withTimes ? ", started_at" : "")
                + " FROM " + qualified
                + " WHERE success = TRUE AND checksum IS NOT NULL AND action IN ('upgrade', 'stamp', 'accept') ORDER BY id";
        Map<String, AuditEntry> latest = new HashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                Timestamp started = withTimes ? rs.getTimestamp(6) : null;
                latest.put(rs.getString(2), AuditEntry.builder(rs.getString(2), rs.getString(3)).id(rs.getLong(1))
                        .checksum(rs.getString(4), rs.getString(5))
                        .timing(started == null ? null : started.toInstant(), 0).build());
            }
        } catch (SQLException e) {
            if (dialect.isUndefinedTable(e)) {
                return null;
            }
            throw e;
        }
        return latest;
    }

    /** Entries, newest first; {@code limit} &lt;= 0 for all. Empty when the table does not exist. */
    public List<AuditEntry> list(Connection connection, int limit) throws SQLException {
        String sql = "SELECT id, " + COLUMNS + " FROM " + qualified + " ORDER BY id DESC";
        List<AuditEntry> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next() && (limit <= 0 || out.size() < limit)) {
                Timestamp started = rs.getTimestamp(10);
                out.add(AuditEntry.builder(rs.getString(2), rs.getString(3)).id(rs.getLong(1))
                        .checksum(rs.getString(4), rs.getString(5)).message(rs.getString(6))
                        .ranBy(rs.getString(7), rs.getString(8), rs.getString(9))
                        .timing(started == null ? null : started.toInstant(), rs.getLong(11))
                        .outcome(rs.getBoolean(12), rs.getString(13)).backupFile(rs.getString(14)).build());
            }
        } catch (SQLException e) {
            if (dialect.isUndefinedTable(e)) {
                return List.of();
            }
            throw e;
        }
        return out;
    }

    private static void setNullable(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
