package dev.godwit.internal.db.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.schema.CheckConstraint;
import dev.godwit.schema.Column;
import dev.godwit.schema.ColumnType;
import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.ForeignKeyAction;
import dev.godwit.schema.Identity;
import dev.godwit.schema.Index;
import dev.godwit.schema.IndexKey;
import dev.godwit.schema.PrimaryKey;
import dev.godwit.schema.Schema;
import dev.godwit.schema.Table;
import dev.godwit.schema.TableOptions;
import dev.godwit.schema.View;
import dev.godwit.testdb.TestDb;
import dev.godwit.testdb.TestDb.Kind;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MysqlInspector against a real MariaDB: the exact model of a small help desk, and the normalisations. */
class MysqlInspectorTest {

    /** A help desk touching every part the inspector reads. */
    static final String[] HELP_DESK = {
        "CREATE TABLE departments ("
            + " id INT NOT NULL AUTO_INCREMENT,"
            + " name VARCHAR(100) NOT NULL COMMENT 'shown to customers',"
            + " code CHAR(4) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,"
            + " PRIMARY KEY (id),"
            + " UNIQUE KEY uq_departments_code (code)"
            + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='support teams'",
        "CREATE TABLE agents ("
            + " id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,"
            + " department_id INT NOT NULL,"
            + " name VARCHAR(100) NOT NULL,"
            + " email VARCHAR(200) NOT NULL,"
            + " level INT NOT NULL DEFAULT '0',"
            + " nickname VARCHAR(30) COLLATE utf8mb4_bin DEFAULT 'it''s me',"
            + " prefs JSON,"
            + " created_at TIMESTAMP NOT NULL DEFAULT now(),"
            + " KEY idx_agents_name (name(10), email DESC),"
            + " CONSTRAINT fk_agents_department FOREIGN KEY (department_id) REFERENCES departments (id),"
            + " CONSTRAINT chk_agents_level CHECK (level BETWEEN 0 AND 9)"
            + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci",
        "CREATE TABLE tickets ("
            + " id BIGINT NOT NULL AUTO_INCREMENT,"
            + " department_id INT NOT NULL,"
            + " agent_id INT UNSIGNED NULL,"
            + " subject VARCHAR(200) NOT NULL,"
            + " status ENUM('open','pending','closed') NOT NULL DEFAULT 'open',"
            + " priority TINYINT NOT NULL DEFAULT 3,"
            + " price DECIMAL(10,2) NOT NULL DEFAULT 0,"
            + " opened_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),"
            + " updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,"
            + " subject_length INT AS (CHAR_LENGTH(subject)) STORED,"
            + " subject_upper VARCHAR(200) AS (UPPER(subject)) VIRTUAL,"
            + " PRIMARY KEY (id),"
            + " KEY idx_tickets_status_opened (status, opened_at DESC),"
            + " FULLTEXT KEY ft_tickets_subject (subject),"
            + " CONSTRAINT fk_tickets_department FOREIGN KEY (department_id) REFERENCES departments (id)"
            + " ON DELETE CASCADE ON UPDATE RESTRICT,"
            + " CONSTRAINT fk_tickets_agent FOREIGN KEY (agent_id) REFERENCES agents (id) ON DELETE SET NULL"
            + ") ENGINE=InnoDB COMMENT='customer requests'",
        "CREATE TABLE audit_log (id BIGINT NOT NULL, ticket_id BIGINT NOT NULL, note TEXT,"
            + " PRIMARY KEY (ticket_id, id)) ENGINE=MyISAM DEFAULT CHARSET=latin1",
        "CREATE VIEW open_tickets AS SELECT t.id, t.subject, d.name AS department FROM tickets t"
            + " JOIN departments d ON d.id = t.department_id WHERE t.status = 'open'",
        "CREATE VIEW open_ticket_count AS SELECT department, COUNT(*) AS n FROM open_tickets GROUP BY department",
    };

    private static final TableOptions UTF8_GENERAL = new TableOptions("InnoDB", "utf8mb4", "utf8mb4_general_ci");

