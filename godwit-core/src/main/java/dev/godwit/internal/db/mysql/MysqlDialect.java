package dev.godwit.internal.db.mysql;

import dev.godwit.internal.dialect.Dialect;
import dev.godwit.internal.dialect.DialectKind;
import dev.godwit.internal.dialect.Namespace;
import dev.godwit.internal.dialect.RunLock;
import dev.godwit.internal.dialect.SessionState;
import dev.godwit.internal.dialect.SessionLimits;
import dev.godwit.internal.confine.ConfinementRules;
import dev.godwit.internal.script.SplitterOptions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * MySQL and MariaDB: DDL commits on its own, so a revision cannot be rolled back as a whole;
 * backtick identifiers; the "schema" is the database.
 */
public final class MysqlDialect implements Dialect {

    /**
     * The words MariaDB 10.11 refuses as a bare column or table name, plus MySQL 8's reserved
     * words, so one script runs on both.
     */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("""
            accessible add all alter analyze and as asc asensitive before between bigint binary blob both by call
            cascade case change char character check collate column condition constraint continue convert create
            cross cube cume_dist current_date current_role current_time current_timestamp current_user cursor
            database databases day_hour day_microsecond day_minute day_second dec decimal declare default delayed
            delete delete_domain_id dense_rank desc describe deterministic distinct distinctrow div do_domain_ids
            double drop dual each else elseif empty enclosed escaped except exists exit explain false fetch
            first_value float float4 float8 for force foreign from fulltext function generated get grant group
            grouping groups having high_priority hour_microsecond hour_minute hour_second if ignore
            ignore_domain_ids in index infile inner inout insensitive insert int int1 int2 int3 int4 int8 integer
            intersect interval into io_after_gtids io_before_gtids is iterate join json_table key keys kill lag
            last_value lateral lead leading leave left like limit linear lines load localtime localtimestamp lock
            long longblob longtext loop low_priority manual master_bind master_demote_to_replica
            master_demote_to_slave master_ssl_verify_server_cert match maxvalue mediumblob mediumint mediumtext
            middleint minute_microsecond minute_second mod modifies natural no_write_to_binlog not nth_value ntile
            null numeric of offset on optimize optimizer_costs option optionally or order out outer outfile over
            page_checksum parallel parse_vcol_expr partition percent_rank portion precision primary procedure purge
            qualify range rank read read_write reads real recursive ref_system_id references regexp release rename
            repeat replace require resignal restrict return returning revoke right rlike row row_number rows schema
            schemas second_microsecond select sensitive separator set show signal smallint spatial specific sql
            sql_big_result sql_calc_found_rows sql_small_result sqlexception sqlstate sqlwarning ssl starting
            stats_auto_recalc stats_persistent stats_sample_pages stored straight_join system table terminated then
            tinyblob tinyint tinytext to trailing trigger true undo union unique unlock unsigned update usage use
            using utc_date utc_time utc_timestamp values varbinary varchar varcharacter varying virtual when where
            while window with write xor year_month zerofill
            """.strip().split("\\s+"));

    /** How {@code mysql} cuts a script into statements. */
    public static final SplitterOptions SPLITTER_OPTIONS =
            new SplitterOptions(false, true, false, true, false, true, false, true, true, true, true);

    private static final int UNKNOWN_DATABASE = 1049;

    @Override
    public DialectKind kind() {
        return DialectKind.MYSQL;
    }

    @Override
    public java.util.Set<String> reservedWords() {
        return RESERVED;
    }

    @Override
    public String driverClass() {
        return "org.mariadb.jdbc.Driver";
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    @Override
    public boolean schemaExists(Connection connection, String schema) throws SQLException {
        try (java.sql.PreparedStatement ps = connection.prepareStatement(
                "SELECT 1 FROM information_schema.schemata WHERE schema_name = ?")) {
            ps.setString(1, schema);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public void useSchema(Connection connection, String schema) throws SQLException {
        try {
            connection.setCatalog(schema);
        } catch (SQLException e) {
            if (e.getErrorCode() != UNKNOWN_DATABASE) {
                throw e;
            }
            // Not created yet: reading finds no version table; the first write creates it.
        }
    }

    @Override
    public void createSchema(Connection connection, String schema) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + quote(schema));
        }
        connection.setCatalog(schema);
    }

