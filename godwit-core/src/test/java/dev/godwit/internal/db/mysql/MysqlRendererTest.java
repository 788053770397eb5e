package dev.godwit.internal.db.mysql;

import dev.godwit.internal.render.Renderer;
import static dev.godwit.internal.render.Fixtures.changes;
import static dev.godwit.internal.render.Fixtures.col;
import static dev.godwit.internal.render.Fixtures.full;
import static dev.godwit.internal.render.Fixtures.identity;
import static dev.godwit.internal.render.Fixtures.notNull;
import static dev.godwit.internal.render.Fixtures.pk;
import static dev.godwit.internal.render.Fixtures.schema;
import static dev.godwit.internal.render.Fixtures.sql;
import static dev.godwit.internal.render.Fixtures.table;
import static dev.godwit.internal.render.Fixtures.withDefault;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.internal.diff.Op;
import dev.godwit.schema.CheckConstraint;
import dev.godwit.schema.Column;
import dev.godwit.schema.EnumType;
import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.ForeignKeyAction;
import dev.godwit.schema.Identity;
import dev.godwit.schema.Index;
import dev.godwit.schema.IndexKey;
import dev.godwit.schema.Sequence;
import dev.godwit.schema.Table;
import dev.godwit.schema.TableOptions;
import dev.godwit.schema.View;
import java.util.List;
import org.junit.jupiter.api.Test;

class MysqlRendererTest {

    private final Renderer renderer = new MysqlRenderer();

    private List<String> render(Op... ops) {
        return sql(renderer, changes(ops));
    }

    @Test
    void createTableCarriesKeysConstraintsAndOptions() {
        Table tickets = table("tickets",
                List.of(identity("id", "int(11)", Identity.AUTO_INCREMENT),
                        full("title", "varchar(200)", false, null, Identity.NONE, null, "it's a \\title", "latin1",
                                "latin1_swedish_ci", null),
                        withDefault("status", "enum('open','closed')", false, "'open'"),
                        full("updated", "timestamp", true, "current_timestamp()", Identity.NONE, null, null, null,
                                null, "current_timestamp()"),
                        full("total", "decimal(10,2)", true, null, Identity.NONE, "`price` * 2", null, null,
                                null, null),
                        full("label", "varchar(10)", true, null, Identity.NONE, null, "label", null, null,
                                null).withGenerated("lcase(`title`)", true),
                        notNull("owner_id", "int(11)"),
                        col("body", "text"),
                        col("key", "int(11)")),
                pk(null, "id"),
                List.of(new ForeignKey("tickets_ibfk_1", List.of("owner_id"), "users", List.of("id"),
                        ForeignKeyAction.CASCADE, ForeignKeyAction.RESTRICT)),
                List.of(new Index("title_prefix", true, List.of(new IndexKey("title", null, false, 20),
                                new IndexKey("status", null, true, null)), null, null),
                        new Index("body_text", false, List.of(IndexKey.column("body")), null, "FULLTEXT"),
                        new Index("by_key", false, List.of(IndexKey.column("key")), null, "HASH")),
                List.of(),
                List.of(new CheckConstraint("positive", "`owner_id` > 0")),
                "the tickets", new TableOptions("InnoDB", "utf8mb4", "utf8mb4_general_ci", null,
                        List.of("ROW_FORMAT=COMPRESSED", "KEY_BLOCK_SIZE=8"), List.of("title_prefix", "body_text")));
        assertEquals(List.of("""
                CREATE TABLE tickets (
                    id int(11) NOT NULL AUTO_INCREMENT,
                    title varchar(200) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL COMMENT 'it''s a \\\\title',
                    status enum('open','closed') NOT NULL DEFAULT 'open',
                    updated timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
                    total decimal(10,2) GENERATED ALWAYS AS (`price` * 2) STORED,
                    label varchar(10) GENERATED ALWAYS AS (lcase(`title`)) VIRTUAL COMMENT 'label',
                    owner_id int(11) NOT NULL,
                    body text,
                    `key` int(11),
                    PRIMARY KEY (id),
                    UNIQUE KEY title_prefix (title(20), status DESC),
                    FULLTEXT KEY body_text (body),
                    KEY by_key (`key`) USING HASH,
                    CONSTRAINT tickets_ibfk_1 FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE CASCADE ON UPDATE RESTRICT,
                    CONSTRAINT positive CHECK (`owner_id` > 0)
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=COMPRESSED KEY_BLOCK_SIZE=8 COMMENT='the tickets'"""),
                render(new Op.CreateTable(tickets)));
    }