    @Test
    void readsEveryPartOfTheHelpDesk() throws SQLException {
        try (TestDb db = TestDb.open(Kind.MARIADB)) {
            db.execute(HELP_DESK);
            Schema schema = new MysqlInspector().inspect(db.connection(), null);

            assertEquals(List.of("agents", "audit_log", "departments", "tickets"),
                    schema.tables().stream().map(Table::name).toList());
            assertEquals(departments(), schema.table("departments").orElseThrow());
            assertEquals(agents(), schema.table("agents").orElseThrow());
            assertEquals(tickets(), schema.table("tickets").orElseThrow());
            assertEquals(auditLog(), schema.table("audit_log").orElseThrow());
            assertEquals(List.of(
                    new View("open_ticket_count", "select `open_tickets`.`department` AS `department`,count(0) AS `n`"
                            + " from `open_tickets` group by `open_tickets`.`department`"),
                    new View("open_tickets", "select `t`.`id` AS `id`,`t`.`subject` AS `subject`,`d`.`name` AS"
                            + " `department` from (`tickets` `t` join `departments` `d` on(`d`.`id` ="
                            + " `t`.`department_id`)) where `t`.`status` = 'open'")),
                    schema.views());
            assertTrue(schema.enums().isEmpty() && schema.sequences().isEmpty());
        }
    }

    private static Table departments() {
        return new Table("departments",
                List.of(new Column("id", type("int(11)"), false, null, Identity.AUTO_INCREMENT, null, null, null, null,
                                null),
                        Column.of("name", "varchar(100)", false, null).withComment("shown to customers"),
                        new Column("code", type("char(4)"), false, null, Identity.NONE, null, null, "ascii",
                                "ascii_bin", null)),
                new PrimaryKey(null, List.of("id")),
                List.of(),
                List.of(Index.onColumns("uq_departments_code", true, List.of("code"))),
                List.of(), List.of(), "support teams",
                new TableOptions("InnoDB", "utf8mb4", "utf8mb4_unicode_ci"));
    }

    private static Table agents() {
        return new Table("agents",
                List.of(new Column("id", type("int(10) unsigned"), false, null, Identity.AUTO_INCREMENT, null, null,
                                null, null, null),
                        Column.of("department_id", "int(11)", false, null),
                        Column.of("name", "varchar(100)", false, null),
                        Column.of("email", "varchar(200)", false, null),
                        Column.of("level", "int(11)", false, "0"),
                        // same character set as the table, another collation: only the collation is kept
                        new Column("nickname", type("varchar(30)"), true, "'it''s me'", Identity.NONE, null, null, null,
                                "utf8mb4_bin", null),
                        // MariaDB's longtext + utf8mb4_bin + CHECK (json_valid(`prefs`)) reads as json
                        Column.of("prefs", "json", true, null),
                        Column.of("created_at", "timestamp", false, "CURRENT_TIMESTAMP")),
                new PrimaryKey(null, List.of("id")),
                List.of(new ForeignKey("fk_agents_department", List.of("department_id"), "departments", List.of("id"),
                        ForeignKeyAction.RESTRICT, ForeignKeyAction.RESTRICT)),
                List.of(Index.onColumns("fk_agents_department", false, List.of("department_id")),
                        new Index("idx_agents_name", false, List.of(new IndexKey("name", null, false, 10),
                                new IndexKey("email", null, true, null)), null, null)),
                List.of(),
                List.of(new CheckConstraint("chk_agents_level", "`level` between 0 and 9")),
                null, UTF8_GENERAL);
    }

    private static Table tickets() {
        return new Table("tickets",
                List.of(new Column("id", type("bigint(20)"), false, null, Identity.AUTO_INCREMENT, null, null, null,
                                null, null),
                        Column.of("department_id", "int(11)", false, null),
                        Column.of("agent_id", "int(10) unsigned", true, null),
                        Column.of("subject", "varchar(200)", false, null),
                        Column.of("status", "enum('open','pending','closed')", false, "'open'"),
                        Column.of("priority", "tinyint(4)", false, "3"),
                        Column.of("price", "decimal(10,2)", false, "0.00"),
                        Column.of("opened_at", "datetime(6)", false, "CURRENT_TIMESTAMP(6)"),
                        new Column("updated_at", type("timestamp"), false, "CURRENT_TIMESTAMP", Identity.NONE, null,
                                null, null, null, "CURRENT_TIMESTAMP"),
                        new Column("subject_length", type("int(11)"), true, null, Identity.NONE,
                                "char_length(`subject`)", null, null, null, null),
                        new Column("subject_upper", type("varchar(200)"), true, null, Identity.NONE, "ucase(`subject`)",
                                null, null, null, null, true)),
                new PrimaryKey(null, List.of("id")),
                List.of(new ForeignKey("fk_tickets_agent", List.of("agent_id"), "agents", List.of("id"),
                                ForeignKeyAction.SET_NULL, ForeignKeyAction.RESTRICT),
                        new ForeignKey("fk_tickets_department", List.of("department_id"), "departments", List.of("id"),
                                ForeignKeyAction.CASCADE, ForeignKeyAction.RESTRICT)),
                List.of(Index.onColumns("fk_tickets_agent", false, List.of("agent_id")),
                        Index.onColumns("fk_tickets_department", false, List.of("department_id")),
                        new Index("ft_tickets_subject", false, List.of(IndexKey.column("subject")), null, "FULLTEXT"),
                        new Index("idx_tickets_status_opened", false, List.of(IndexKey.column("status"),
                                new IndexKey("opened_at", null, true, null)), null, null)),
                List.of(), List.of(), "customer requests", UTF8_GENERAL);
    }

