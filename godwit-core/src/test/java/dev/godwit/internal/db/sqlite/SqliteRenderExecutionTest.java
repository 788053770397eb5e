package dev.godwit.internal.db.sqlite;

import dev.godwit.internal.render.RenderedStatement;
import dev.godwit.internal.render.Renderer;
import static dev.godwit.internal.render.Fixtures.changes;
import static dev.godwit.internal.render.Fixtures.col;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.internal.diff.ChangeSet;
import dev.godwit.internal.diff.Op;
import dev.godwit.schema.CheckConstraint;
import dev.godwit.schema.Column;
import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.ForeignKeyAction;
import dev.godwit.schema.Identity;
import dev.godwit.schema.Index;
import dev.godwit.schema.Schema;
import dev.godwit.schema.Table;
import dev.godwit.schema.View;
import dev.godwit.testdb.TestDb;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rendered SQLite statements, table rebuilds above all, run on a real SQLite database with rows
 * in the tables, inside a transaction and a savepoint as Godwit runs a revision; the results read
 * back with the PRAGMA table functions.
 */
class SqliteRenderExecutionTest {

    private final Renderer renderer = new SqliteRenderer();
    private TestDb db;
    private Connection c;

    private static final Table OWNERS = table("owners", pk(null, "id"), notNull("id", "INTEGER"),
            notNull("name", "TEXT"));
    private static final Column QTY = col("qty", "TEXT");
    private static final Column NOTE = col("note", "TEXT");
    private static final Column STATUS = col("status", "TEXT");
    private static final Index BY_NAME = Index.onColumns("items_name", false, List.of("name"));
    private static final Index BY_NOTE = Index.onColumns("items_note", false, List.of("note"));
    private static final Table ITEMS = table("items", pk(null, "id"), identity("id", "INTEGER", Identity.AUTO_INCREMENT),
            col("owner_id", "INTEGER"), col("name", "TEXT"), QTY, NOTE, STATUS)
            .withIndexes(List.of(BY_NAME, BY_NOTE));
    private static final View ITEMS_VIEW = new View("items_view", "SELECT id, name, qty FROM items WHERE qty <> '0'");

