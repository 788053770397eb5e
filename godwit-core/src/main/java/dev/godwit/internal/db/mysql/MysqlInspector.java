package dev.godwit.internal.db.mysql;

import dev.godwit.internal.inspect.SchemaInspector;
import dev.godwit.schema.Column;
import dev.godwit.schema.ColumnType;
import dev.godwit.schema.ForeignKeyAction;
import dev.godwit.schema.Identity;
import dev.godwit.schema.IndexKey;
import dev.godwit.schema.Schema;
import dev.godwit.schema.Table;
import dev.godwit.schema.TableOptions;
import dev.godwit.schema.View;
import dev.godwit.internal.script.SqlTokens;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a MariaDB or MySQL database into the {@link Schema} model with eight information_schema
 * queries whatever the number of tables, one per catalog table: TABLES, COLLATIONS (the character
 * set of each collation), COLUMNS, STATISTICS, REFERENTIAL_CONSTRAINTS, KEY_COLUMN_USAGE,
 * CHECK_CONSTRAINTS and VIEWS, all but COLLATIONS filtered on the database; plus
 * {@code SELECT DATABASE()} when no database is named. {@link MysqlFlavor} says where MariaDB and
 * MySQL differ.
 *
 * <p>The catalog tables are joined here rather than in SQL: MariaDB's information_schema tables
 * have no indexes, so a join between two of them is a nested loop over both (on 1,000 tables,
 * REFERENTIAL_CONSTRAINTS joined to KEY_COLUMN_USAGE took about 250 ms, the two read apart about
 * 15 ms). Only MySQL's checks are joined in SQL, to TABLE_CONSTRAINTS for their table name; MySQL
 * 8's information_schema is views over indexed data-dictionary tables.
 *
 * <p>What it reads, and how (the canonical forms a renderer writes back verbatim):
 * <ul>
 *   <li>Column types as {@code COLUMN_TYPE} spells them; MariaDB's JSON columns as {@code json}
 *       (see {@link MysqlTableParts}). Defaults and {@code ON UPDATE} through {@link MysqlDefaults},
 *       MariaDB's without this database's name ({@code nextval(`seq`)}).
 *       {@code auto_increment} is {@link Identity#AUTO_INCREMENT}. A generated column keeps its
 *       expression in {@link Column#generated()}, and {@link Column#virtual()} says VIRTUAL
 *       (EXTRA {@code VIRTUAL GENERATED}) from STORED.</li>
 *   <li>A column's character set and collation only where they differ from the table's.</li>
 *   <li>The primary key without a name (it is always PRIMARY). Every other index, unique ones
 *       included, as an {@link dev.godwit.schema.Index}, also the one MariaDB and MySQL create
 *       for a foreign key; {@code Table.uniques} stays empty. BTREE is the default method (null);
 *       FULLTEXT, SPATIAL and HASH are kept. SPATIAL indexes report a prefix of 32 that cannot
 *       be written back, so it is dropped. The order the catalog lists them in is kept as
 *       {@link TableOptions#keyOrder()}: on MariaDB the table's key order (that of SHOW CREATE
 *       TABLE), on MySQL name order.</li>
 *   <li>The table's engine, collation (and its character set) and the other options its CREATE
 *       TABLE gave explicitly ({@code ROW_FORMAT=DYNAMIC}), from CREATE_OPTIONS
 *       ({@link MysqlCreateOptions}).</li>
 *   <li>Foreign keys by constraint name, the referenced table unqualified in the same database
 *       and as {@code db.table} in another.</li>
 *   <li>Checks in name order, as the catalog prints them (MySQL's outer parentheses removed).</li>
 *   <li>Views with this database's qualifiers removed ({@link MysqlViewText}).</li>
 *   <li>MariaDB's sequences (TABLE_TYPE {@code SEQUENCE}, never taken for tables) as
 *       {@link dev.godwit.schema.Sequence}s, with one more query when there are any
 *       ({@link MariadbSequences}).</li>
 * </ul>
 * Temporary tables are not read. Invisible columns and ignored or
 * invisible indexes read like visible ones.
 */
final class MysqlInspector implements SchemaInspector {

    private static final String TABLES = "SELECT TABLE_NAME, TABLE_TYPE, ENGINE, TABLE_COLLATION, TABLE_COMMENT,"
            + " CREATE_OPTIONS FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME";
    private static final String COLLATIONS = "SELECT COLLATION_NAME, CHARACTER_SET_NAME"
            + " FROM information_schema.COLLATIONS";
    private static final String FULL_COLLATIONS = "SELECT FULL_COLLATION_NAME, CHARACTER_SET_NAME"
            + " FROM information_schema.COLLATION_CHARACTER_SET_APPLICABILITY";
    private static final String COLUMNS = "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, DATA_TYPE, IS_NULLABLE,"
            + " COLUMN_DEFAULT, EXTRA, GENERATION_EXPRESSION, COLUMN_COMMENT, CHARACTER_SET_NAME, COLLATION_NAME"
            + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION";
    private static final String STATISTICS = "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, COLLATION,"
            + " SUB_PART, INDEX_TYPE, %s FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ?%s";
    /**
     * MySQL's STATISTICS is a view with no column for the key's position, so its indexes are read
     * in name order. MariaDB's lists each table's keys in the table's own order, the order of
     * SHOW INDEX and SHOW CREATE TABLE (its rows are made table by table from the table's key list),
     * and any ORDER BY would lose that order.
     */
    private static final String STATISTICS_ORDER_MYSQL = " ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX";
    private static final String FOREIGN_KEY_RULES = "SELECT TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE"
            + " FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?";
    private static final String FOREIGN_KEY_COLUMNS = "SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME,"
            + " REFERENCED_TABLE_SCHEMA, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME"
            + " FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = ? AND REFERENCED_TABLE_NAME IS NOT NULL"
            + " ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION";
    /** MariaDB: check names are per table, and the table is on the row. */
    private static final String CHECKS_MARIADB = "SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, LEVEL"
            + " FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?"
            + " ORDER BY TABLE_NAME, CONSTRAINT_NAME";
    /** MySQL: check names are per schema; the table comes from TABLE_CONSTRAINTS. */
    private static final String CHECKS_MYSQL = "SELECT tc.TABLE_NAME, cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE, NULL"
            + " FROM information_schema.TABLE_CONSTRAINTS tc JOIN information_schema.CHECK_CONSTRAINTS cc"
            + " ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
            + " WHERE tc.CONSTRAINT_SCHEMA = ? AND cc.CONSTRAINT_SCHEMA = ? AND tc.CONSTRAINT_TYPE = 'CHECK'"
            + " ORDER BY tc.TABLE_NAME, cc.CONSTRAINT_NAME";
    private static final String VIEWS = "SELECT TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS"
            + " WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME";

    @Override
    public Schema inspect(Connection connection, String schema) throws SQLException {
        MysqlFlavor flavor = MysqlFlavor.of(connection);
        String database = schema != null ? schema : currentDatabase(connection);
        Map<String, MysqlTableParts> tables = new LinkedHashMap<>();
        List<String> sequenceNames = new ArrayList<>();
        readTables(connection, database, tables, sequenceNames);
        setCharsets(connection, flavor, tables);
        readColumns(connection, flavor, database, tables);
        readIndexes(connection, flavor, database, tables);
        readForeignKeys(connection, database, tables, readForeignKeyRules(connection, database));
        if (flavor.hasCheckConstraints()) {
            readChecks(connection, flavor, database, tables);
        }
        List<View> views = readViews(connection, database);
        List<Table> built = new ArrayList<>(tables.size());
        for (MysqlTableParts parts : tables.values()) {
            built.add(parts.build());
        }
        return new Schema(built, views, List.of(), flavor.mariadb()
                ? MariadbSequences.read(connection, database, sequenceNames) : List.of());
    }

    private static String currentDatabase(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT DATABASE()")) {
            String name = rs.next() ? rs.getString(1) : null;
            if (name == null) {
                throw new SQLException("no database is selected on this connection, and none was named");
            }
            return name;
        }
    }

    /**
     * Base tables and MariaDB's system-versioned ones into {@code tables}, MariaDB's sequences'
     * names into {@code sequences}; views come from VIEWS; temporary tables skipped.
     */
    private static void readTables(Connection connection, String database, Map<String, MysqlTableParts> tables,
            List<String> sequences) throws SQLException {
        try (PreparedStatement ps = prepare(connection, TABLES, database); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(1);
                String type = rs.getString(2);
                if ("BASE TABLE".equalsIgnoreCase(type) || "SYSTEM VERSIONED".equalsIgnoreCase(type)) {
                    tables.put(name, new MysqlTableParts(name, emptyToNull(rs.getString(5)),
                            new TableOptions(rs.getString(3), null, rs.getString(4), null,
                                    MysqlCreateOptions.parse(rs.getString(6)))));
                } else if ("SEQUENCE".equalsIgnoreCase(type)) {
                    sequences.add(name);
                }
            }
        }
    }

    /**
     * Fills in each table's character set from the catalog's collation list (a few hundred rows,
     * whatever the table count), falling back to the collation name's prefix, which every full
     * collation name starts with.
     */
    private static void setCharsets(Connection connection, MysqlFlavor flavor, Map<String, MysqlTableParts> tables)
            throws SQLException {
        Map<String, String> charsets = new HashMap<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(flavor.hasFullCollationNames() ? FULL_COLLATIONS : COLLATIONS)) {
            while (rs.next()) {
                if (rs.getString(2) != null) {
                    charsets.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(2));
                }
            }
        }
        for (MysqlTableParts table : tables.values()) {
            String collation = table.options().collation();
            if (collation != null) {
                String charset = charsets.getOrDefault(collation.toLowerCase(Locale.ROOT), charsetOf(collation));
                table.setOptions(table.options().withCharset(charset, collation));
            }
        }
    }

    private static void readColumns(Connection connection, MysqlFlavor flavor, String database,
            Map<String, MysqlTableParts> tables) throws SQLException {
        try (PreparedStatement ps = prepare(connection, COLUMNS, database); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                MysqlTableParts table = tables.get(rs.getString(1));
                if (table == null) {
                    continue; // a view's columns
                }
                String extra = rs.getString(7);
                String generated = emptyToNull(rs.getString(8));
                String charset = rs.getString(10);
                String collation = rs.getString(11);
                TableOptions options = table.options();
                boolean sameCollation = collation == null || collation.equalsIgnoreCase(options.collation());
                boolean sameCharset = charset == null || charset.equalsIgnoreCase(options.charset());
                table.addColumn(new Column(
                        rs.getString(2),
                        new ColumnType(rs.getString(3)),
                        "YES".equalsIgnoreCase(rs.getString(5)),
                        generated != null ? null : columnDefault(flavor, database, rs.getString(6), extra,
                                rs.getString(4)),
                        extra != null && extra.toLowerCase(Locale.ROOT).contains("auto_increment")
                                ? Identity.AUTO_INCREMENT : Identity.NONE,
                        generated,
                        emptyToNull(rs.getString(9)),
                        sameCharset ? null : charset,
                        sameCollation ? null : collation,
                        MysqlDefaults.onUpdate(extra),
                        generated != null && extra != null && extra.toUpperCase(Locale.ROOT).contains("VIRTUAL")));
            }
        }
    }

    /**
     * The column's default; on MariaDB without this database's name, which it writes into a
     * sequence's default ({@code nextval(`shop`.`seq`)}), so that a scratch database reads the same.
     */
    private static String columnDefault(MysqlFlavor flavor, String database, String raw, String extra,
            String dataType) {
        String value = MysqlDefaults.columnDefault(flavor, raw, extra, dataType);
        return flavor.mariadb() ? MysqlViewText.unqualify(value, database) : value;
    }

    private static void readIndexes(Connection connection, MysqlFlavor flavor, String database,
            Map<String, MysqlTableParts> tables) throws SQLException {
        String sql = String.format(STATISTICS, flavor.hasIndexExpressions() ? "EXPRESSION" : "NULL",
                flavor.mariadb() ? "" : STATISTICS_ORDER_MYSQL);
        try (PreparedStatement ps = prepare(connection, sql, database); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                MysqlTableParts table = tables.get(rs.getString(1));
                if (table == null) {
                    continue;
                }
                String index = rs.getString(2);
                String column = rs.getString(4);
                String type = rs.getString(7);
                String method = type == null || type.equalsIgnoreCase("BTREE") ? null : type.toUpperCase(Locale.ROOT);
                int subPart = rs.getInt(6);
                Integer prefix = rs.wasNull() || "SPATIAL".equals(method) ? null : subPart;
                if ("PRIMARY".equals(index)) {
                    table.addPrimaryKeyColumn(column, prefix);
                    continue;
                }
                boolean descending = "D".equalsIgnoreCase(rs.getString(5));
                String expression = rs.getString(8);
                IndexKey key = column != null
                        ? new IndexKey(column, null, descending, prefix)
                        : new IndexKey(null, Objects.requireNonNull(expression, "index key"), descending, null);
                table.addIndexKey(index, rs.getInt(3) == 0, method, key);
            }
        }
    }

    /** ON UPDATE and ON DELETE of every foreign key: {table, constraint} → {update rule, delete rule}. */
    private static Map<List<String>, String[]> readForeignKeyRules(Connection connection, String database)
            throws SQLException {
        Map<List<String>, String[]> rules = new HashMap<>();
        try (PreparedStatement ps = prepare(connection, FOREIGN_KEY_RULES, database);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rules.put(List.of(rs.getString(1), rs.getString(2)), new String[] {rs.getString(3), rs.getString(4)});
            }
        }
        return rules;
    }

    private static void readForeignKeys(Connection connection, String database, Map<String, MysqlTableParts> tables,
            Map<List<String>, String[]> rules) throws SQLException {
        try (PreparedStatement ps = prepare(connection, FOREIGN_KEY_COLUMNS, database);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                MysqlTableParts table = tables.get(rs.getString(1));
                String[] rule = rules.get(List.of(rs.getString(1), rs.getString(2)));
                if (table == null || rule == null) {
                    continue;
                }
                String referencedSchema = rs.getString(4);
                String referencedTable = rs.getString(5);
                if (referencedSchema != null && !referencedSchema.equals(database)) {
                    referencedTable = referencedSchema + "." + referencedTable;
                }
                table.addForeignKeyColumn(rs.getString(2), rs.getString(3), referencedTable, rs.getString(6),
                        ForeignKeyAction.parse(rule[1]), ForeignKeyAction.parse(rule[0]));
            }
        }
    }

    private static void readChecks(Connection connection, MysqlFlavor flavor, String database,
            Map<String, MysqlTableParts> tables) throws SQLException {
        try (PreparedStatement ps = flavor.mariadb() ? prepare(connection, CHECKS_MARIADB, database)
                : prepare(connection, CHECKS_MYSQL, database, database);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                MysqlTableParts table = tables.get(rs.getString(1));
                if (table == null) {
                    continue;
                }
                String clause = rs.getString(3);
                if (!flavor.mariadb()) {
                    clause = withoutOuterParentheses(clause);
                }
                table.addCheck(new MysqlTableParts.Check(rs.getString(2), clause, rs.getString(4)));
            }
        }
    }

    private static List<View> readViews(Connection connection, String database) throws SQLException {
        List<View> views = new ArrayList<>();
        try (PreparedStatement ps = prepare(connection, VIEWS, database); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String definition = rs.getString(2);
                views.add(new View(rs.getString(1),
                        MysqlViewText.unqualify(definition == null ? "" : definition, database)));
            }
        }
        return views;
    }

    private static PreparedStatement prepare(Connection connection, String sql, String... parameters)
            throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                ps.setString(i + 1, parameters[i]);
            }
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }

    /** A collation's character set by name: every collation's full name starts with it ({@code binary} is both). */
    static String charsetOf(String collation) {
        int underscore = collation.indexOf('_');
        return underscore < 0 ? collation : collation.substring(0, underscore);
    }

    /** {@code (expr)} → {@code expr} when the first parenthesis closes at the very end; anything else unchanged. */
    static String withoutOuterParentheses(String text) {
        String s = text.strip();
        boolean wrapped = s.startsWith("(") && s.endsWith(")") && SqlTokens.isEnclosed(s, MysqlDialect.SPLITTER_OPTIONS);
        return wrapped ? s.substring(1, s.length() - 1).strip() : s;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    @Override
    public List<String> notModelledQueries() {
        return MysqlNotModelled.QUERIES;
    }
}
