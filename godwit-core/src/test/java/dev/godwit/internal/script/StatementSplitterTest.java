package dev.godwit.internal.script;

import dev.godwit.internal.db.Databases;
import static dev.godwit.internal.script.Split.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.internal.dialect.DialectKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Behaviour shared by all dialects: terminators, quotes, comments, line and index numbers. */
class StatementSplitterTest {

    @ParameterizedTest
    @EnumSource(DialectKind.class)
    void splitsOnSemicolons(DialectKind kind) {
        assertEquals(List.of("SELECT 1", "SELECT 2", "SELECT 3"),
                Split.sql(kind, "SELECT 1; SELECT 2;\nSELECT 3;"));
    }

    @ParameterizedTest
    @EnumSource(DialectKind.class)
    void lastStatementNeedsNoTerminator(DialectKind kind) {
        assertEquals(List.of("SELECT 1", "SELECT 2"), Split.sql(kind, "SELECT 1;\nSELECT 2\n"));
        assertEquals(List.of("SELECT 1"), Split.sql(kind, "SELECT 1"));
    }

    @ParameterizedTest
    @EnumSource(DialectKind.class)
    void emptyAndBlankInputGiveNothing(DialectKind kind) {
        assertEquals(List.of(), Split.sql(kind, ""));
        assertEquals(List.of(), Split.sql(kind, "  \n\t\r\n  "));
        assertEquals(List.of(), Split.sql(kind, ";;\n ; ;"));
    }

    @ParameterizedTest
    @EnumSource(DialectKind.class)
    void commentOnlyInputGivesNoStatements(DialectKind kind) {
        assertEquals(List.of(), Split.sql(kind, "-- just a note\n/* and a\nblock comment */\n-- ; still a comment\n"));
        assertEquals(List.of(), Split.sql(kind, "-- a;\n;\n/* b; */ ;"));
    }

    @ParameterizedTest
    @EnumSource(DialectKind.class)
    void statementTextIsTrimmedWithoutTerminatorOrLeadingComments(DialectKind kind) {
        List<String> sql = Split.sql(kind, lines(
                "-- create the table",
                "  CREATE TABLE t (",
                "    id INT -- the key",
                "  )  ;  ",
                "/* trailing */"));
        assertEquals(List.of("CREATE TABLE t (\n    id INT -- the key\n  )"), sql);
    }

    @ParameterizedTest
    @EnumSource(DialectKind.class)
    void emptyStatementsBetweenTerminatorsAreSkipped(DialectKind kind) {
        List<Statement> s = Split.statements(kind, "SELECT 1;;; ;\nSELECT 2;");
        assertEquals(2, s.size());
        assertEquals(1, s.get(0).index());
        assertEquals(2, s.get(1).index());
    }

    @ParameterizedTest
    @EnumSource(DialectKind.class)
    void semicolonsInsideQuotesAndCommentsDoNotSplit(DialectKind kind) {
        String text = lines(
                "INSERT INTO t VALUES ('a;b', 'it''s; ok'); -- c; d",
                "SELECT \"x;y\" FROM t /* ; */ WHERE a = ';';",
                "/* ; */ SELECT 3");
        assertEquals(List.of(
                        "INSERT INTO t VALUES ('a;b', 'it''s; ok')",
                        "SELECT \"x;y\" FROM t /* ; */ WHERE a = ';'",
                        "SELECT 3"),
                Split.sql(kind, text));
    }

    @ParameterizedTest
    @EnumSource(DialectKind.class)
    void doubledQuotesStayInsideTheirToken(DialectKind kind) {
        assertEquals(List.of("SELECT 'a'';b'", "SELECT 2"), Split.sql(kind, "SELECT 'a'';b'; SELECT 2"));
        assertEquals(List.of("SELECT \"a\"\";b\"", "SELECT 2"), Split.sql(kind, "SELECT \"a\"\";b\"; SELECT 2"));
        assertEquals(List.of("SELECT ''", "SELECT ''''"), Split.sql(kind, "SELECT '';SELECT ''''"));
    }

    @ParameterizedTest
    @EnumSource(DialectKind.class)
    void quoteCharactersInsideCommentsAreIgnored(DialectKind kind) {
        assertEquals(List.of("SELECT 1", "SELECT 2"),
                Split.sql(kind, "SELECT 1; -- don't\nSELECT 2; /* it's \" */"));
    }

    @ParameterizedTest
    @EnumSource(DialectKind.class)
    void commentMarkersInsideStringsAreText(DialectKind kind) {
        assertEquals(List.of("SELECT '-- not a comment; really'", "SELECT '/* nor; this'"),
                Split.sql(kind, "SELECT '-- not a comment; really'; SELECT '/* nor; this';"));
    }

    @ParameterizedTest
    @EnumSource(DialectKind.class)
    void lineIsTheFirstSignificantCharactersLine(DialectKind kind) {
        String text = lines(
                "",                       // 10
                "-- comment",             // 11
                "/* block",               // 12
                "   comment */",          // 13
                "  SELECT 1;  SELECT",    // 14
                "  2;",                   // 15
                "",                       // 16
                "  ",                     // 17
                "SELECT 'multi",          // 18
                "line';",                 // 19
                "SELECT 4");              // 20
        List<Statement> s = StatementSplitter.split(text, 10, Databases.of(kind).dialect().splitterOptions());
        assertEquals(4, s.size());
        assertEquals(List.of(14, 14, 18, 20), s.stream().map(Statement::line).toList());
        assertEquals(List.of(1, 2, 3, 4), s.stream().map(Statement::index).toList());
    }

