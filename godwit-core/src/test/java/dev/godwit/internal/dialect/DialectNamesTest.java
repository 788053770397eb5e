package dev.godwit.internal.dialect;

import dev.godwit.internal.db.sqlite.SqliteDialect;
import dev.godwit.internal.db.postgres.PostgresDialect;
import dev.godwit.internal.db.mysql.MysqlDialect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one quoting rule of rendered SQL ({@link Dialect#name}) and Godwit's own always-quoted names, per dialect. */
class DialectNamesTest {

    private static final Dialect POSTGRES = new PostgresDialect();
    private static final Dialect MYSQL = new MysqlDialect();
    private static final Dialect SQLITE = new SqliteDialect();

    @Test
    void plainNamesStayBareOnEveryDialect() {
        for (Dialect dialect : List.of(POSTGRES, MYSQL, SQLITE)) {
            for (String name : List.of("tickets", "plain_name", "_x", "a1", "rowid")) {
                assertEquals(name, dialect.name(name), dialect.kind() + " " + name);
            }
        }
    }

    @Test
    void reservedWordsAreQuotedOnEveryDialect() {
        assertEquals("\"user\"", POSTGRES.name("user"));
        assertEquals("\"order\"", POSTGRES.name("order"));
        assertEquals("`order`", MYSQL.name("order"));
        assertEquals("`key`", MYSQL.name("key"));
        assertEquals("\"order\"", SQLITE.name("order"));
        assertEquals("\"without\"", SQLITE.name("without"));
    }

    @Test
    void eachDialectHasItsOwnWords() {
        assertTrue(POSTGRES.isReserved("user"));
        assertFalse(MYSQL.isReserved("user"), "MySQL and MariaDB take user as a name");
        assertEquals("user", MYSQL.name("user"));
        assertFalse(SQLITE.isReserved("user"));
        assertEquals("user", SQLITE.name("user"));
        assertTrue(MYSQL.isReserved("key"));
        assertFalse(POSTGRES.isReserved("key"));
        assertEquals("key", POSTGRES.name("key"));
    }

    @Test
    void namesThatAreNotPlainAreQuoted() {
        for (String name : List.of("Order", "Mixed Case", "1st", "a-b", "é", "")) {
            assertEquals(POSTGRES.quote(name), POSTGRES.name(name), name);
            assertEquals(MYSQL.quote(name), MYSQL.name(name), name);
            assertEquals(SQLITE.quote(name), SQLITE.name(name), name);
        }
        assertEquals("\"Order\"", POSTGRES.name("Order"));
        assertEquals("`Order`", MYSQL.name("Order"));
        assertEquals("\"Order\"", SQLITE.name("Order"));
    }

    @Test
    void quotesInsideANameAreDoubled() {
        assertEquals("\"a\"\"b\"", POSTGRES.name("a\"b"));
        assertEquals("`a``b`", MYSQL.name("a`b"));
        assertEquals("\"it's\"", SQLITE.name("it's"));
    }

    @Test
    void godwitsOwnStatementsQuoteAlways() {
        assertEquals("\"tickets\"", POSTGRES.quote("tickets"));
        assertEquals("`tickets`", MYSQL.quote("tickets"));
        assertEquals("\"tickets\"", SQLITE.quote("tickets"));
    }
}
