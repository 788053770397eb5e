package dev.godwit.internal.db.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** CHECK expressions written with and without parentheses around the whole read the same. */
class SqliteCheckUnwrapTest {

    @Test
    void outerParenthesesAreDropped() {
        assertEquals("kind in ('A','B')", SqliteCreateTableParser.unwrapped("(kind in ('A','B'))"));
        assertEquals("x >= 0", SqliteCreateTableParser.unwrapped(" ((x >= 0)) "));
    }

    @Test
    void parenthesesAroundPartsStay() {
        assertEquals("(a > 0) or (b > 0)", SqliteCreateTableParser.unwrapped("(a > 0) or (b > 0)"));
        assertEquals("(a = ')') or (b = '(')", SqliteCreateTableParser.unwrapped("(a = ')') or (b = '(')"));
    }
}