    @Override
    public String changedDatabase(String urlDatabase, String schema) {
        return schema == null || schema.isBlank() ? urlDatabase : schema;
    }

    @Override
    public String schemaNoun() {
        return "database";
    }

    @Override
    public String scratchGrant(String database, String user) {
        return "GRANT CREATE, DROP ON `godwit\\_scratch\\_%`.* TO " + user;
    }

    @Override
    public String schemaDefaults(Connection live, String schema) throws SQLException {
        String sql = "SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA "
                + "WHERE SCHEMA_NAME = " + (schema == null ? "DATABASE()" : "?");
        try (java.sql.PreparedStatement p = live.prepareStatement(sql)) {
            if (schema != null) {
                p.setString(1, schema);
            }
            try (java.sql.ResultSet rs = p.executeQuery()) {
                return rs.next() ? " CHARACTER SET " + rs.getString(1) + " COLLATE " + rs.getString(2) : "";
            }
        }
    }

    @Override
    public void createScratchSchema(Connection connection, String name, String defaults) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE DATABASE " + quote(name) + defaults);
        }
        connection.setCatalog(name);
    }

    @Override
    public void dropSchema(Connection connection, String schema) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + quote(schema));
        }
    }

    @Override
    public java.util.List<String> offlineUseSchema(String schema, boolean create) {
        String use = "USE " + quote(schema) + ";";
        return create ? java.util.List.of("CREATE DATABASE IF NOT EXISTS " + quote(schema) + ";", use) : java.util.List.of(use);
    }

    @Override
    public boolean isUndefinedTable(SQLException e) {
        return e.getErrorCode() == 1146 || "42S02".equals(e.getSQLState()) || e.getErrorCode() == UNKNOWN_DATABASE;
    }

    @Override
    public String offlineStatement(String sql) {
        // A body with semicolons (procedure, trigger) needs another delimiter for the mysql client.
        if (sql.indexOf(';') >= 0) {
            return "DELIMITER //\n" + sql + "\n//\nDELIMITER ;";
        }
        return sql + ";";
    }

    @Override
    public String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static final java.util.regex.Pattern USE = java.util.regex.Pattern.compile("(?i)\\buse\\b");

    /**
     * The database is the schema; GET_LOCK is server-wide, so its name is the database's. Where the
     * server compares database names without case (lower_case_table_names), the lock does too.
     */
    @Override
    public Namespace namespace(Connection connection, String configuredSchema) throws SQLException {
        try (Statement s = connection.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT DATABASE(), @@lower_case_table_names")) {
            rs.next();
            String schema = configuredSchema != null && !configuredSchema.isBlank() ? configuredSchema : rs.getString(1);
            if (schema == null) {
                return new Namespace(null, null, null);
            }
            String scope = rs.getInt(2) == 0 ? schema : schema.toLowerCase(java.util.Locale.ROOT);
            return new Namespace(schema, scope, "USE " + quote(schema));
        }
    }

    @Override
    public boolean mayChangeNamespace(String sql) {
        return USE.matcher(sql).find();
    }

    @Override
    public SessionState sessionState(Connection connection) throws SQLException {
        return MysqlSessionState.read(connection);
    }

    @Override
    public RunLock runLock(Namespace namespace, String table) {
        return new MysqlRunLock(namespace.lockName(table));
    }

    /** utf8mb4 whatever the database's default: a message with emoji or CJK fits (latin1 and utf8mb3 fail). */
    @Override
    public String tableOptions() {
        return " CHARACTER SET utf8mb4";
    }

    @Override
    public String identityPrimaryKey() {
        return "id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY";
    }

    @Override
    public String timestampType() {
        return "DATETIME(3)";
    }

    @Override
    public SplitterOptions splitterOptions() {
        return SPLITTER_OPTIONS;
    }

    @Override
    public SessionLimits sessionLimits() {
        return new MysqlSessionLimits();
    }

    @Override
    public String currentNamespace(Connection connection) throws SQLException {
        return connection.getCatalog();
    }

    @Override
    public boolean foreignKeysNeedIndex() {
        return true;
    }

    @Override
    public ConfinementRules confinementRules() {
        return new MysqlConfinement();
    }
}
