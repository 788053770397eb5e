package dev.godwit.internal.db.mysql;

import dev.godwit.internal.render.Renderer;
import static dev.godwit.internal.render.Fixtures.changes;
import static dev.godwit.internal.render.Fixtures.col;
import static dev.godwit.internal.render.Fixtures.full;
import static dev.godwit.internal.render.Fixtures.identity;
import static dev.godwit.internal.render.Fixtures.notNull;
import static dev.godwit.internal.render.Fixtures.one;
import static dev.godwit.internal.render.Fixtures.pk;
import static dev.godwit.internal.render.Fixtures.rows;
import static dev.godwit.internal.render.Fixtures.run;
import static dev.godwit.internal.render.Fixtures.schema;
import static dev.godwit.internal.render.Fixtures.table;
import static dev.godwit.internal.render.Fixtures.withDefault;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.internal.diff.Op;
import dev.godwit.schema.CheckConstraint;
import dev.godwit.schema.Column;
import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.ForeignKeyAction;
import dev.godwit.schema.Identity;
import dev.godwit.schema.Index;
import dev.godwit.schema.IndexKey;
import dev.godwit.schema.Schema;
import dev.godwit.schema.Table;
import dev.godwit.schema.TableOptions;
import dev.godwit.schema.View;
import dev.godwit.testdb.TestDb;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rendered MySQL/MariaDB statements run on a real MariaDB, with rows in the tables; results read from information_schema. */
class MysqlRenderExecutionTest {

    private final Renderer renderer = new MysqlRenderer();
    private TestDb db;
    private Connection c;

    private static final Table USERS = table("users", List.of(identity("id", "int(11)", Identity.AUTO_INCREMENT),
            notNull("email", "varchar(100)")), pk(null, "id"), List.of(),
            List.of(Index.onColumns("email", true, List.of("email"))), List.of(), List.of(), null,
            new TableOptions("InnoDB", "utf8mb4", "utf8mb4_general_ci"));
    private static final Table TICKETS = table("tickets", List.of(identity("id", "int(11)", Identity.AUTO_INCREMENT),
            notNull("user_id", "int(11)"), withDefault("status", "enum('open','closed')", false, "'open'"),
            full("title", "varchar(200)", true, null, Identity.NONE, null, "it's the \\ title", "latin1", null, null),
            col("body", "text"), col("price", "decimal(10,2)"),
            full("total", "decimal(12,2)", true, null, Identity.NONE, "`price` * 2", null, null, null, null),
            full("updated", "timestamp", true, "current_timestamp()", Identity.NONE, null, null, null, null,
                    "current_timestamp()")),
            pk(null, "id"),
            List.of(new ForeignKey("tickets_user", List.of("user_id"), "users", List.of("id"),
                    ForeignKeyAction.CASCADE, ForeignKeyAction.NO_ACTION)),
            List.of(new Index("title_prefix", false, List.of(new IndexKey("title", null, false, 10),
                            new IndexKey("id", null, true, null)), null, null),
                    new Index("body_text", false, List.of(IndexKey.column("body")), null, "FULLTEXT")),
            List.of(), List.of(new CheckConstraint("price_positive", "`price` >= 0")), "support tickets",
            new TableOptions("InnoDB", "utf8mb4", "utf8mb4_unicode_ci"));

