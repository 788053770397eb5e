package dev.godwit.internal.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.internal.dialect.DialectKind;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Statement#normalized()}, {@link Statement#shortened(int)} and the transaction hint. */
class StatementTest {

    private static String norm(String sql) {
        return new Statement(sql, 1, 1).normalized();
    }

    private static List<String> normalizedScript(DialectKind kind, String script) {
        return Split.statements(kind, script).stream().map(Statement::normalized).collect(Collectors.toList());
    }

    @Test
    void collapsesWhiteSpaceAndDropsComments() {
        assertEquals("CREATE TABLE t(id INT,name TEXT)",
                norm("CREATE  TABLE t (\n\tid INT, -- key\n  name TEXT /* label */\n)"));
        assertEquals("SELECT a b", norm("SELECT a/**/b"));
        assertEquals("SELECT 1", norm("  /* lead */ SELECT -- x\n 1 -- trail"));
        assertEquals("", norm("-- only a comment"));
    }

    @Test
    void keepsQuotedTextVerbatim() {
        assertEquals("SELECT 'a  b -- c',\"x  y\",`p  q`,$$ body  /* c */ $$,E'\\'  '",
                norm("SELECT   'a  b -- c',\n \"x  y\", `p  q`,  $$ body  /* c */ $$,  E'\\'  '"));
    }

    @Test
    void lineEndingsInsideQuotedTextBecomeLf() {
        assertEquals("SELECT 'a\nb\nc'", norm("SELECT\r\n'a\r\nb\rc'"));
        assertEquals(norm("SELECT $$\nline\n$$"), norm("SELECT $$\r\nline\r\n$$"));
    }

    @Test
    void keepsExecutableCommentsAndHints() {
        assertEquals("/*!40101 SET x=1 */", norm("/*!40101 SET x=1 */"));
        assertEquals("SELECT /*+ INDEX(t i) */ * FROM t", norm("SELECT   /*+ INDEX(t i) */ *\nFROM t"));
    }

    @Test
    void reformattingLineEndingsAndCommentEditsKeepTheNormalizedForm() {
        String original = String.join("\n",
                "-- create users",
                "CREATE TABLE users (",
                "    id INT PRIMARY KEY, -- key",
                "    name VARCHAR(50) DEFAULT 'a  b'",
                ");",
                "INSERT INTO users VALUES (1, 'x');");
        String reformatted = String.join("\r\n",
                "-- Create the users table (edited comment)",
                "CREATE TABLE users",
                "(",
                "  id   INT   PRIMARY KEY,   /* primary key */",
                "  name VARCHAR(50)",
                "       DEFAULT 'a  b'",
                ")",
                ";",
                "INSERT INTO users",
                "VALUES (1, 'x');  -- seed");
        for (DialectKind kind : DialectKind.values()) {
            assertEquals(normalizedScript(kind, original.replace("TABLE users (", "TABLE users\n(")),
                    normalizedScript(kind, reformatted), kind.name());
        }
    }

    @Test
    void changingAnyTokenChangesTheNormalizedForm() {
        String base = "UPDATE t SET a = 'x y', b = \"c\" WHERE id = 1";
        List<String> variants = List.of(
                "UPDATE t SET a = 'x  y', b = \"c\" WHERE id = 1",
                "UPDATE t SET a = 'x Y', b = \"c\" WHERE id = 1",
                "UPDATE t SET a = 'x y', b = \"C\" WHERE id = 1",
                "UPDATE t SET a = 'x y', b = \"c\" WHERE id = 2",
                "UPDATE t SET a = 'x y', b = \"c\" WHERE id >= 1",
                "update t SET a = 'x y', b = \"c\" WHERE id = 1",
                "UPDATE t SET a = 'x y', b = \"c\" WHERE id = 1 + 0");
        for (String v : variants) {
            assertNotEquals(norm(base), norm(v), v);
        }
    }

    @Test
    void changesInsideDollarBodiesAreChanges() {
        assertNotEquals(norm("CREATE FUNCTION f() AS $$ SELECT 1 $$"), norm("CREATE FUNCTION f() AS $$ SELECT  1 $$"));
        assertNotEquals(norm("SELECT $t$ a -- b $t$"), norm("SELECT $t$ a -- c $t$"));
    }