    @Test
    void columnChangesRestateTheWholeColumn() {
        Column from = withDefault("status", "enum('open','closed')", false, "'open'");
        Column to = withDefault("status", "enum('open','waiting','closed')", false, "'waiting'");
        assertEquals(List.of(
                "ALTER TABLE t MODIFY COLUMN status enum('open','waiting','closed') NOT NULL DEFAULT 'waiting'",
                "ALTER TABLE t ADD COLUMN n int(11)",
                "ALTER TABLE t DROP COLUMN n"),
                render(new Op.AlterColumn("t", from, to), new Op.AddColumn("t", col("n", "int(11)")),
                        new Op.DropColumn("t", col("n", "int(11)"))));
    }

    @Test
    void aColumnBecomingOrCeasingToBeVirtualIsReplacedWithItsIndexesAndChecks() {
        Column stored = full("total", "int(11)", true, null, Identity.NONE, "`a` * 2", null, null, null, null);
        Column virtual = stored.withGenerated("`a` * 2", true);
        Table t = table("t", List.of(col("a", "int(11)"), virtual), null, List.of(),
                List.of(Index.onColumns("t_a_total", false, List.of("a", "total")),
                        Index.onColumns("t_a", false, List.of("a"))),
                List.of(), List.of(new CheckConstraint("t_chk", "`total` < 100")), null, TableOptions.NONE);
        assertEquals(List.of("ALTER TABLE t DROP INDEX t_a_total, DROP CONSTRAINT t_chk, DROP COLUMN total, "
                + "ADD COLUMN total int(11) GENERATED ALWAYS AS (`a` * 2) STORED, ADD KEY t_a_total (a, total), "
                + "ADD CONSTRAINT t_chk CHECK (`total` < 100)"),
                sql(renderer, changes(schema(t), schema(t), new Op.AlterColumn("t", virtual, stored))));
        assertEquals(List.of("ALTER TABLE t MODIFY COLUMN total int(11) GENERATED ALWAYS AS (`a` * 3) VIRTUAL"),
                sql(renderer, changes(schema(t), schema(t), new Op.AlterColumn("t", virtual,
                        virtual.withGenerated("`a` * 3", true)))));
        assertEquals(List.of("ALTER TABLE t MODIFY COLUMN total int(11)"),
                render(new Op.AlterColumn("t", stored, col("total", "int(11)"))));
    }

    @Test
    void anAutoIncrementColumnKeepsAKeyWhileItsPrimaryKeyIsReplaced() {
        Column id = identity("id", "int(11)", Identity.AUTO_INCREMENT);
        Table t = table("t", pk(null, "id"), id, notNull("x", "int(11)"));
        assertEquals(List.of("ALTER TABLE t DROP PRIMARY KEY, ADD KEY godwit_ai_id (id)",
                "ALTER TABLE t ADD PRIMARY KEY (id, x)",
                "ALTER TABLE t DROP INDEX godwit_ai_id"),
                sql(renderer, changes(schema(t), schema(t), new Op.DropPrimaryKey("t", pk(null, "id")),
                        new Op.AddPrimaryKey("t", pk(null, "id", "x")))));
    }

    @Test
    void autoIncrementGivenBeforeItsKeyGetsATemporaryKey() {
        Column plain = notNull("id", "int(11)");
        Column auto = identity("id", "int(11)", Identity.AUTO_INCREMENT);
        Table t = table("t", null, plain);
        assertEquals(List.of("ALTER TABLE t MODIFY COLUMN id int(11) NOT NULL AUTO_INCREMENT, ADD KEY godwit_ai_id (id)",
                "ALTER TABLE t ADD PRIMARY KEY (id)",
                "ALTER TABLE t DROP INDEX godwit_ai_id"),
                sql(renderer, changes(schema(t), schema(t), new Op.AlterColumn("t", plain, auto),
                        new Op.AddPrimaryKey("t", pk(null, "id")))));
    }

    @Test
    void autoIncrementRemovedAfterItsKeyWentReleasesTheTemporaryKey() {
        Column plain = notNull("id", "int(11)");
        Column auto = identity("id", "int(11)", Identity.AUTO_INCREMENT);
        Table t = table("t", pk(null, "id"), auto);
        assertEquals(List.of("ALTER TABLE t DROP PRIMARY KEY, ADD KEY godwit_ai_id (id)",
                "ALTER TABLE t MODIFY COLUMN id int(11) NOT NULL",
                "ALTER TABLE t DROP INDEX godwit_ai_id"),
                sql(renderer, changes(schema(t), schema(t), new Op.DropPrimaryKey("t", pk(null, "id")),
                        new Op.AlterColumn("t", auto, plain))));
    }