    @BeforeEach
    void open() throws SQLException {
        db = TestDb.open(TestDb.Kind.MARIADB);
        c = db.connection();
        run(c, renderer.render(changes(new Op.CreateTable(USERS), new Op.CreateTable(TICKETS))));
        db.execute("INSERT INTO users (email) VALUES ('a@x'), ('b@x')",
                "INSERT INTO tickets (user_id, status, title, body, price) VALUES (1, 'open', 'first', 'hello world', 10),"
                        + " (2, 'closed', 'second', 'bye', 20), (2, DEFAULT, NULL, NULL, NULL)");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void apply(Schema from, Op... ops) throws SQLException {
        run(c, renderer.render(changes(from, from, ops)));
    }

    private String column(String table, String column, String what) throws SQLException {
        return one(c, "SELECT " + what + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND "
                + "TABLE_NAME = '" + table + "' AND COLUMN_NAME = '" + column + "'");
    }

    private List<String> indexes(String table) throws SQLException {
        return rows(c, "SELECT INDEX_NAME, NON_UNIQUE, GROUP_CONCAT(CONCAT(COLUMN_NAME, COALESCE(CONCAT('(', SUB_PART, ')'), ''), "
                + "IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX), INDEX_TYPE FROM information_schema.STATISTICS "
                + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '" + table + "' GROUP BY INDEX_NAME, NON_UNIQUE, "
                + "INDEX_TYPE ORDER BY INDEX_NAME");
    }

    @Test
    void createdTablesHaveEveryPart() throws SQLException {
        assertEquals(List.of("body_text|1|body|FULLTEXT", "PRIMARY|0|id|BTREE", "tickets_user|1|user_id|BTREE",
                "title_prefix|1|title(10),id DESC|BTREE"), indexes("tickets"));
        assertEquals("latin1|it's the \\ title", column("tickets", "title", "CONCAT(CHARACTER_SET_NAME, '|', COLUMN_COMMENT)"));
        assertEquals("STORED GENERATED|`price` * 2", column("tickets", "total", "CONCAT(EXTRA, '|', GENERATION_EXPRESSION)"));
        assertEquals("40.00", one(c, "SELECT total FROM tickets WHERE id = 2"));
        assertEquals("InnoDB|utf8mb4_unicode_ci|support tickets", one(c, "SELECT ENGINE, TABLE_COLLATION, TABLE_COMMENT "
                + "FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tickets'"));
        assertEquals(List.of("price_positive|`price` >= 0"), rows(c, "SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM "
                + "information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()"));
        assertEquals("CASCADE|RESTRICT", one(c, "SELECT DELETE_RULE, UPDATE_RULE FROM "
                + "information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()"));
        assertEquals("YES|current_timestamp()|on update current_timestamp()",
                column("tickets", "updated", "CONCAT(IS_NULLABLE, '|', COLUMN_DEFAULT, '|', EXTRA)"));
    }

    @Test
    void enumValuesAddedByModifyKeepTheRows() throws SQLException {
        Column from = TICKETS.columns().get(2);
        Column to = withDefault("status", "enum('new','open','waiting','closed')", false, "'new'");
        apply(schema(USERS, TICKETS), new Op.AlterColumn("tickets", from, to));
        assertEquals("enum('new','open','waiting','closed')|'new'", column("tickets", "status",
                "CONCAT(COLUMN_TYPE, '|', COLUMN_DEFAULT)"));
        assertEquals(List.of("1|open", "2|closed", "3|open"), rows(c, "SELECT id, status FROM tickets ORDER BY id"));
        db.execute("INSERT INTO tickets (user_id) VALUES (1)");
        assertEquals("new", one(c, "SELECT status FROM tickets WHERE id = 4"));
    }

    @Test
    void autoIncrementStaysKeyedWhileThePrimaryKeyChanges() throws SQLException {
        Schema now = schema(USERS, TICKETS);
        apply(now, new Op.DropForeignKey("tickets", TICKETS.foreignKeys().get(0)),
                new Op.DropPrimaryKey("tickets", TICKETS.primaryKey()),
                new Op.AddPrimaryKey("tickets", pk(null, "id", "user_id")));
        assertEquals("PRIMARY|0|id,user_id|BTREE", indexes("tickets").get(1));
        assertEquals(4, indexes("tickets").size());
        db.execute("INSERT INTO tickets (user_id) VALUES (1)");
        assertEquals("4", one(c, "SELECT MAX(id) FROM tickets"));
        assertEquals("auto_increment", column("tickets", "id", "EXTRA"));
    }

    @Test
    void autoIncrementCanBeTakenAwayAndGivenBack() throws SQLException {
        Column auto = USERS.columns().get(0);
        Column plain = notNull("id", "int(11)");
        Table plainUsers = USERS.withColumns(List.of(plain, USERS.columns().get(1))).withPrimaryKey(null);
        apply(schema(USERS, TICKETS), new Op.DropForeignKey("tickets", TICKETS.foreignKeys().get(0)),
                new Op.DropPrimaryKey("users", USERS.primaryKey()), new Op.AlterColumn("users", auto, plain));
        assertEquals(List.of("email|0|email|BTREE"), indexes("users"));
        assertEquals("", column("users", "id", "EXTRA"));
        apply(schema(plainUsers), new Op.AlterColumn("users", plain, auto), new Op.AddPrimaryKey("users", pk(null, "id")));
        assertEquals(List.of("email|0|email|BTREE", "PRIMARY|0|id|BTREE"), indexes("users"));
        db.execute("INSERT INTO users (email) VALUES ('c@x')");
        assertEquals("3", one(c, "SELECT id FROM users WHERE email = 'c@x'"));
    }

    @Test
    void autoIncrementMovesToANewColumn() throws SQLException {
        Column id = TICKETS.columns().get(0);
        Column plainId = notNull("id", "int(11)");
        Column seq = identity("seq", "int(11)", Identity.AUTO_INCREMENT);
        apply(schema(USERS, TICKETS), new Op.DropPrimaryKey("tickets", TICKETS.primaryKey()),
                new Op.AddColumn("tickets", seq), new Op.AlterColumn("tickets", id, plainId),
                new Op.AddPrimaryKey("tickets", pk(null, "seq")),
                new Op.CreateIndex("tickets", Index.onColumns("id", true, List.of("id"))));
        assertEquals("auto_increment", column("tickets", "seq", "EXTRA"));
        assertEquals("", column("tickets", "id", "EXTRA"));
        assertEquals("3|3", one(c, "SELECT COUNT(*), COUNT(DISTINCT seq) FROM tickets"));
        assertEquals(List.of("body_text|1|body|FULLTEXT", "id|0|id|BTREE", "PRIMARY|0|seq|BTREE",
                "tickets_user|1|user_id|BTREE", "title_prefix|1|title(10),id DESC|BTREE"), indexes("tickets"));
    }

    @Test
    void constraintsCommentsAndOptionsChange() throws SQLException {
        Schema now = schema(USERS, TICKETS);
        apply(now, new Op.DropCheck("tickets", TICKETS.checks().get(0)),
                new Op.AddCheck("tickets", new CheckConstraint("price_small", "`price` < 1000")),
                new Op.DropForeignKey("tickets", TICKETS.foreignKeys().get(0)),
                new Op.AddForeignKey("tickets", new ForeignKey("tickets_user2", List.of("user_id"), "users",
                        List.of("id"), ForeignKeyAction.RESTRICT, ForeignKeyAction.CASCADE)),
                new Op.DropIndex("tickets", TICKETS.indexes().get(0)),
                new Op.CreateIndex("tickets", new Index("body_prefix", false,
                        List.of(new IndexKey("body", null, false, 5)), null, null)),
                new Op.AlterTableComment("tickets", "support tickets", "it's new"),
                new Op.AlterTableOptions("tickets", TICKETS.options(),
                        new TableOptions("InnoDB", "latin1", "latin1_swedish_ci")));
        assertEquals(List.of("price_small|`price` < 1000"), rows(c, "SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM "
                + "information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()"));
        assertEquals("tickets_user2|RESTRICT|CASCADE", one(c, "SELECT CONSTRAINT_NAME, DELETE_RULE, UPDATE_RULE FROM "
                + "information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()"));
        assertEquals("body_prefix|1|body(5)|BTREE", indexes("tickets").get(0));
        assertEquals("latin1_swedish_ci|it's new", one(c, "SELECT TABLE_COLLATION, TABLE_COMMENT "
                + "FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tickets'"));
        assertEquals("latin1", column("tickets", "body", "CHARACTER_SET_NAME"));
        assertEquals(List.of("hello world", "bye"), rows(c, "SELECT body FROM tickets WHERE body IS NOT NULL ORDER BY id"));
    }

    @Test
    void aStoredColumnBecomesVirtualWithItsIndexAndCheck() throws SQLException {
        Column stored = TICKETS.columns().get(6);
        Column virtual = stored.withGenerated("`price` * 3", true);
        Table tickets = TICKETS.withIndexes(List.of(Index.onColumns("by_total", false, List.of("user_id", "total"))))
                .withChecks(List.of(new CheckConstraint("total_small", "`total` < 1000")));
        db.execute("CREATE INDEX by_total ON tickets (user_id, total)",
                "ALTER TABLE tickets DROP CONSTRAINT price_positive",
                "ALTER TABLE tickets ADD CONSTRAINT total_small CHECK (total < 1000)");
        apply(schema(USERS, tickets), new Op.AlterColumn("tickets", stored, virtual));
        assertEquals("VIRTUAL GENERATED|`price` * 3", column("tickets", "total", "CONCAT(EXTRA, '|', GENERATION_EXPRESSION)"));
        assertEquals("60.00", one(c, "SELECT total FROM tickets WHERE id = 2"));
        assertEquals("by_total|1|user_id,total|BTREE", indexes("tickets").get(1));
        assertEquals(List.of("total_small|`total` < 1000"), rows(c, "SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM "
                + "information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()"));
    }

    @Test
    void convertingTheTableKeepsColumnsWithTheirOwnCharacterSet() throws SQLException {
        Schema now = schema(USERS, TICKETS);
        apply(now, new Op.AlterTableOptions("tickets", TICKETS.options(),
                new TableOptions("InnoDB", "utf8mb3", "utf8mb3_general_ci")));
        assertEquals("latin1", column("tickets", "title", "CHARACTER_SET_NAME"));
        assertEquals("utf8mb3", column("tickets", "body", "CHARACTER_SET_NAME"));
    }

    @Test
    void columnsViewsAndTablesComeAndGo() throws SQLException {
        Column priority = full("priority", "tinyint(4)", false, "3", Identity.NONE, null, "1 is urgent", null, null,
                null);
        View open = new View("open_tickets", "select `id` AS `id`, `priority` AS `priority` from `tickets` "
                + "where `status` = 'open'");
        apply(schema(USERS, TICKETS), new Op.AddColumn("tickets", priority), new Op.CreateView(open));
        assertEquals(List.of("1|3", "3|3"), rows(c, "SELECT id, priority FROM open_tickets ORDER BY id"));
        assertEquals("1 is urgent", column("tickets", "priority", "COLUMN_COMMENT"));
        apply(schema(USERS, TICKETS), new Op.DropView(open), new Op.DropColumn("tickets", priority),
                new Op.DropTable(TICKETS), new Op.DropTable(USERS));
        assertEquals("0", one(c, "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"));
    }
}
