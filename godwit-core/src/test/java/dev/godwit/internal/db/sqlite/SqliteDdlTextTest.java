package dev.godwit.internal.db.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.godwit.internal.db.sqlite.SqliteIndexDefinition.Key;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CREATE INDEX and CREATE VIEW readers, and the type and default canonical forms. */
class SqliteDdlTextTest {

    @Test
    void indexKeysWithoutDirectionAndThePredicateAsWritten() {
        SqliteIndexDefinition d = SqliteIndexDefinition.parse("CREATE UNIQUE INDEX IF NOT EXISTS \"ix (1)\" ON "
                + "\"t(x\" (lower(email) DESC, substr(a, 1, 2), b COLLATE NOCASE ASC, c)  WHERE status <> 'closed' ");
        assertEquals(List.of(new Key("lower(email)", false), new Key("substr(a, 1, 2)", false),
                new Key("b COLLATE NOCASE", true), new Key("c", false)), d.keys());
        assertEquals("status <> 'closed'", d.where());
        assertNull(SqliteIndexDefinition.parse("CREATE INDEX i ON t (a)").where());
    }

    @Test
    void viewQueryIsTheTextAfterTheTopLevelAs() {
        assertEquals("SELECT a AS b FROM t", SqliteViewParser.query("CREATE VIEW v AS SELECT a AS b FROM t"));
        assertEquals("select 1", SqliteViewParser.query("CREATE VIEW IF NOT EXISTS \"as\" (x) as\n  select 1"));
    }

    @Test
    void typesKeepTheirSpellingWithCanonicalSpacing() {
        assertEquals("varchar(10)", SqliteTypes.canonical("varchar ( 10 )"));
        assertEquals("NUMERIC(10,2)", SqliteTypes.canonical("NUMERIC(10, 2)"));
        assertEquals("UNSIGNED BIG INT", SqliteTypes.canonical(" UNSIGNED   BIG\tINT "));
        assertEquals("BLOB", SqliteTypes.canonical(""));
    }

    @Test
    void affinityFollowsSqlitesRules() {
        assertEquals(SqliteTypes.Affinity.INTEGER, SqliteTypes.affinity("BIGINT", false));
        assertEquals(SqliteTypes.Affinity.TEXT, SqliteTypes.affinity("varchar(10)", false));
        assertEquals(SqliteTypes.Affinity.BLOB, SqliteTypes.affinity("", false));
        assertEquals(SqliteTypes.Affinity.REAL, SqliteTypes.affinity("DOUBLE PRECISION", false));
        assertEquals(SqliteTypes.Affinity.NUMERIC, SqliteTypes.affinity("DECIMAL(10,2)", false));
        assertEquals(SqliteTypes.Affinity.NUMERIC, SqliteTypes.affinity("ANY", false));
        assertEquals(SqliteTypes.Affinity.BLOB, SqliteTypes.affinity("ANY", true));
    }

    @Test
    void defaultsAreCanonical() {
        assertNull(SqliteDefaults.canonical(null, "INTEGER", false));
        assertNull(SqliteDefaults.canonical("NULL", "INTEGER", false));
        assertNull(SqliteDefaults.canonical("(null)", "TEXT", false));
        assertEquals("0", SqliteDefaults.canonical("'0'", "INTEGER", false));
        assertEquals("0", SqliteDefaults.canonical("((0))", "INTEGER", false));
        assertEquals("-1.5", SqliteDefaults.canonical("('-1.5')", "REAL", false));
        assertEquals("5", SqliteDefaults.canonical("+5", "NUMERIC", false));
        assertEquals("'0'", SqliteDefaults.canonical("'0'", "TEXT", false));
        assertEquals("'0'", SqliteDefaults.canonical("'0'", "ANY", true));
        assertEquals("0", SqliteDefaults.canonical("'0'", "ANY", false));
        assertEquals("'0x10'", SqliteDefaults.canonical("'0x10'", "INTEGER", false));
        assertEquals("0x10", SqliteDefaults.canonical("0x10", "INTEGER", false));
        assertEquals("'it''s'", SqliteDefaults.canonical("\"it's\"", "TEXT", false));
        assertEquals("'a\"b'", SqliteDefaults.canonical("'a\"b'", "TEXT", false));
        assertEquals("CURRENT_TIMESTAMP", SqliteDefaults.canonical("current_timestamp", "TEXT", false));
        assertEquals("CURRENT_DATE", SqliteDefaults.canonical("(Current_Date)", "TEXT", false));
        assertEquals("CURRENT_TIME", SqliteDefaults.canonical("current_time", "TEXT", false));
        assertEquals("1", SqliteDefaults.canonical("TRUE", "BOOLEAN", false));
        assertEquals("0", SqliteDefaults.canonical("false", "BOOLEAN", false));
        assertEquals("X'0A'", SqliteDefaults.canonical("x'0A'", "BLOB", false));
        assertEquals("(datetime('now'))", SqliteDefaults.canonical("datetime('now')", "TEXT", false));
        assertEquals("(datetime('now'))", SqliteDefaults.canonical("(datetime('now'))", "TEXT", false));
        assertEquals("(datetime('now'))", SqliteDefaults.canonical("((datetime('now')))", "TEXT", false));
        assertEquals("(1 + 2)", SqliteDefaults.canonical("(1 + 2)", "INTEGER", false));
        assertEquals("(1 + 2)", SqliteDefaults.canonical("1 + 2", "INTEGER", false));
        assertEquals("((1) + (2))", SqliteDefaults.canonical("(1) + (2)", "INTEGER", false));
    }
}