    @ParameterizedTest
    @EnumSource(DialectKind.class)
    void crlfAndLoneCrCountAsOneLineBreakEach(DialectKind kind) {
        List<Statement> crlf = StatementSplitter.split("SELECT 1;\r\n\r\nSELECT 2;\r\nSELECT\r\n3;",
                1, Databases.of(kind).dialect().splitterOptions());
        assertEquals(List.of(1, 3, 4), crlf.stream().map(Statement::line).toList());
        assertEquals("SELECT\r\n3", crlf.get(2).sql());
        List<Statement> cr = StatementSplitter.split("SELECT 1;\r\rSELECT 2;", 1, Databases.of(kind).dialect().splitterOptions());
        assertEquals(List.of(1, 3), cr.stream().map(Statement::line).toList());
    }

    @ParameterizedTest
    @EnumSource(DialectKind.class)
    void lineNumbersAfterMultiLineCommentsAndStrings(DialectKind kind) {
        String text = "/*\n\n*/ SELECT '\n\n'; -- x\n\nSELECT \"a\nb\";";
        List<Statement> s = StatementSplitter.split(text, 1, Databases.of(kind).dialect().splitterOptions());
        assertEquals(List.of(3, 7), s.stream().map(Statement::line).toList());
    }

    @ParameterizedTest
    @EnumSource(DialectKind.class)
    void topLevelTransactionStatementsAreNotBlocks(DialectKind kind) {
        assertEquals(List.of("BEGIN", "INSERT INTO t VALUES (1)", "COMMIT"),
                Split.sql(kind, "BEGIN;\nINSERT INTO t VALUES (1);\nCOMMIT;"));
        assertEquals(List.of("BEGIN TRANSACTION", "UPDATE t SET a = 1", "END"),
                Split.sql(kind, "BEGIN TRANSACTION; UPDATE t SET a = 1; END;"));
    }

    @ParameterizedTest
    @EnumSource(DialectKind.class)
    void caseExpressionsOutsideRoutinesDoNotHoldSemicolons(DialectKind kind) {
        assertEquals(List.of("SELECT CASE WHEN a THEN 1 ELSE 0 END FROM t", "SELECT 2"),
                Split.sql(kind, "SELECT CASE WHEN a THEN 1 ELSE 0 END FROM t; SELECT 2;"));
    }

    @ParameterizedTest
    @EnumSource(DialectKind.class)
    void keywordLikeIdentifiersDoNotOpenBlocks(DialectKind kind) {
        String text = lines(
                "CREATE TABLE events (begin_date DATE, end_at DATE, case_id INT, if_flag INT, loop_no INT);",
                "INSERT INTO events (begin_date, end_at) VALUES ('BEGIN', 'END');",
                "SELECT 1;");
        assertEquals(3, Split.sql(kind, text).size());
    }

    @ParameterizedTest
    @EnumSource(DialectKind.class)
    void nonAsciiTextIsKept(DialectKind kind) {
        assertEquals(List.of("INSERT INTO t VALUES ('héllo; wörld 🐦')", "SELECT 'ß'"),
                Split.sql(kind, "INSERT INTO t VALUES ('héllo; wörld 🐦'); SELECT 'ß'"));
    }

    @ParameterizedTest
    @EnumSource(DialectKind.class)
    void splittingAHugeScriptIsLinear(DialectKind kind) {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            big.append("-- row ").append(i).append("\nINSERT INTO t VALUES (").append(i)
                    .append(", 'text; with '' quotes', \"id\"); /* c */\n");
        }
        String text = big.toString();
        List<Statement> s = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> StatementSplitter.split(text, 1, Databases.of(kind).dialect().splitterOptions()));
        assertEquals(20_000, s.size());
        assertEquals(40_000, s.get(19_999).line());
    }

    @ParameterizedTest
    @EnumSource(DialectKind.class)
    void longUnbrokenStringsAndCommentsAreLinear(DialectKind kind) {
        String quote = "SELECT '" + "x".repeat(2_000_000) + "';";
        String comment = "/*" + "*".repeat(2_000_000) + "*/ SELECT 1;";
        String dashes = "-".repeat(2_000_001) + "\nSELECT 1;";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertEquals(1, StatementSplitter.split(quote, 1, Databases.of(kind).dialect().splitterOptions()).size());
            assertEquals(1, StatementSplitter.split(comment, 1, Databases.of(kind).dialect().splitterOptions()).size());
            assertTrue(StatementSplitter.split(dashes, 1, Databases.of(kind).dialect().splitterOptions()).size() >= 1);
        });
    }

    @ParameterizedTest
    @EnumSource(DialectKind.class)
    void manyNestedBlocksAreLinear(DialectKind kind) {
        String body = "CREATE TRIGGER t AFTER INSERT ON a BEGIN "
                + "SELECT CASE WHEN 1 THEN ".repeat(5_000) + "1" + " END".repeat(5_000) + "; END;"
                + "SELECT 2;";
        List<Statement> s = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> StatementSplitter.split(body, 1, Databases.of(kind).dialect().splitterOptions()));
        assertEquals(2, s.size());
    }
}