    @BeforeEach
    void open() throws SQLException {
        db = TestDb.open(TestDb.Kind.SQLITE);
        c = db.connection();
        run(c, renderer.render(changes(new Op.CreateTable(OWNERS), new Op.CreateTable(ITEMS),
                new Op.CreateView(ITEMS_VIEW))));
        db.execute("INSERT INTO owners VALUES (1, 'ann'), (2, 'bob')",
                "INSERT INTO items (owner_id, name, qty, note, status) VALUES (1, 'a', '5', 'x', 'done'), "
                        + "(1, 'b', '10', NULL, NULL), (2, 'c', '0', 'y', NULL), (NULL, 'd', '7', NULL, 'open'), "
                        + "(2, 'e', '1', 'z', 'open'), (2, 'gone', '1', NULL, NULL)",
                "DELETE FROM items WHERE name = 'gone'");
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** As Godwit runs a revision on SQLite: inside BEGIN IMMEDIATE, in a savepoint. */
    private void migrate(ChangeSet changes) throws SQLException {
        List<RenderedStatement> statements = renderer.render(changes);
        TestDb.execute(c, "BEGIN IMMEDIATE", "SAVEPOINT revision");
        try {
            run(c, statements);
            TestDb.execute(c, "RELEASE revision", "COMMIT");
        } catch (SQLException | RuntimeException e) {
            TestDb.execute(c, "ROLLBACK");
            throw e;
        }
    }

    private Table itemsAfter() {
        return table("items", pk(null, "id"), identity("id", "INTEGER", Identity.AUTO_INCREMENT),
                col("owner_id", "INTEGER"), col("name", "TEXT"), col("qty", "INTEGER"),
                withDefault("status", "TEXT", false, "'new'"), withDefault("created", "TEXT", true, "CURRENT_TIMESTAMP"))
                .withForeignKeys(List.of(new ForeignKey("items_owner", List.of("owner_id"), "owners", List.of("id"),
                        ForeignKeyAction.SET_NULL, null)))
                .withChecks(List.of(new CheckConstraint("qty_positive", "qty >= 0")))
                .withIndexes(List.of(BY_NAME, Index.onColumns("items_qty", false, List.of("qty"))));
    }

    @Test
    void aRebuildKeepsEveryRowItsIndexesItsViewAndItsCounter() throws SQLException {
        Table after = itemsAfter();
        Schema from = new Schema(List.of(OWNERS, ITEMS), List.of(ITEMS_VIEW), List.of(), List.of());
        Schema to = new Schema(List.of(OWNERS, after), List.of(ITEMS_VIEW), List.of(), List.of());
        migrate(changes(from, to,
                new Op.DropIndex("items", BY_NOTE),
                new Op.DropColumn("items", NOTE),
                new Op.AlterColumn("items", QTY, col("qty", "INTEGER")),
                new Op.AlterColumn("items", STATUS, withDefault("status", "TEXT", false, "'new'")),
                new Op.AddColumn("items", withDefault("created", "TEXT", true, "CURRENT_TIMESTAMP")),
                new Op.AddForeignKey("items", after.foreignKeys().get(0)),
                new Op.AddCheck("items", after.checks().get(0)),
                new Op.CreateIndex("items", after.indexes().get(1))));

        assertEquals(List.of("1|1|a|5|integer|done", "2|1|b|10|integer|new", "3|2|c|0|integer|new",
                "4|null|d|7|integer|open", "5|2|e|1|integer|open"),
                rows(c, "SELECT id, coalesce(owner_id, 'null'), name, qty, typeof(qty), status FROM items ORDER BY id"));
        assertEquals("0", one(c, "SELECT count(*) FROM items WHERE created IS NULL"));
        assertEquals(List.of("id|INTEGER|1|null", "owner_id|INTEGER|0|null", "name|TEXT|0|null", "qty|INTEGER|0|null",
                "status|TEXT|1|'new'", "created|TEXT|0|CURRENT_TIMESTAMP"),
                rows(c, "SELECT name, type, \"notnull\", coalesce(dflt_value, 'null') FROM pragma_table_info('items')"));
        assertEquals(List.of("items_name", "items_qty"),
                rows(c, "SELECT name FROM pragma_index_list('items') ORDER BY name"));
        assertEquals("owners|owner_id|id|SET NULL", one(c, "SELECT \"table\", \"from\", \"to\", on_delete "
                + "FROM pragma_foreign_key_list('items')"));
        assertEquals(List.of("1|a|5", "2|b|10", "4|d|7", "5|e|1"), rows(c, "SELECT * FROM items_view ORDER BY id"));
        assertEquals("CREATE VIEW items_view AS SELECT id, name, qty FROM items WHERE qty <> '0'",
                one(c, "SELECT sql FROM sqlite_schema WHERE name = 'items_view'"));
        assertEquals("6", one(c, "SELECT seq FROM sqlite_sequence WHERE name = 'items'"));
        assertEquals("0", one(c, "SELECT count(*) FROM sqlite_schema WHERE name LIKE '_godwit%'"));
        assertEquals("0", one(c, "SELECT legacy_alter_table FROM pragma_legacy_alter_table"));
        assertThrows(SQLException.class, () -> TestDb.execute(c, "INSERT INTO items (name, qty) VALUES ('neg', -1)"));
        db.execute("INSERT INTO items (name, qty) VALUES ('new', 3)");
        assertEquals("7|new", one(c, "SELECT id, status FROM items WHERE name = 'new'"));
        assertEquals("ok", one(c, "PRAGMA integrity_check"));
    }

    @Test
    void aRebuildWithForeignKeysEnforcedWorksForATableNothingReferences() throws SQLException {
        db.execute("PRAGMA foreign_keys = ON");
        Table after = itemsAfter();
        migrate(changes(schema(OWNERS, ITEMS), schema(OWNERS, after),
                new Op.DropIndex("items", BY_NOTE),
                new Op.DropColumn("items", NOTE),
                new Op.AlterColumn("items", QTY, col("qty", "INTEGER")),
                new Op.AlterColumn("items", STATUS, withDefault("status", "TEXT", false, "'new'")),
                new Op.AddColumn("items", withDefault("created", "TEXT", true, "CURRENT_TIMESTAMP")),
                new Op.AddForeignKey("items", after.foreignKeys().get(0)),
                new Op.AddCheck("items", after.checks().get(0))));
        assertEquals("5", one(c, "SELECT count(*) FROM items"));
        assertEquals("owners", one(c, "SELECT \"table\" FROM pragma_foreign_key_list('items')"));
        assertEquals("1", one(c, "SELECT foreign_keys FROM pragma_foreign_keys"));
    }

    @Test
    void aRebuildThatBreaksANewForeignKeyIsRefusedAtCommit() throws SQLException {
        db.execute("PRAGMA foreign_keys = ON", "INSERT INTO items (owner_id, name) VALUES (99, 'orphan')");
        Table after = ITEMS.withForeignKeys(List.of(new ForeignKey(null, List.of("owner_id"), "owners",
                List.of("id"), null, null)));
        assertThrows(SQLException.class, () -> migrate(changes(schema(OWNERS, ITEMS), schema(OWNERS, after),
                new Op.AddForeignKey("items", after.foreignKeys().get(0)))));
        assertEquals("0", one(c, "SELECT count(*) FROM pragma_foreign_key_list('items')"));
        assertEquals("6", one(c, "SELECT count(*) FROM items"));
    }

    @Test
    void aReferencedTableIsRebuiltWithItsReferencingRowsUntouched() throws SQLException {
        Table children = table("children", null, col("owner_id", "INTEGER"), col("label", "TEXT"))
                .withForeignKeys(List.of(new ForeignKey(null, List.of("owner_id"), "owners", List.of("id"),
                        ForeignKeyAction.CASCADE, null)));
        run(c, renderer.render(changes(new Op.CreateTable(children))));
        db.execute("INSERT INTO children VALUES (1, 'one'), (2, 'two')");
        Column email = withDefault("email", "TEXT", false, "''");
        Table owners = OWNERS.withColumns(List.of(notNull("id", "INTEGER"), col("name", "TEXT"), email));
        ChangeSet change = changes(schema(OWNERS, ITEMS, children), schema(owners, ITEMS, children),
                new Op.AlterColumn("owners", OWNERS.columns().get(1), col("name", "TEXT")),
                new Op.AddColumn("owners", email));

        db.execute("PRAGMA foreign_keys = ON");
        SQLException refused = assertThrows(SQLException.class, () -> migrate(change));
        assertTrue(refused.getMessage().contains("needs PRAGMA foreign_keys = OFF"), refused.getMessage());
        assertEquals("2", one(c, "SELECT count(*) FROM children"));
        assertEquals("1", one(c, "SELECT \"notnull\" FROM pragma_table_info('owners') WHERE name = 'name'"));

        db.execute("PRAGMA foreign_keys = OFF");
        migrate(change);
        assertEquals(List.of("1|one", "2|two"), rows(c, "SELECT owner_id, label FROM children ORDER BY owner_id"));
        assertEquals(List.of("1|ann|", "2|bob|"), rows(c, "SELECT id, name, email FROM owners ORDER BY id"));
        assertEquals("0", one(c, "SELECT \"notnull\" FROM pragma_table_info('owners') WHERE name = 'name'"));
        assertEquals("0", one(c, "SELECT count(*) FROM pragma_foreign_key_check"));
        db.execute("PRAGMA foreign_keys = ON", "DELETE FROM owners WHERE id = 1");
        assertEquals(List.of("2|two"), rows(c, "SELECT owner_id, label FROM children"));
    }

    @Test
    void aNewNotNullColumnWithoutDefaultFailsOnATableWithRowsAndChangesNothing() throws SQLException {
        Column required = notNull("required", "TEXT");
        Table after = ITEMS.withColumns(List.of(ITEMS.columns().get(0), ITEMS.columns().get(1),
                ITEMS.columns().get(2), QTY, NOTE, STATUS, required));
        assertThrows(SQLException.class, () -> migrate(changes(schema(OWNERS, ITEMS), schema(OWNERS, after),
                new Op.AddColumn("items", required))));
        assertEquals("5", one(c, "SELECT count(*) FROM items"));
        assertEquals("0", one(c, "SELECT count(*) FROM pragma_table_info('items') WHERE name = 'required'"));
        assertEquals(List.of("items_name", "items_note"), rows(c, "SELECT name FROM pragma_index_list('items') ORDER BY name"));
    }

    @Test
    void primaryAndUniqueKeysChangeByRebuild() throws SQLException {
        Table before = table("pairs", null, col("a", "INTEGER"), col("b", "TEXT"));
        run(c, renderer.render(changes(new Op.CreateTable(before))));
        db.execute("INSERT INTO pairs VALUES (1, 'x'), (2, 'y')");
        Table keyed = table("pairs", pk("pairs_pk", "a", "b"), notNull("a", "INTEGER"), notNull("b", "TEXT"))
                .withUniques(List.of(new dev.godwit.schema.UniqueConstraint("pairs_b", List.of("b"))));
        migrate(changes(schema(before), schema(keyed),
                new Op.AlterColumn("pairs", col("a", "INTEGER"), notNull("a", "INTEGER")),
                new Op.AlterColumn("pairs", col("b", "TEXT"), notNull("b", "TEXT")),
                new Op.AddPrimaryKey("pairs", keyed.primaryKey()),
                new Op.AddUnique("pairs", keyed.uniques().get(0))));
        assertEquals(List.of("a|1", "b|2"), rows(c, "SELECT name, pk FROM pragma_table_info('pairs') ORDER BY name"));
        assertThrows(SQLException.class, () -> TestDb.execute(c, "INSERT INTO pairs VALUES (3, 'x')"));
        assertEquals(List.of("1|x", "2|y"), rows(c, "SELECT a, b FROM pairs ORDER BY a"));
    }

    @Test
    void keywordsAndMixedCaseSurviveARebuild() throws SQLException {
        Table order = table("Order", null, col("key", "TEXT"), col("select", "TEXT"), col("Value", "INTEGER"))
                .withIndexes(List.of(Index.onColumns("Order key", false, List.of("key"))));
        run(c, renderer.render(changes(new Op.CreateTable(order))));
        db.execute("INSERT INTO \"Order\" VALUES ('k', 's', 1)");
        Table after = order.withColumns(List.of(col("key", "TEXT"), col("Value", "INTEGER")));
        migrate(changes(schema(order), schema(after), new Op.DropColumn("Order", col("select", "TEXT"))));
        assertEquals("k|1", one(c, "SELECT \"key\", \"Value\" FROM \"Order\""));
        assertEquals("Order key", one(c, "SELECT name FROM pragma_index_list('Order')"));
    }
}
