package dev.godwit.internal.script;

import static dev.godwit.internal.script.Split.lines;
import static dev.godwit.internal.script.Split.sqlite;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.internal.dialect.DialectKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SQLite lexing: [bracketed] and `backtick` identifiers, trigger bodies. */
class SqliteSplitterTest {

    @Test
    void bracketedIdentifiers() {
        assertEquals(List.of("SELECT [a;b], [x'y] FROM [t]", "SELECT 2"), sqlite("SELECT [a;b], [x'y] FROM [t]; SELECT 2"));
    }

    @Test
    void backtickIdentifiers() {
        assertEquals(List.of("SELECT `a;b``c` FROM t", "SELECT 2"), sqlite("SELECT `a;b``c` FROM t; SELECT 2"));
    }

    @Test
    void backslashIsPlainText() {
        assertEquals(List.of("SELECT 'C:\\'", "SELECT 2"), sqlite("SELECT 'C:\\'; SELECT 2"));
    }

    @Test
    void hashAndDollarAreNotSpecial() {
        assertEquals(List.of("SELECT $x, :y, @z, ?1 FROM t", "SELECT 2"), sqlite("SELECT $x, :y, @z, ?1 FROM t; SELECT 2"));
        assertEquals(List.of("SELECT $$", "SELECT 2"), sqlite("SELECT $$; SELECT 2"));
    }

    @Test
    void blockCommentsDoNotNest() {
        assertEquals(List.of("SELECT 1", "SELECT 2"), sqlite("/* a /* b */ SELECT 1; SELECT 2"));
    }

    @Test
    void triggerBodyHoldsSemicolons() {
        String trig = lines(
                "CREATE TRIGGER users_ai AFTER INSERT ON users",
                "WHEN new.email IS NOT NULL",
                "BEGIN",
                "  INSERT INTO audit (what) VALUES ('insert; user');",
                "  UPDATE stats SET n = n + 1;",
                "  SELECT RAISE(ABORT, 'no; way') WHERE new.begin_date > new.end_date;",
                "END").strip();
        assertEquals(List.of(trig, "SELECT 1"), sqlite(trig + ";\nSELECT 1;"));
    }

    @Test
    void triggerBodyWithCaseExpressions() {
        String trig = "CREATE TEMP TRIGGER IF NOT EXISTS t AFTER UPDATE ON a BEGIN UPDATE b SET x = CASE WHEN new.y THEN 1 ELSE CASE WHEN new.z THEN 2 END END; DELETE FROM c; END";
        assertEquals(List.of(trig, "SELECT 1"), sqlite(trig + "; SELECT 1;"));
    }

    @Test
    void endAsColumnNameAfterDot() {
        String trig = "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET e = new.end, s = new.begin; END";
        assertEquals(List.of(trig, "SELECT 1"), sqlite(trig + "; SELECT 1;"));
    }

    @Test
    void quotedKeywordsInTriggerBody() {
        String trig = "CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO \"end\" ([begin], `case`) VALUES ('END', 'BEGIN'); END";
        assertEquals(List.of(trig, "SELECT 1"), sqlite(trig + "; SELECT 1;"));
    }

    @Test
    void transactionKeywords() {
        assertEquals(List.of("BEGIN IMMEDIATE", "CREATE TABLE t (a)", "END TRANSACTION"),
                sqlite("BEGIN IMMEDIATE; CREATE TABLE t (a); END TRANSACTION;"));
    }

    @Test
    void realisticMigration() {
        String script = lines(
                "PRAGMA foreign_keys = ON;",
                "CREATE TABLE [order items] (",
                "  id INTEGER PRIMARY KEY,",
                "  \"order\" INTEGER REFERENCES orders(id), -- parent; required",
                "  qty INTEGER CHECK (qty > 0)",
                ");",
                "CREATE TRIGGER items_qty BEFORE UPDATE OF qty ON [order items]",
                "FOR EACH ROW WHEN new.qty > 100",
                "BEGIN",
                "  SELECT CASE",
                "    WHEN new.qty > 1000 THEN RAISE(ABORT, 'too many; really')",
                "    ELSE RAISE(IGNORE)",
                "  END;",
                "END;",
                "INSERT INTO [order items] VALUES (1, 1, 3);");
        List<Statement> s = Split.statements(DialectKind.SQLITE, script);
        assertEquals(List.of(1, 2, 7, 15), s.stream().map(Statement::line).toList());
        assertEquals(List.of(1, 2, 3, 4), s.stream().map(Statement::index).toList());
    }
}