    @Test
    void ambiguousBackslashKeepsTheRestVerbatim() {
        // MySQL reads 'it\'s -- x' as one string; PostgreSQL would see a comment. Keep the rest.
        String a = "INSERT INTO t VALUES ('it\\'s -- one', 1)";
        String b = "INSERT INTO t VALUES ('it\\'s -- two', 1)";
        assertNotEquals(norm(a), norm(b));
        assertEquals("INSERT INTO t VALUES('it\\'s  -- one',\n 1)", norm("INSERT   INTO t VALUES ('it\\'s  -- one',\r\n 1)  "));
        assertNotEquals(norm("SELECT \"say \\\"a  b\\\"\""), norm("SELECT \"say \\\"a b\\\"\""));
    }

    @Test
    void ambiguousNestedCommentKeepsTheRestVerbatim() {
        assertNotEquals(norm("SELECT 1 /* a /* b */ + 2 */"), norm("SELECT 1 /* a /* b */ + 3 */"));
    }

    @Test
    void hashIsNeverTreatedAsAComment() {
        assertNotEquals(norm("SELECT a #> '{x}'"), norm("SELECT a #> '{y}'"));
        assertNotEquals(norm("SELECT 5 # 3"), norm("SELECT 5 # 4"));
    }

    @Test
    void unterminatedTextIsToleratedAndKept() {
        assertEquals("SELECT 'abc  def", norm("SELECT   'abc  def"));
        assertEquals("SELECT /* x", norm("SELECT /* x"));
    }

    @Test
    void shortenedCollapsesAndCuts() {
        Statement s = new Statement("SELECT  a,\n       b\r\nFROM   t", 1, 1);
        assertEquals("SELECT a, b FROM t", s.shortened(100));
        assertEquals("SELECT a, b FROM t", s.shortened(18));
        assertEquals("SELECT a, b FRO…", s.shortened(16));
        assertEquals("…", s.shortened(1));
        assertThrows(IllegalArgumentException.class, () -> s.shortened(0));
        assertEquals("SELECT '…", new Statement("SELECT '\uD83D\uDC26'", 1, 1).shortened(9));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE INDEX CONCURRENTLY i ON t (a)",
        "create unique index concurrently if not exists i on t (a)",
        "DROP INDEX CONCURRENTLY IF EXISTS i",
        "REINDEX INDEX CONCURRENTLY i",
        "REINDEX (VERBOSE) TABLE CONCURRENTLY t",
        "CREATE DATABASE shop",
        "DROP DATABASE IF EXISTS shop",
        "VACUUM",
        "vacuum (analyze) t",
        "ALTER SYSTEM SET work_mem = '64MB'",
        "CREATE TABLESPACE fast LOCATION '/ssd'",
        "DROP TABLESPACE fast",
        "ALTER TABLE m DETACH PARTITION m_2020 CONCURRENTLY",
        "/* note */ CREATE\n  INDEX\tCONCURRENTLY i ON t (a)"
    })
    void statementsThatCannotRunInATransaction(String sql) {
        assertTrue(new Statement(sql, 1, 1).cannotRunInTransaction(), sql);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE INDEX i ON t (a)",
        "CREATE UNIQUE INDEX i ON t (concurrently)",
        "ALTER TYPE mood ADD VALUE 'meh'",
        "ALTER TABLE t ADD COLUMN a INT",
        "ALTER TABLE m DETACH PARTITION m_2020",
        "REINDEX TABLE t",
        "SELECT 'VACUUM'",
        "CREATE TABLE database (a INT)",
        "ANALYZE t",
        "-- VACUUM\nSELECT 1",
        ""
    })
    void statementsThatCanRunInATransaction(String sql) {
        assertFalse(new Statement(sql, 1, 1).cannotRunInTransaction(), sql);
    }

    @Test
    void recordBasics() {
        Statement s = new Statement("SELECT 1", 4, 2);
        assertEquals(4, s.line());
        assertEquals(2, s.index());
        assertEquals(new Statement("SELECT 1", 4, 2), s);
        assertThrows(NullPointerException.class, () -> new Statement(null, 1, 1));
    }
}
