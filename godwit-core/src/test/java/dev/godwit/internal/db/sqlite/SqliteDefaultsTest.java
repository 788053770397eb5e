package dev.godwit.internal.db.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** How a SQLite default is compared (canonical) and how it is written back (spelling). */
class SqliteDefaultsTest {

    @Test
    void quotedAndBareNumbersAreTheSameValueOnlyWhereAffinityMakesThemSo() {
        assertEquals(SqliteDefaults.canonical("0", "INTEGER", false), SqliteDefaults.canonical("'0'", "INTEGER", false));
        assertEquals(SqliteDefaults.canonical("0", "TEXT", false), SqliteDefaults.canonical("'0'", "TEXT", false));
        assertEquals(SqliteDefaults.canonical("0", "VARCHAR(5)", false), SqliteDefaults.canonical("'0'", "VARCHAR(5)", false));
        assertNotEquals(SqliteDefaults.canonical("0", "BLOB", false), SqliteDefaults.canonical("'0'", "BLOB", false));
        assertNotEquals(SqliteDefaults.canonical("0", "", false), SqliteDefaults.canonical("'0'", "", false));
        assertNotEquals(SqliteDefaults.canonical("0", "ANY", true), SqliteDefaults.canonical("'0'", "ANY", true));
        assertNotEquals(SqliteDefaults.canonical("1.50", "TEXT", false), SqliteDefaults.canonical("'1.50'", "TEXT", false),
                "1.50 is stored as the text 1.5");
        assertNull(SqliteDefaults.canonical("NULL", "TEXT", false));
    }

    @Test
    void theSpellingIsWhatPragmaReportedAndValidAfterDefault() {
        assertEquals("'0'", SqliteDefaults.spelling("'0'"));
        assertEquals("NULL", SqliteDefaults.spelling("NULL"));
        assertEquals("-1", SqliteDefaults.spelling("-1"));
        assertEquals("current_timestamp", SqliteDefaults.spelling("current_timestamp"));
        assertEquals("(datetime('now'))", SqliteDefaults.spelling("datetime('now')"));
        assertEquals("((1+2))", SqliteDefaults.spelling("(1+2)"));
        assertNull(SqliteDefaults.spelling(null));
    }
}