    @Test
    void autoIncrementMovingToAnotherColumnIsOneStatement() {
        Column id = identity("id", "int(11)", Identity.AUTO_INCREMENT);
        Column plainId = notNull("id", "int(11)");
        Column seq = identity("seq", "int(11)", Identity.AUTO_INCREMENT);
        Table t = table("t", pk(null, "id"), id);
        assertEquals(List.of("ALTER TABLE t DROP PRIMARY KEY, ADD KEY godwit_ai_id (id)",
                "ALTER TABLE t MODIFY COLUMN id int(11) NOT NULL, ADD COLUMN seq int(11) NOT NULL AUTO_INCREMENT, "
                        + "ADD KEY godwit_ai_seq (seq)",
                "ALTER TABLE t DROP INDEX godwit_ai_id",
                "ALTER TABLE t ADD PRIMARY KEY (seq)",
                "ALTER TABLE t DROP INDEX godwit_ai_seq"),
                sql(renderer, changes(schema(t), schema(t), new Op.DropPrimaryKey("t", pk(null, "id")),
                        new Op.AddColumn("t", seq), new Op.AlterColumn("t", id, plainId),
                        new Op.AddPrimaryKey("t", pk(null, "seq")))));
        Table back = table("t", pk(null, "seq"), plainId, seq);
        assertEquals(List.of("ALTER TABLE t DROP PRIMARY KEY, ADD KEY godwit_ai_seq (seq)",
                "ALTER TABLE t DROP COLUMN seq, MODIFY COLUMN id int(11) NOT NULL AUTO_INCREMENT, ADD KEY godwit_ai_id (id)",
                "ALTER TABLE t ADD PRIMARY KEY (id)",
                "ALTER TABLE t DROP INDEX godwit_ai_id"),
                sql(renderer, changes(schema(back), schema(back), new Op.DropPrimaryKey("t", pk(null, "seq")),
                        new Op.AlterColumn("t", plainId, id), new Op.DropColumn("t", seq),
                        new Op.AddPrimaryKey("t", pk(null, "id")))));
    }

    @Test
    void aKeyThatIsNotTheOnlyOneNeedsNoTemporaryKey() {
        Column auto = identity("id", "int(11)", Identity.AUTO_INCREMENT);
        Table t = table("t", pk(null, "id"), auto).withIndexes(List.of(Index.onColumns("id_u", true, List.of("id"))));
        assertEquals(List.of("ALTER TABLE t DROP PRIMARY KEY"),
                sql(renderer, changes(schema(t), schema(t), new Op.DropPrimaryKey("t", pk(null, "id")))));
        Index index = Index.onColumns("id_u", true, List.of("id"));
        assertEquals(List.of("DROP INDEX id_u ON t"),
                sql(renderer, changes(schema(t), schema(t), new Op.DropIndex("t", index))));
        Table onlyIndex = table("t", null, auto).withIndexes(List.of(index));
        assertEquals(List.of("ALTER TABLE t DROP INDEX id_u, ADD KEY godwit_ai_id (id)",
                "CREATE UNIQUE INDEX id_v ON t (id)", "ALTER TABLE t DROP INDEX godwit_ai_id"),
                sql(renderer, changes(schema(onlyIndex), schema(onlyIndex), new Op.DropIndex("t", index),
                        new Op.CreateIndex("t", Index.onColumns("id_v", true, List.of("id"))))));
    }

    @Test
    void keysConstraintsCommentsAndOptions() {
        ForeignKey fk = new ForeignKey("t_owner", List.of("owner_id"), "owners", List.of("id"),
                ForeignKeyAction.NO_ACTION, ForeignKeyAction.SET_NULL);
        CheckConstraint check = new CheckConstraint("t_chk", "`a` > 0");
        Index fulltext = new Index("t_body", false, List.of(IndexKey.column("body")), null, "FULLTEXT");
        Index expression = new Index("t_lower", false, List.of(IndexKey.expression("lcase(`name`)")), null, null);
        assertEquals(List.of(
                "ALTER TABLE t ADD CONSTRAINT t_owner FOREIGN KEY (owner_id) REFERENCES owners (id) ON UPDATE SET NULL",
                "ALTER TABLE t DROP FOREIGN KEY t_owner",
                "ALTER TABLE t ADD CONSTRAINT t_chk CHECK (`a` > 0)",
                "ALTER TABLE t DROP CONSTRAINT t_chk",
                "CREATE FULLTEXT INDEX t_body ON t (body)",
                "CREATE INDEX t_lower ON t ((lcase(`name`)))",
                "DROP INDEX t_body ON t",
                "ALTER TABLE t COMMENT='new ''one'''",
                "ALTER TABLE t COMMENT=''",
                "ALTER TABLE t ADD PRIMARY KEY (a)",
                "ALTER TABLE t DROP PRIMARY KEY"),
                render(new Op.AddForeignKey("t", fk), new Op.DropForeignKey("t", fk), new Op.AddCheck("t", check),
                        new Op.DropCheck("t", check), new Op.CreateIndex("t", fulltext),
                        new Op.CreateIndex("t", expression), new Op.DropIndex("t", fulltext),
                        new Op.AlterTableComment("t", null, "new 'one'"), new Op.AlterTableComment("t", "x", null),
                        new Op.AddPrimaryKey("t", pk("PRIMARY", "a")), new Op.DropPrimaryKey("t", pk("PRIMARY", "a"))));
    }

