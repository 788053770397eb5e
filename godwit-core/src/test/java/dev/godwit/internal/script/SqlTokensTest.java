package dev.godwit.internal.script;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.internal.dialect.DialectKind;
import org.junit.jupiter.api.Test;

class SqlTokensTest {

    @Test
    void oneParenthesisedGroupIsEnclosed() {
        assertTrue(SqlTokens.isEnclosed("(price > 0)", DialectKind.POSTGRESQL));
        assertTrue(SqlTokens.isEnclosed("  ((a) + (b))  ", DialectKind.SQLITE));
        assertFalse(SqlTokens.isEnclosed("(a > 0) AND (b > 0)", DialectKind.POSTGRESQL));
        assertFalse(SqlTokens.isEnclosed("lower(email)", DialectKind.POSTGRESQL));
        assertFalse(SqlTokens.isEnclosed("(a", DialectKind.POSTGRESQL));
    }

    @Test
    void parenthesesInsideQuotesAndCommentsDoNotCount() {
        assertTrue(SqlTokens.isEnclosed("(a <> ')')", DialectKind.POSTGRESQL));
        assertTrue(SqlTokens.isEnclosed("(`a)` > 0)", DialectKind.MYSQL));
        assertTrue(SqlTokens.isEnclosed("(a <> 'it\\'s )')", DialectKind.MYSQL), "a MySQL backslash escape");
        assertTrue(SqlTokens.isEnclosed("(a <> $$)$$)", DialectKind.POSTGRESQL), "a dollar-quoted string");
        assertTrue(SqlTokens.isEnclosed("(a /* ) */ > 0)", DialectKind.SQLITE));
    }
}
