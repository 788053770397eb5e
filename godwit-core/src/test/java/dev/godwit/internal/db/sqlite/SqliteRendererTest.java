package dev.godwit.internal.db.sqlite;

import dev.godwit.internal.render.RenderedStatement;
import dev.godwit.internal.render.Renderer;
import static dev.godwit.internal.render.Fixtures.changes;
import static dev.godwit.internal.render.Fixtures.col;
import static dev.godwit.internal.render.Fixtures.full;
import static dev.godwit.internal.render.Fixtures.generated;
import static dev.godwit.internal.render.Fixtures.identity;
import static dev.godwit.internal.render.Fixtures.notNull;
import static dev.godwit.internal.render.Fixtures.pk;
import static dev.godwit.internal.render.Fixtures.schema;
import static dev.godwit.internal.render.Fixtures.sql;
import static dev.godwit.internal.render.Fixtures.table;
import static dev.godwit.internal.render.Fixtures.virtualGenerated;
import static dev.godwit.internal.render.Fixtures.withDefault;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.internal.db.sqlite.SqliteDialect;
import dev.godwit.internal.diff.Op;
import dev.godwit.schema.CheckConstraint;
import dev.godwit.schema.Column;
import dev.godwit.schema.EnumType;
import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.ForeignKeyAction;
import dev.godwit.schema.Identity;
import dev.godwit.schema.Index;
import dev.godwit.schema.IndexKey;
import dev.godwit.schema.Table;
import dev.godwit.schema.TableOptions;
import dev.godwit.schema.UniqueConstraint;
import dev.godwit.schema.View;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqliteRendererTest {

    private final Renderer renderer = new SqliteRenderer();

    private List<String> render(Op... ops) {
        return sql(renderer, changes(ops));
    }

    @Test
    void createTableWritesEverythingInline() {
        Table items = table("items",
                List.of(identity("id", "INTEGER", Identity.AUTO_INCREMENT),
                        full("name", "TEXT", false, "''", Identity.NONE, null, "ignored", null, "NOCASE", null),
                        notNull("owner_id", "INTEGER"),
                        col("price", "REAL"),
                        virtualGenerated("doubled", "REAL", "price * 2"),
                        generated("tripled", "REAL", "price * 3"),
                        withDefault("created", "TEXT", true, "CURRENT_TIMESTAMP")),
                pk("items_pk", "id"),
                List.of(new ForeignKey(null, List.of("owner_id"), "owners", List.of("id"), ForeignKeyAction.CASCADE,
                        null)),
                List.of(new Index("items_name", false, List.of(IndexKey.column("name"),
                        new IndexKey("price", null, true, null)), "price > 0", null),
                        new Index("items_lower", true, List.of(IndexKey.expression("lower(name)")), null, null)),
                List.of(new UniqueConstraint("items_owner_name", List.of("owner_id", "name"))),
                List.of(new CheckConstraint(null, "price >= 0")), "a comment SQLite cannot keep", TableOptions.NONE);
        assertEquals(List.of("""
                CREATE TABLE items (
                    id INTEGER CONSTRAINT items_pk PRIMARY KEY AUTOINCREMENT NOT NULL,
                    name TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
                    owner_id INTEGER NOT NULL,
                    price REAL,
                    doubled REAL GENERATED ALWAYS AS (price * 2) VIRTUAL,
                    tripled REAL GENERATED ALWAYS AS (price * 3) STORED,
                    created TEXT DEFAULT CURRENT_TIMESTAMP,
                    CONSTRAINT items_owner_name UNIQUE (owner_id, name),
                    FOREIGN KEY (owner_id) REFERENCES owners (id) ON DELETE CASCADE,
                    CHECK (price >= 0)
                )""",
                "CREATE UNIQUE INDEX items_lower ON items (lower(name))",
                "CREATE INDEX items_name ON items (name, price DESC) WHERE price > 0"),
                render(new Op.CreateTable(items)));
    }

    @Test
    void compositeKeysAndKeywordsAsNames() {
        Table t = table("group", pk(null, "key", "b"), notNull("key", "TEXT"), notNull("b", "TEXT"),
                col("Mixed", "TEXT"));
        assertEquals(List.of("""
                CREATE TABLE "group" (
                    "key" TEXT NOT NULL,
                    b TEXT NOT NULL,
                    "Mixed" TEXT,
                    PRIMARY KEY ("key", b)
                )"""), render(new Op.CreateTable(t)));
    }

    @Test
    void columnsSQLiteTakesAreAddedInPlace() {
        assertEquals(List.of("ALTER TABLE t ADD COLUMN a TEXT",
                "ALTER TABLE t ADD COLUMN b INTEGER NOT NULL DEFAULT 0",
                "ALTER TABLE t ADD COLUMN c REAL GENERATED ALWAYS AS (x + 1) VIRTUAL"),
                sql(renderer, changes(schema(table("t", null, col("x", "REAL"))), schema(),
                        new Op.AddColumn("t", col("a", "TEXT")),
                        new Op.AddColumn("t", withDefault("b", "INTEGER", false, "0")),
                        new Op.AddColumn("t", virtualGenerated("c", "REAL", "x + 1")))));
    }

    @Test
    void whatAddColumnCannotTake() {
        assertFalse(SqliteColumns.addableInPlace(notNull("a", "TEXT")));
        assertFalse(SqliteColumns.addableInPlace(withDefault("a", "TEXT", false, "NULL")));
        assertFalse(SqliteColumns.addableInPlace(withDefault("a", "TEXT", true, "CURRENT_TIMESTAMP")));
        assertFalse(SqliteColumns.addableInPlace(withDefault("a", "TEXT", true, "(datetime('now'))")));
        assertFalse(SqliteColumns.addableInPlace(generated("a", "REAL", "x + 1")));
        assertFalse(SqliteColumns.addableInPlace(identity("a", "INTEGER", Identity.AUTO_INCREMENT)));
        assertTrue(SqliteColumns.addableInPlace(withDefault("a", "TEXT", true, "'x'")));
        assertTrue(SqliteColumns.addableInPlace(withDefault("a", "INTEGER", false, "-1")));
    }

    @Test
    void oneRebuildCarriesEveryChangeOfItsTableWhereTheFirstStood() {
        Column name = col("name", "TEXT");
        Column old = col("old", "TEXT");
        Index byName = Index.onColumns("t_name", false, List.of("name"));
        Index byOld = Index.onColumns("t_old", false, List.of("old"));
        Index byAge = Index.onColumns("t_age", false, List.of("age"));
        Table from = table("t", pk(null, "id"), notNull("id", "INTEGER"), name, old)
                .withIndexes(List.of(byName, byOld));
        Column newName = withDefault("name", "TEXT", false, "''");
        Column age = withDefault("age", "INTEGER", true, "0");
        Table to = table("t", pk(null, "id"), notNull("id", "INTEGER"), newName, age)
                .withIndexes(List.of(byName, byAge));
        Table other = table("other", null, col("a", "TEXT"));
        Op dropOld = new Op.DropColumn("t", old);
        Op alterName = new Op.AlterColumn("t", name, newName);
        Op addAge = new Op.AddColumn("t", age);
        Op dropIndex = new Op.DropIndex("t", byOld);
        Op createIndex = new Op.CreateIndex("t", byAge);
        Op createOther = new Op.CreateTable(other);
        Op comment = new Op.AlterTableComment("t", null, "x");
        List<RenderedStatement> statements = renderer.render(changes(schema(from), schema(to, other),
                createOther, addAge, dropOld, dropIndex, alterName, createIndex, comment));
        assertEquals(List.of("""
                CREATE TABLE other (
                    a TEXT
                )""",
                "PRAGMA defer_foreign_keys = ON",
                """
                CREATE TABLE _godwit_new_t (
                    id INTEGER NOT NULL,
                    name TEXT NOT NULL DEFAULT '',
                    age INTEGER DEFAULT 0,
                    PRIMARY KEY (id)
                )""",
                "INSERT INTO _godwit_new_t (id, name) SELECT id, coalesce(name, '') FROM t",
                "DROP TABLE t",
                "PRAGMA legacy_alter_table = ON",
                "ALTER TABLE _godwit_new_t RENAME TO t",
                "PRAGMA legacy_alter_table = OFF",
                "CREATE INDEX t_name ON t (name)",
                "CREATE INDEX t_age ON t (age)"), statements.stream().map(RenderedStatement::sql).toList());
        assertEquals(List.of(addAge, dropOld, dropIndex, alterName, comment), statements.get(1).ops());
        assertEquals(List.of(createIndex), statements.get(9).ops());
    }

    @Test
    void aColumnAddedInPlaceStaysInPlaceWhenItsTableIsNotRebuilt() {
        Table t = table("t", null, col("a", "TEXT"));
        Table u = table("u", null, col("a", "TEXT"));
        List<String> sql = sql(renderer, changes(schema(t, u), schema(t, u.withColumns(List.of(col("a", "INTEGER")))),
                new Op.AddColumn("t", col("b", "TEXT")), new Op.AlterColumn("u", col("a", "TEXT"), col("a", "INTEGER"))));
        assertEquals("ALTER TABLE t ADD COLUMN b TEXT", sql.get(0));
        assertEquals("ALTER TABLE _godwit_new_u RENAME TO u", sql.get(6));
    }

    @Test
    void aReferencedTableIsGuardedAgainstEnforcedForeignKeys() {
        Table parent = table("parent", pk(null, "id"), notNull("id", "INTEGER"), col("a", "TEXT"));
        Table child = table("child", null, col("parent_id", "INTEGER")).withForeignKeys(List.of(
                new ForeignKey(null, List.of("parent_id"), "parent", List.of("id"), null, null)));
        Table newParent = table("parent", pk(null, "id"), notNull("id", "INTEGER"));
        List<String> sql = sql(renderer, changes(schema(parent, child), schema(newParent, child),
                new Op.DropColumn("parent", col("a", "TEXT"))));
        assertTrue(sql.get(0).startsWith("CREATE TEMP TABLE _godwit_guard (foreign_keys INTEGER CONSTRAINT "
                + "\"rebuilding table parent needs PRAGMA foreign_keys = OFF"), sql.get(0));
        assertEquals("INSERT INTO temp._godwit_guard SELECT foreign_keys FROM pragma_foreign_keys", sql.get(1));
        assertEquals("DROP TABLE temp._godwit_guard", sql.get(2));
        assertEquals("PRAGMA defer_foreign_keys = ON", sql.get(3));
    }

    @Test
    void changesToATableTheChangeSetDropsGoWithTheDrop() {
        ForeignKey fk = new ForeignKey(null, List.of("parent_id"), "parent", List.of("id"), null, null);
        Table child = table("child", null, col("parent_id", "INTEGER")).withForeignKeys(List.of(fk));
        Op dropKey = new Op.DropForeignKey("child", fk);
        Op dropTable = new Op.DropTable(child);
        List<RenderedStatement> statements = renderer.render(changes(schema(child), schema(), dropKey, dropTable));
        assertEquals(List.of("DROP TABLE child"), statements.stream().map(RenderedStatement::sql).toList());
        assertEquals(List.of(dropKey, dropTable), statements.get(0).ops());
    }

    @Test
    void anAutoincrementTableKeepsItsCounter() {
        Column id = identity("id", "INTEGER", Identity.AUTO_INCREMENT);
        Table from = table("t", pk(null, "id"), id, col("a", "TEXT"));
        Table to = table("t", pk(null, "id"), id);
        List<String> sql = sql(renderer, changes(schema(from), schema(to), new Op.DropColumn("t", col("a", "TEXT"))));
        assertEquals("INSERT INTO sqlite_sequence (name, seq) SELECT '_godwit_new_t', seq FROM sqlite_sequence "
                + "WHERE name = 't'", sql.get(2));
    }

    @Test
    void commentsOptionsAndViews() {
        View v = new View("v", "SELECT 1");
        assertEquals(List.of("CREATE VIEW v AS SELECT 1", "DROP VIEW v", "DROP INDEX i", "DROP TABLE t"),
                render(new Op.AlterTableComment("t", null, "x"), new Op.AlterTableOptions("t", TableOptions.NONE,
                        TableOptions.NONE), new Op.CreateView(v), new Op.DropView(v),
                        new Op.DropIndex("t", Index.onColumns("i", false, List.of("a"))),
                        new Op.DropTable(table("t", null, col("a", "TEXT")))));
    }

    @Test
    void enumTypesDoNotExist() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> render(new Op.CreateEnum(new EnumType("mood", List.of("a")))));
        assertTrue(e.getMessage().startsWith("SQLite has no enum types"), e.getMessage());
    }

    @Test
    void everyKeywordIsQuoted() {
        assertTrue(List.of("abort", "without", "autoincrement", "generated", "key", "action", "replace").stream()
                .allMatch(new SqliteDialect()::isReserved));
        assertEquals("\"without\"", new SqliteDialect().name("without"));
        assertEquals("rowid", new SqliteDialect().name("rowid"));
    }
}
