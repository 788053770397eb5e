package dev.godwit.internal.run;

import dev.godwit.internal.db.mysql.MysqlDialect;
import dev.godwit.internal.db.postgres.ConcurrentIndex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.Direction;
import dev.godwit.internal.script.Statement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The rules behind half-applied revisions that need no database. */
class HalfAppliedRulesTest {

    private static String index(String sql) {
        return ConcurrentIndex.name(new Statement(sql, 1, 1));
    }

    @Test
    void theIndexOfACreateIndexConcurrentlyIsFoundAsWritten() {
        assertEquals("ix_a", index("CREATE INDEX CONCURRENTLY ix_a ON t (a)"));
        assertEquals("ix_a", index("create unique index concurrently ix_a on t (a)"));
        assertEquals("ix_a", index("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_a ON t (a)"));
        assertEquals("\"Ix A\"", index("CREATE INDEX CONCURRENTLY \"Ix A\" ON t (a)"));
        assertEquals("ix_a", index("CREATE INDEX  -- note\n CONCURRENTLY ix_a\n ON t (a)"));
        assertNull(index("CREATE INDEX CONCURRENTLY ON t (a)"), "an unnamed index cannot be dropped by name");
        assertNull(index("CREATE INDEX ix_a ON t (a)"));
        assertNull(new MysqlDialect().invalidIndexLeftBy(null, new Statement("CREATE INDEX CONCURRENTLY ix ON t (a)", 1, 1)));
    }

    @Test
    void onlyStatementByStatementRevisionsOfSeveralStatementsOrTransactionFalseAreTracked() {
        assertFalse(RevisionProgress.tracks(false, false, 5), "a transactional revision is all or nothing");
        assertFalse(RevisionProgress.tracks(true, false, 1), "one MySQL statement that fails leaves nothing");
        assertTrue(RevisionProgress.tracks(true, false, 2));
        assertTrue(RevisionProgress.tracks(true, true, 1), "a failed CONCURRENTLY leaves an index behind");
    }

    @Test
    void alreadyExistsIsReadFromStatesCodesAndMessages() {
        assertTrue(FailureAdvice.alreadyExists(new SQLException("relation \"t\" already exists", "42P07")));
        assertTrue(FailureAdvice.alreadyExists(new SQLException("Table 't' already exists", "42S01", 1050)));
        assertTrue(FailureAdvice.alreadyExists(new SQLException("Duplicate column name 'a'", "42S21", 1060)));
        assertTrue(FailureAdvice.alreadyExists(new SQLException("[SQLITE_ERROR] table t already exists")));
        assertTrue(FailureAdvice.alreadyExists(new SQLException("duplicate column name: a")));
        assertFalse(FailureAdvice.alreadyExists(new SQLException("no such table: t")));
    }

    @Test
    void anInterruptedRevisionStopsAfterItsLastAppliedStatement() {
        Map<Integer, String> applied = new TreeMap<>(Map.of(1, "x", 2, "y"));
        Interrupted it = new Interrupted("r", Direction.UPGRADE, "c", null, null, new TreeMap<>(applied));
        assertEquals(2, it.appliedCount());
        assertEquals(3, it.stoppedAt());
        assertEquals(1, new Interrupted("r", Direction.UPGRADE, "c", "e", null, new TreeMap<>()).stoppedAt());
    }

    @Test
    void editedAppliedStatementsAreNamedByNumber() {
        Statement one = new Statement("CREATE TABLE a (id INT)", 6, 1);
        Statement two = new Statement("CREATE TABLE b (id INT)", 7, 2);
        TreeMap<Integer, String> applied = new TreeMap<>();
        applied.put(1, ProgressChecks.of(one));
        applied.put(2, ProgressChecks.of(new Statement("CREATE TABLE b (id BIGINT)", 7, 2)));
        Interrupted it = new Interrupted("r", Direction.UPGRADE, "c", null, null, applied);
        assertEquals(List.of("2"), Resumption.mismatches(it, List.of(one, two)));
        Statement reformatted = new Statement("CREATE TABLE a\n  (id INT)  -- same tokens", 6, 1);
        applied.put(2, ProgressChecks.of(two));
        assertEquals(List.of(), Resumption.mismatches(new Interrupted("r", Direction.UPGRADE, "c", null, null, applied),
                List.of(reformatted, two)), "a reformatting is not an edit");
    }

    @Test
    void theUndoMatchesTheLastStatementOfOneSectionWithTheFirstOfTheOther() {
        Partial p = new Partial("r", true, List.of(), List.of(), 4);
        assertEquals(4, p.undoes(1));
        assertEquals(2, p.undoes(3));
        assertEquals(1, p.undoes(4));
    }
}