    private static Table auditLog() {
        return new Table("audit_log",
                List.of(Column.of("id", "bigint(20)", false, null),
                        Column.of("ticket_id", "bigint(20)", false, null),
                        Column.of("note", "text", true, null)),
                new PrimaryKey(null, List.of("ticket_id", "id")),
                List.of(), List.of(), List.of(), List.of(), null,
                new TableOptions("MyISAM", "latin1", "latin1_swedish_ci"));
    }

    @Test
    void theSameDdlInDatabasesOfDifferentNamesInspectsEqual() throws SQLException {
        try (TestDb first = TestDb.open(Kind.MARIADB); TestDb second = TestDb.open(Kind.MARIADB)) {
            first.execute(HELP_DESK);
            second.execute(HELP_DESK);
            Schema a = new MysqlInspector().inspect(first.connection(), first.schema());
            Schema b = new MysqlInspector().inspect(second.connection(), second.schema());

            assertEquals(a, b);
            for (View view : a.views()) {
                assertFalse(view.definition().contains(first.schema()), view.definition());
            }
        }
    }

    @Test
    void readsANamedDatabaseFromAConnectionUsingAnother() throws SQLException {
        try (TestDb target = TestDb.open(Kind.MARIADB); TestDb other = TestDb.open(Kind.MARIADB)) {
            target.execute(HELP_DESK);
            other.execute("CREATE TABLE unrelated (id INT PRIMARY KEY)");

            Schema named = new MysqlInspector().inspect(other.connection(), target.schema());

            assertEquals(new MysqlInspector().inspect(target.connection(), null), named);
            assertEquals(List.of("unrelated"),
                    new MysqlInspector().inspect(other.connection(), null).tables().stream().map(Table::name).toList());
        }
    }