    @Test
    void dropsWithoutANameAreRefused() {
        ForeignKey fk = new ForeignKey(null, List.of("a"), "b", List.of("id"), null, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> render(new Op.DropForeignKey("t", fk)));
        assertTrue(e.getMessage().contains("needs the constraint's name"), e.getMessage());
    }

    @Test
    void newCharacterSetConvertsTheTableAndRestatesColumnsWithTheirOwn() {
        Table t = table("t", null, col("a", "varchar(10)"),
                full("b", "varchar(10)", true, null, Identity.NONE, null, null, "latin1", "latin1_bin", null),
                col("c", "text"), col("d", "longtext"));
        assertEquals(List.of("ALTER TABLE t ENGINE=Aria",
                "ALTER TABLE t CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
                "ALTER TABLE t MODIFY COLUMN b varchar(10) CHARACTER SET latin1 COLLATE latin1_bin",
                "ALTER TABLE t MODIFY COLUMN c text"),
                sql(renderer, changes(schema(t), schema(t), new Op.AlterTableOptions("t",
                        new TableOptions("InnoDB", "latin1", "latin1_swedish_ci"),
                        new TableOptions("Aria", "utf8mb4", "utf8mb4_unicode_ci")))));
        assertEquals(List.of("ALTER TABLE t CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"),
                render(new Op.AlterTableOptions("t", new TableOptions(null, null, "utf8mb4_general_ci"),
                        new TableOptions(null, null, "utf8mb4_bin"))));
    }

    @Test
    void changedCreateOptionsGoInOneStatementWithLostOnesReset() {
        TableOptions compressed = new TableOptions("InnoDB", null, null, null,
                List.of("STATS_PERSISTENT=0", "ROW_FORMAT=COMPRESSED", "KEY_BLOCK_SIZE=8"));
        TableOptions dynamic = new TableOptions("InnoDB", null, null, null, List.of("ROW_FORMAT=DYNAMIC"));
        assertEquals(List.of("ALTER TABLE t STATS_PERSISTENT=DEFAULT KEY_BLOCK_SIZE=0 ROW_FORMAT=DYNAMIC"),
                render(new Op.AlterTableOptions("t", compressed, dynamic)));
        assertEquals(List.of("ALTER TABLE t ROW_FORMAT=COMPRESSED KEY_BLOCK_SIZE=8 STATS_PERSISTENT=0"),
                render(new Op.AlterTableOptions("t", dynamic, new TableOptions("InnoDB", null, null, null,
                        List.of("ROW_FORMAT=COMPRESSED", "KEY_BLOCK_SIZE=8", "STATS_PERSISTENT=0")))));
        assertEquals(List.of("ALTER TABLE t ENGINE=MyISAM ROW_FORMAT=DEFAULT `page_compressed`=DEFAULT"),
                render(new Op.AlterTableOptions("t",
                        new TableOptions("InnoDB", null, null, null, List.of("ROW_FORMAT=DYNAMIC", "`page_compressed`='1'")),
                        new TableOptions("MyISAM", null, null))));
    }

    @Test
    void enumTypesDoNotExistSequencesAreMariadbs() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> render(new Op.CreateEnum(new EnumType("mood", List.of("a")))));
        assertTrue(e.getMessage().startsWith("MySQL/MariaDB has no enum types"), e.getMessage());
        assertEquals(List.of("DROP SEQUENCE s"), render(new Op.DropSequence(new Sequence("s", null, 1, 1, 1, 10, 1, false))));
    }

    @Test
    void viewsAndTables() {
        View v = new View("open_tickets", "select `id` AS `id` from `tickets`");
        assertEquals(List.of("CREATE VIEW open_tickets AS select `id` AS `id` from `tickets`", "DROP VIEW open_tickets",
                "DROP TABLE `order`"),
                render(new Op.CreateView(v), new Op.DropView(v), new Op.DropTable(table("order", null,
                        col("id", "int")))));
    }
}
