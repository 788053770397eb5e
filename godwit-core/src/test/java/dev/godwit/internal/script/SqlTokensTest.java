package dev.godwit.internal.script;

import dev.godwit.internal.db.mysql.MysqlDialect;
import dev.godwit.internal.db.postgres.PostgresDialect;
import dev.godwit.internal.db.sqlite.SqliteDialect;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SqlTokensTest {

    @Test
    void oneParenthesisedGroupIsEnclosed() {
        assertTrue(SqlTokens.isEnclosed("(price > 0)", PostgresDialect.SPLITTER_OPTIONS));
        assertTrue(SqlTokens.isEnclosed("  ((a) + (b))  ", SqliteDialect.SPLITTER_OPTIONS));
        assertFalse(SqlTokens.isEnclosed("(a > 0) AND (b > 0)", PostgresDialect.SPLITTER_OPTIONS));
        assertFalse(SqlTokens.isEnclosed("lower(email)", PostgresDialect.SPLITTER_OPTIONS));
        assertFalse(SqlTokens.isEnclosed("(a", PostgresDialect.SPLITTER_OPTIONS));
    }

    @Test
    void parenthesesInsideQuotesAndCommentsDoNotCount() {
        assertTrue(SqlTokens.isEnclosed("(a <> ')')", PostgresDialect.SPLITTER_OPTIONS));
        assertTrue(SqlTokens.isEnclosed("(`a)` > 0)", MysqlDialect.SPLITTER_OPTIONS));
        assertTrue(SqlTokens.isEnclosed("(a <> 'it\\'s )')", MysqlDialect.SPLITTER_OPTIONS), "a MySQL backslash escape");
        assertTrue(SqlTokens.isEnclosed("(a <> $$)$$)", PostgresDialect.SPLITTER_OPTIONS), "a dollar-quoted string");
        assertTrue(SqlTokens.isEnclosed("(a /* ) */ > 0)", SqliteDialect.SPLITTER_OPTIONS));
    }
}
