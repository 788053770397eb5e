package dev.godwit.cli.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQLite dump's CHECK lines: spelling aside, a lost or changed check must show. */
class SqliteChecksTest {

    @Test
    void columnAndTableChecksWithTheirNames() {
        String sql = """
                CREATE TABLE "t" (
                    id INTEGER PRIMARY KEY, -- a comment with CHECK (x)
                    "status" TEXT CHECK ("status" IN ('a', 'b)')),
                    n INT CONSTRAINT n_positive CHECK(n>0),
                    /* CHECK (y) */ CONSTRAINT [pair] CHECK ((n < 10) AND status IS NOT NULL)
                )""";
        assertEquals(List.of("  check (statusin('a','b)'))", "  check n_positive: (n>0)",
                "  check pair: ((n<10)andstatusisnotnull)"), SqliteChecks.of(sql));
    }

    @Test
    void spellingsOfOneCheckAreEqualAndAnotherCheckIsNot() {
        assertEquals(SqliteChecks.of("CREATE TABLE t (a INT CHECK (a > 0))"),
                SqliteChecks.of("create table t (a int,\n  check ( \"A\" >0 ))"));
        assertNotEquals(SqliteChecks.of("CREATE TABLE t (a INT CHECK (a > 0))"),
                SqliteChecks.of("CREATE TABLE t (a INT CHECK (a >= 0))"));
        assertNotEquals(SqliteChecks.of("CREATE TABLE t (a TEXT CHECK (a = 'X'))"),
                SqliteChecks.of("CREATE TABLE t (a TEXT CHECK (a = 'x'))"));
        assertEquals(List.of(), SqliteChecks.of("CREATE TABLE t (checked INT, \"check\" TEXT)"));
    }
}
