package dev.godwit.internal.script;

import dev.godwit.internal.db.Databases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.GodwitException;
import dev.godwit.internal.dialect.DialectKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Transaction control in revision sections: refused in a transactional revision, allowed when
 * balanced in a {@code transaction: false} one; routine bodies with BEGIN … END are never taken for it.
 */
class TransactionControlTest {
    private static final Path FILE = Path.of("migrations", "t1.sql");

    private static RevisionFile file(boolean transactional, String upgrade) {
        String text = "-- revision: t1\n" + (transactional ? "" : "-- transaction: false\n") + "-- +upgrade\n"
                + upgrade;
        return RevisionFileParser.parse(FILE, text);
    }

    private static void check(DialectKind kind, RevisionFile file) {
        TransactionControl.check(file, RevisionFileParser.statements(file, true, Databases.of(kind).dialect().splitterOptions()),
                true);
    }

    private static boolean control(String sql) {
        return TransactionControl.isTransactionControl(new Statement(sql, 1, 1).normalized());
    }

    @Test
    void recognizesTransactionControl() {
        for (String sql : List.of("COMMIT", "commit work", "COMMIT AND CHAIN", "END", "end transaction", "ROLLBACK",
                "ROLLBACK WORK", "ROLLBACK TO SAVEPOINT s", "ABORT", "BEGIN", "begin transaction", "BEGIN WORK",
                "BEGIN IMMEDIATE", "BEGIN EXCLUSIVE TRANSACTION", "BEGIN ISOLATION LEVEL SERIALIZABLE",
                "BEGIN NOT DEFERRABLE", "START TRANSACTION", "START TRANSACTION READ ONLY", "SAVEPOINT s",
                "RELEASE SAVEPOINT s", "RELEASE s", "PREPARE TRANSACTION 'x'", "XA START 'x'", "SET autocommit = 0",
                "SET SESSION autocommit=1", "SET @@autocommit = 0", "/* why */ COMMIT")) {
            assertTrue(control(sql), sql);
        }
        for (String sql : List.of("CREATE TABLE begin_log (id INT)", "INSERT INTO commits VALUES (1)",
                "SELECT 'COMMIT'", "DO $$ BEGIN PERFORM 1; END $$", "BEGIN NOT ATOMIC SELECT 1; END",
                "SET search_path TO x", "START SLAVE", "END_TIME", "PREPARE stmt FROM 'SELECT 1'",
                "UPDATE t SET commit = 1", "-- COMMIT\nSELECT 1")) {
            assertFalse(control(sql), sql);
        }
    }

    @Test
    void aTransactionalRevisionRefusesItNamingFileAndLine() {
        GodwitException e = assertThrows(GodwitException.class, () -> check(DialectKind.POSTGRESQL,
                file(true, "CREATE TABLE a (id INT);\nCOMMIT;\nCREATE TABLE b (id INT);\nSELECT * FROM nope;\n")));
        assertEquals(FILE + ":4: statement 2 of the upgrade controls the transaction: COMMIT", e.getMessage());
        assertTrue(e.hint().contains("add `-- transaction: false` to the header of t1.sql (above `-- +upgrade`)"),
                e.hint());
        assertTrue(e.hint().endsWith("Nothing was run."), e.hint());
        for (String sql : List.of("ROLLBACK;", "BEGIN;", "START TRANSACTION;", "END;", "SAVEPOINT x;")) {
            for (DialectKind kind : DialectKind.values()) {
                assertThrows(GodwitException.class, () -> check(kind, file(true, "SELECT 1;\n" + sql + "\n")),
                        kind + " " + sql);
            }
        }
    }

    @Test
    void routineBodiesAreNoTransactionControl() {
        check(DialectKind.POSTGRESQL, file(true, "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                + "BEGIN\n  NEW.x := 1;\n  RETURN NEW;\nEND;\n$$;\nDO $$ BEGIN PERFORM 1; END $$;\n"
                + "CREATE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC SELECT 1; END;\n"));
        check(DialectKind.MYSQL, file(true, "DELIMITER //\nCREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\nEND//\n"
                + "DELIMITER ;\nCREATE TRIGGER tr BEFORE INSERT ON a FOR EACH ROW BEGIN SET NEW.x = 1; END;\n"));
        check(DialectKind.SQLITE, file(true, "CREATE TRIGGER tr AFTER INSERT ON a BEGIN\n"
                + "  UPDATE a SET x = 1 WHERE id = NEW.id;\n  DELETE FROM b;\nEND;\n"));
    }

    @Test
    void aNonTransactionalRevisionMayGroupStatementsButMustEndItsTransaction() {
        for (DialectKind kind : DialectKind.values()) {
            check(kind, file(false, "BEGIN;\nINSERT INTO a VALUES (1);\nCOMMIT;\nSTART TRANSACTION;\n"
                    + "INSERT INTO a VALUES (2);\nROLLBACK;\n"));
        }
        GodwitException e = assertThrows(GodwitException.class, () -> check(DialectKind.SQLITE,
                file(false, "BEGIN;\nINSERT INTO a VALUES (1);\nCOMMIT;\nBEGIN;\nINSERT INTO a VALUES (2);\n")));
        assertEquals(FILE + ":7: statement 4 of the upgrade opens a transaction that the section never ends: BEGIN",
                e.getMessage());
        assertTrue(e.hint().contains("Nothing was run."), e.hint());
    }
}
