package dev.godwit.internal.db.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.internal.db.sqlite.SqliteTableDefinition.ColumnClauses;
import dev.godwit.internal.db.sqlite.SqliteTableDefinition.NamedColumns;
import dev.godwit.internal.db.sqlite.SqliteTableDefinition.NamedForeignKey;
import dev.godwit.schema.CheckConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqliteCreateTableParserTest {

    @Test
    void readsColumnClausesAndTableConstraints() {
        SqliteTableDefinition d = SqliteCreateTableParser.parse("CREATE TABLE tickets (\n"
                + "  id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                + "  title VARCHAR(200, 3) NOT NULL COLLATE nocase,\n"
                + "  status TEXT DEFAULT 'open' CONSTRAINT ck_status CHECK (status IN ('open', 'closed')),\n"
                + "  hours REAL CHECK (hours >= 0),\n"
                + "  cost REAL GENERATED ALWAYS AS (hours * 50) STORED,\n"
                + "  len INTEGER AS (length(title)) VIRTUAL,\n"
                + "  agent_id INTEGER CONSTRAINT fk_agent REFERENCES agents (id) ON DELETE SET NULL,\n"
                + "  email TEXT CONSTRAINT uq_email UNIQUE,\n"
                + "  CONSTRAINT uq_title UNIQUE (title, status),\n"
                + "  UNIQUE (hours),\n"
                + "  CONSTRAINT fk_dept FOREIGN KEY (agent_id, len) REFERENCES \"Departments\" (a, b),\n"
                + "  CONSTRAINT ck_len CHECK ((len > 0) AND (len < f(1, 2)))\n"
                + ")");
        assertEquals(List.of(
                new ColumnClauses("id", null, true, null, false),
                new ColumnClauses("title", "nocase", false, null, false),
                new ColumnClauses("status", null, false, null, false),
                new ColumnClauses("hours", null, false, null, false),
                new ColumnClauses("cost", null, false, "hours * 50", true),
                new ColumnClauses("len", null, false, "length(title)", false),
                new ColumnClauses("agent_id", null, false, null, false),
                new ColumnClauses("email", null, false, null, false)), d.columns());
        assertNull(d.primaryKeyName());
        assertEquals(List.of(new NamedColumns("uq_email", List.of("email")),
                new NamedColumns("uq_title", List.of("title", "status")),
                new NamedColumns(null, List.of("hours"))), d.uniques());
        assertEquals(List.of(new NamedForeignKey("fk_agent", List.of("agent_id"), "agents"),
                new NamedForeignKey("fk_dept", List.of("agent_id", "len"), "Departments")), d.foreignKeys());
        assertEquals(List.of(new CheckConstraint("ck_status", "status IN ('open', 'closed')"),
                new CheckConstraint(null, "hours >= 0"),
                new CheckConstraint("ck_len", "(len > 0) AND (len < f(1, 2))")), d.checks());
        assertFalse(d.withoutRowid());
        assertFalse(d.strict());
    }

    @Test
    void namesThePrimaryKeyFromEitherPlace() {
        assertEquals("pk_a", SqliteCreateTableParser.parse("CREATE TABLE a (id INTEGER CONSTRAINT pk_a PRIMARY KEY)")
                .primaryKeyName());
        assertEquals("pk_b", SqliteCreateTableParser.parse(
                "CREATE TABLE b (x INT, y INT, CONSTRAINT \"pk_b\" PRIMARY KEY (x, y))").primaryKeyName());
        assertNull(SqliteCreateTableParser.parse("CREATE TABLE c (x INT, PRIMARY KEY (x))").primaryKeyName());
    }

    @Test
    void aConstraintNameBelongsToTheNextClauseOnly() {
        SqliteTableDefinition d = SqliteCreateTableParser.parse(
                "CREATE TABLE t (a INT CONSTRAINT nn NOT NULL CHECK (a > 0) CONSTRAINT ck CHECK (a < 9) UNIQUE)");
        assertEquals(List.of(new CheckConstraint(null, "a > 0"), new CheckConstraint("ck", "a < 9")), d.checks());
        assertEquals(List.of(new NamedColumns(null, List.of("a"))), d.uniques());
    }

    @Test
    void quotedNamesStringsAndCommentsDoNotSplitOrEndTheList() {
        SqliteTableDefinition d = SqliteCreateTableParser.parse("CREATE TABLE \"odd (name\" (\n"
                + "  \"we,ird(\" TEXT COLLATE \"NoCase\", -- a comment, with ( a comma\n"
                + "  [a b] INT /* , ) */ CHECK ([a b] <> ',)'),\n"
                + "  `c``d` TEXT DEFAULT 'x,y' CHECK (`c``d` <> 'CHECK (1)')\n"
                + ")");
        assertEquals(List.of(new ColumnClauses("we,ird(", "NoCase", false, null, false),
                new ColumnClauses("a b", null, false, null, false),
                new ColumnClauses("c`d", null, false, null, false)), d.columns());
        assertEquals(List.of(new CheckConstraint(null, "[a b] <> ',)'"),
                new CheckConstraint(null, "`c``d` <> 'CHECK (1)'")), d.checks());
    }

    @Test
    void keywordsInsideForeignKeyActionsAreNotClauses() {
        SqliteTableDefinition d = SqliteCreateTableParser.parse("CREATE TABLE t (a INT REFERENCES p ON DELETE SET DEFAULT "
                + "ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED CHECK (a > 1) COLLATE rtrim)");
        assertEquals(List.of(new CheckConstraint(null, "a > 1")), d.checks());
        assertEquals("rtrim", d.columns().get(0).collation());
        assertEquals(List.of(new NamedForeignKey(null, List.of("a"), "p", true, true)), d.foreignKeys());
    }

    @Test
    void readsTableOptions() {
        assertTrue(SqliteCreateTableParser.parse("CREATE TABLE t (a INT PRIMARY KEY) WITHOUT ROWID").withoutRowid());
        SqliteTableDefinition both = SqliteCreateTableParser.parse("CREATE TABLE t (a INT PRIMARY KEY) STRICT, WITHOUT ROWID");
        assertTrue(both.withoutRowid());
        assertTrue(both.strict());
        SqliteTableDefinition strict = SqliteCreateTableParser.parse("CREATE TABLE t (a INT) strict");
        assertTrue(strict.strict());
        assertFalse(strict.withoutRowid());
    }

    @Test
    void untypedColumnsAndTypesWithSeveralWords() {
        SqliteTableDefinition d = SqliteCreateTableParser.parse(
                "CREATE TABLE t (a, b UNSIGNED BIG INT NOT NULL, c DOUBLE PRECISION COLLATE NOCASE)");
        assertEquals(List.of("a", "b", "c"), d.columns().stream().map(ColumnClauses::name).toList());
        assertEquals("NOCASE", d.column("C").orElseThrow().collation());
    }

    @Test
    void aStatementWithoutADefinitionListGivesNothing() {
        assertEquals(SqliteTableDefinition.empty(), SqliteCreateTableParser.parse("CREATE TABLE t"));
        assertEquals(SqliteTableDefinition.empty(), SqliteCreateTableParser.parse(null));
    }

    @Test
    void foreignKeyDeferrability() {
        SqliteTableDefinition d = SqliteCreateTableParser.parse("CREATE TABLE t (\n"
                + "  a INTEGER REFERENCES p (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,\n"
                + "  b INTEGER REFERENCES p (id) NOT DEFERRABLE INITIALLY DEFERRED,\n"
                + "  c INTEGER, d INTEGER, e INTEGER,\n"
                + "  CONSTRAINT t_c FOREIGN KEY (c) REFERENCES p (id) DEFERRABLE,\n"
                + "  FOREIGN KEY (d) REFERENCES p (id) DEFERRABLE INITIALLY IMMEDIATE,\n"
                + "  FOREIGN KEY (e) REFERENCES p (id))");
        assertEquals(List.of(new NamedForeignKey(null, List.of("a"), "p", true, true),
                new NamedForeignKey(null, List.of("b"), "p", false, false),
                new NamedForeignKey("t_c", List.of("c"), "p", true, false),
                new NamedForeignKey(null, List.of("d"), "p", true, false),
                new NamedForeignKey(null, List.of("e"), "p", false, false)), d.foreignKeys());
    }
}