    @Test
    void equivalentSpellingsOfADefaultInspectEqual() throws SQLException {
        try (TestDb db = TestDb.open(Kind.MARIADB)) {
            db.execute("CREATE TABLE a (n INT NOT NULL DEFAULT '0', d DECIMAL(5,2) DEFAULT '1.5',"
                    + " t TIMESTAMP NOT NULL DEFAULT now(), dt DATETIME DEFAULT now(), dt6 DATETIME(6) DEFAULT now(6),"
                    + " u TIMESTAMP NULL DEFAULT NULL ON UPDATE now())",
                    "CREATE TABLE b (n INT NOT NULL DEFAULT 0, d DECIMAL(5,2) DEFAULT 1.50,"
                    + " t TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, dt DATETIME DEFAULT current_timestamp(),"
                    + " dt6 DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),"
                    + " u TIMESTAMP NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP)");
            Schema schema = new MysqlInspector().inspect(db.connection(), null);
            List<Column> a = schema.table("a").orElseThrow().columns();
            List<Column> b = schema.table("b").orElseThrow().columns();

            assertEquals(a, b);
            assertEquals(List.of("0", "1.50", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(6)", "null"),
                    a.stream().map(c -> String.valueOf(c.defaultValue())).toList());
            assertEquals("CURRENT_TIMESTAMP", a.get(5).onUpdate());
        }
    }

    @Test
    void anExplicitNullDefaultIsNoDefaultButTheStringNullIsAString() throws SQLException {
        try (TestDb db = TestDb.open(Kind.MARIADB)) {
            db.execute("CREATE TABLE t (none_given VARCHAR(5), explicit VARCHAR(5) DEFAULT NULL,"
                    + " word VARCHAR(5) DEFAULT 'NULL', empty VARCHAR(5) DEFAULT '', path VARCHAR(9) DEFAULT 'a\\\\b',"
                    + " computed INT DEFAULT (1 + 1), id VARCHAR(40) DEFAULT (uuid()), flags BIT(3) DEFAULT b'101',"
                    + " day DATE DEFAULT '2020-01-01', negative INT DEFAULT -1)");
            List<Column> columns = new MysqlInspector().inspect(db.connection(), null).table("t").orElseThrow()
                    .columns();

            assertEquals(List.of("null", "null", "'NULL'", "''", "'a\\\\b'", "(1 + 1)", "uuid()", "b'101'",
                            "'2020-01-01'", "-1"),
                    columns.stream().map(c -> String.valueOf(c.defaultValue())).toList());
        }
    }

    @Test
    void foreignKeysToAnotherDatabaseNameIt() throws SQLException {
        // other is closed last: db's foreign key points into it
        try (TestDb other = TestDb.open(Kind.MARIADB); TestDb db = TestDb.open(Kind.MARIADB)) {
            other.execute("CREATE TABLE customers (id INT PRIMARY KEY)");
            db.execute("CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT,"
                    + " CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES " + other.schema()
                    + ".customers (id) ON UPDATE CASCADE)");

            Table orders = new MysqlInspector().inspect(db.connection(), null).table("orders").orElseThrow();

            assertEquals(List.of(new ForeignKey("fk_orders_customer", List.of("customer_id"),
                            other.schema() + ".customers", List.of("id"), ForeignKeyAction.RESTRICT,
                            ForeignKeyAction.CASCADE)),
                    orders.foreignKeys());
        }
    }

    @Test
    void compositeForeignKeysKeepTheirColumnOrder() throws SQLException {
        try (TestDb db = TestDb.open(Kind.MARIADB)) {
            db.execute("CREATE TABLE parent (a INT, b INT, PRIMARY KEY (b, a))",
                    "CREATE TABLE child (x INT, y INT, CONSTRAINT fk_child FOREIGN KEY (y, x) REFERENCES parent (b, a)"
                            + " ON DELETE SET NULL ON UPDATE NO ACTION)");
            Schema schema = new MysqlInspector().inspect(db.connection(), null);

            assertEquals(new PrimaryKey(null, List.of("b", "a")), schema.table("parent").orElseThrow().primaryKey());
            assertEquals(List.of(new ForeignKey("fk_child", List.of("y", "x"), "parent", List.of("b", "a"),
                            ForeignKeyAction.SET_NULL, ForeignKeyAction.NO_ACTION)),
                    schema.table("child").orElseThrow().foreignKeys());
            assertEquals(List.of(Index.onColumns("fk_child", false, List.of("y", "x"))),
                    schema.table("child").orElseThrow().indexes());
        }
    }

    @Test
    void indexMethodsAndTheSpatialPrefix() throws SQLException {
        try (TestDb db = TestDb.open(Kind.MARIADB)) {
            db.execute("CREATE TABLE places (id INT NOT NULL, body TEXT, spot POINT NOT NULL,"
                    + " SPATIAL KEY sp_spot (spot), UNIQUE KEY uq_body (body), KEY ix_id USING HASH (id))"
                    + " ENGINE=InnoDB",
                    "CREATE TABLE cache (k INT NOT NULL, KEY ix_k (k)) ENGINE=MEMORY");
            Schema schema = new MysqlInspector().inspect(db.connection(), null);

            assertEquals(List.of(
                            Index.onColumns("ix_id", false, List.of("id")), // InnoDB ignores USING HASH: BTREE
                            new Index("sp_spot", false, List.of(IndexKey.column("spot")), null, "SPATIAL"),
                            // MariaDB's long unique key on a TEXT column is a HASH index
                            new Index("uq_body", true, List.of(IndexKey.column("body")), null, "HASH")),
                    schema.table("places").orElseThrow().indexes());
            assertEquals(List.of(new Index("ix_k", false, List.of(IndexKey.column("k")), null, "HASH")),
                    schema.table("cache").orElseThrow().indexes());
            assertNull(schema.table("places").orElseThrow().primaryKey());
            assertEquals("MEMORY", schema.table("cache").orElseThrow().options().engine());
        }
    }

    @Test
    void jsonColumnsAndColumnChecks() throws SQLException {
        try (TestDb db = TestDb.open(Kind.MARIADB)) {
            db.execute("CREATE TABLE docs (id INT, doc JSON NOT NULL, text_doc LONGTEXT, qty INT CHECK (qty > 0),"
                    + " bin_doc LONGTEXT COLLATE utf8mb4_bin, CONSTRAINT bin_doc_valid CHECK (json_valid(bin_doc)))"
                    + " DEFAULT CHARSET=latin1");
            Table docs = new MysqlInspector().inspect(db.connection(), null).table("docs").orElseThrow();

            // JSON reads as json even in a latin1 table, where its utf8mb4_bin collation differs from the table's
            assertEquals(Column.of("doc", "json", false, null), docs.column("doc").orElseThrow());
            assertEquals(Column.of("text_doc", "longtext", true, null), docs.column("text_doc").orElseThrow());
            // a table-level json_valid check not named after the column is not MariaDB's JSON: kept as written
            assertEquals(new Column("bin_doc", type("longtext"), true, null, Identity.NONE, null, null, "utf8mb4",
                    "utf8mb4_bin", null), docs.column("bin_doc").orElseThrow());
            // a column-level check is named after its column; read like any other check
            assertEquals(List.of(new CheckConstraint("bin_doc_valid", "json_valid(`bin_doc`)"),
                            new CheckConstraint("qty", "`qty` > 0")),
                    docs.checks());
        }
    }

    @Test
    void viewsKeepLiteralsThatMentionTheDatabase() throws SQLException {
        try (TestDb db = TestDb.open(Kind.MARIADB)) {
            String literal = "`" + db.schema() + "`.`t`";
            db.execute("CREATE TABLE t (id INT)",
                    "CREATE VIEW v AS SELECT t.id, '" + literal + "' AS label FROM " + db.schema() + ".t");
            View view = new MysqlInspector().inspect(db.connection(), null).view("v").orElseThrow();

            assertEquals("select `t`.`id` AS `id`,'" + literal + "' AS `label` from `t`", view.definition());
        }
    }

    @Test
    void columnsKeepTheirOrdinalOrder() throws SQLException {
        try (TestDb db = TestDb.open(Kind.MARIADB)) {
            db.execute("CREATE TABLE t (zeta INT, alpha INT, mid INT)", "ALTER TABLE t ADD COLUMN first_one INT FIRST");
            Table t = new MysqlInspector().inspect(db.connection(), null).table("t").orElseThrow();

            assertEquals(List.of("first_one", "zeta", "alpha", "mid"), t.columns().stream().map(Column::name).toList());
        }
    }

    @Test
    void indexesComeInTheTablesKeyOrderAsShowIndexListsThem() throws SQLException {
        try (TestDb db = TestDb.open(Kind.MARIADB)) {
            db.execute("CREATE TABLE t (id INT PRIMARY KEY, z INT, a INT, m INT, body TEXT,"
                    + " KEY z_key (z), FULLTEXT KEY body_text (body), KEY a_key (a), UNIQUE KEY m_unique (m))",
                    "CREATE INDEX b_key ON t (a, z)");
            Table t = new MysqlInspector().inspect(db.connection(), null).table("t").orElseThrow();

            List<String> showIndex = new ArrayList<>();
            try (java.sql.Statement s = db.connection().createStatement();
                    java.sql.ResultSet rs = s.executeQuery("SHOW INDEX FROM t")) {
                while (rs.next()) {
                    String name = rs.getString("Key_name");
                    if (!showIndex.contains(name) && !name.equals("PRIMARY")) {
                        showIndex.add(name);
                    }
                }
            }
            assertEquals(List.of("m_unique", "z_key", "a_key", "b_key", "body_text"), showIndex);
            assertEquals(showIndex, t.options().keyOrder());
            assertEquals(List.of("a_key", "b_key", "body_text", "m_unique", "z_key"),
                    t.indexes().stream().map(Index::name).toList(), "the model's indexes stay in name order");
        }
    }

    @Test
    void explicitTableOptionsOnlyAreCreateOptions() throws SQLException {
        try (TestDb db = TestDb.open(Kind.MARIADB)) {
            db.execute("CREATE TABLE plain (id INT PRIMARY KEY)",
                    "CREATE TABLE dynamic (id INT PRIMARY KEY) ROW_FORMAT=DYNAMIC",
                    "CREATE TABLE packed (id INT PRIMARY KEY) ROW_FORMAT=COMPRESSED KEY_BLOCK_SIZE=8 STATS_PERSISTENT=0",
                    "CREATE TABLE aria (id INT PRIMARY KEY) ENGINE=Aria");
            Schema schema = new MysqlInspector().inspect(db.connection(), null);

            assertEquals(List.of(), schema.table("plain").orElseThrow().options().createOptions());
            assertEquals(List.of("ROW_FORMAT=DYNAMIC"), schema.table("dynamic").orElseThrow().options().createOptions());
            assertEquals(List.of("STATS_PERSISTENT=0", "ROW_FORMAT=COMPRESSED", "KEY_BLOCK_SIZE=8"),
                    schema.table("packed").orElseThrow().options().createOptions());
            assertEquals(List.of(), schema.table("aria").orElseThrow().options().createOptions());
            assertEquals(UTF8_GENERAL.engine(), schema.table("packed").orElseThrow().options().engine());
        }
    }

    private static ColumnType type(String sql) {
        return new ColumnType(sql);
    }
}
