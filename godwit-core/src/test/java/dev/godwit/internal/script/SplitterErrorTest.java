package dev.godwit.internal.script;

import dev.godwit.internal.db.Databases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.godwit.internal.dialect.DialectKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Unterminated constructs are errors naming the line where they started. */
class SplitterErrorTest {

    private static ScriptSyntaxException fail(DialectKind kind, String text, int firstLine) {
        ScriptSyntaxException e = assertThrows(ScriptSyntaxException.class,
                () -> StatementSplitter.split(text, firstLine, Databases.of(kind).dialect().splitterOptions()));
        assertNotNull(e.hint());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e;
    }

    @ParameterizedTest
    @EnumSource(DialectKind.class)
    void unterminatedString(DialectKind kind) {
        ScriptSyntaxException e = fail(kind, "SELECT 1;\nSELECT 'abc;\nSELECT 2;\n", 10);
        assertEquals("unterminated string literal starting at line 11", e.getMessage());
        assertEquals(11, e.line());
    }

    @ParameterizedTest
    @EnumSource(DialectKind.class)
    void unterminatedDoubleQuote(DialectKind kind) {
        ScriptSyntaxException e = fail(kind, "SELECT \"abc;\nSELECT 2;", 1);
        String what = kind == DialectKind.MYSQL ? "double-quoted string" : "quoted identifier";
        assertEquals("unterminated " + what + " starting at line 1", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(DialectKind.class)
    void unterminatedBlockComment(DialectKind kind) {
        ScriptSyntaxException e = fail(kind, "SELECT 1;\n\n/* never closed;\nSELECT 2;", 5);
        assertEquals("unterminated block comment starting at line 7", e.getMessage());
        assertEquals(7, e.line());
    }

    @Test
    void unterminatedNestedCommentInPostgres() {
        ScriptSyntaxException e = fail(DialectKind.POSTGRESQL, "/* a /* b */ SELECT 1;", 1);
        assertEquals("unterminated block comment starting at line 1", e.getMessage());
    }

    @Test
    void unterminatedDollarQuote() {
        ScriptSyntaxException e = fail(DialectKind.POSTGRESQL, "SELECT 1;\nCREATE FUNCTION f() AS $body$\nBEGIN; END;\n$other$;", 11);
        assertEquals("unterminated dollar-quoted string $body$ starting at line 12", e.getMessage());
        assertEquals("close it with $body$", e.hint());
        ScriptSyntaxException plain = fail(DialectKind.POSTGRESQL, "SELECT $$ x;", 1);
        assertEquals("unterminated dollar-quoted string $$ starting at line 1", plain.getMessage());
    }

    @Test
    void unterminatedEscapeString() {
        ScriptSyntaxException e = fail(DialectKind.POSTGRESQL, "SELECT E'it\\';", 3);
        assertEquals("unterminated escape string starting at line 3", e.getMessage());
    }

    @Test
    void unterminatedMySqlStringBecauseOfBackslash() {
        ScriptSyntaxException e = fail(DialectKind.MYSQL, "SELECT 'C:\\';\nSELECT 2;", 1);
        assertEquals("unterminated string literal starting at line 1", e.getMessage());
    }

    @Test
    void unterminatedBacktick() {
        assertEquals("unterminated backtick-quoted identifier starting at line 2",
                fail(DialectKind.MYSQL, "\nSELECT `a;", 1).getMessage());
        assertEquals("unterminated backtick-quoted identifier starting at line 1",
                fail(DialectKind.SQLITE, "SELECT `a;", 1).getMessage());
    }

    @Test
    void unterminatedBracket() {
        assertEquals("unterminated bracketed identifier starting at line 1",
                fail(DialectKind.SQLITE, "SELECT [a;", 1).getMessage());
    }

    @Test
    void unterminatedRoutineBlock() {
        ScriptSyntaxException e = fail(DialectKind.MYSQL,
                "SELECT 1;\nCREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n", 1);
        assertEquals("unterminated BEGIN block starting at line 3: no matching END", e.getMessage());
        assertEquals(3, e.line());
        ScriptSyntaxException trig = fail(DialectKind.SQLITE,
                "CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1;", 4);
        assertEquals(4, trig.line());
    }

    @Test
    void missingEndIfReportsTheOuterBlock() {
        ScriptSyntaxException e = fail(DialectKind.MYSQL,
                "CREATE PROCEDURE p()\nBEGIN\n  IF 1 THEN SELECT 1;\nEND;", 1);
        assertEquals("unterminated BEGIN block starting at line 2: no matching END", e.getMessage());
    }

    @Test
    void unterminatedLoop() {
        ScriptSyntaxException e = fail(DialectKind.MYSQL, "CREATE PROCEDURE p() l: LOOP SELECT 1;", 1);
        assertEquals("unterminated LOOP block starting at line 1: no matching END LOOP", e.getMessage());
    }
}
