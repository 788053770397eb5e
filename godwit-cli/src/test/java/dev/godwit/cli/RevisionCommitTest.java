package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.failed;
import static dev.godwit.cli.support.Checks.notContains;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.Rev;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL sends a revision's bookkeeping (version row and history row) and its COMMIT in one
 * round trip, keeps the bookkeeping statements prepared across revisions, and sends the revisions'
 * own statements unprepared. These tests pin what that must not change: a failure at COMMIT and a
 * failure of the bookkeeping are told apart and leave nothing of the revision; long runs (past the
 * driver's prepare threshold, with DDL between the executions) record every revision; repeated
 * queries in revisions survive the DDL of earlier revisions.
 */
class RevisionCommitTest {
    private static final String VT = "godwit_version";

    private static List<List<String>> history(TestDatabase db) throws Exception {
        return db.query("SELECT revision, action, success FROM godwit_history ORDER BY id");
    }

    @Test
    void aDeferredConstraintThatFailsAtCommitIsReportedAsTheCommitFailing(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.POSTGRESQL, dir)) {
            db.writeConfig(dir);
            Rev.of("c1").message("parents").up("CREATE TABLE parent (id INTEGER PRIMARY KEY)").down("DROP TABLE parent")
                    .write(dir);
            Rev.of("c2").revises("c1").message("orphan child")
                    .up("CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER "
                                    + "REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)",
                            "INSERT INTO child (id, parent_id) VALUES (1, 42)")
                    .down("DROP TABLE child").write(dir);

            Cli.Result r = failed(Cli.run(dir, "upgrade"));
            contains(r.err(), "Revision c2 (orphan child) ran its upgrade, but the database refused to commit it",
                    "violates foreign key constraint", "Revision c2 was rolled back; nothing of it stays applied.",
                    "1 earlier revision(s) of this run stay applied and recorded");
            notContains(r.err(), "recording it in the version table", "at statement");
            assertEquals(List.of("c1"), db.versionRows(VT));
            assertFalse(db.tableExists("child"), "c2 must be rolled back as a whole");
            assertEquals(List.of(List.of("c1", "upgrade", "t"), List.of("c2", "upgrade", "f")), history(db),
                    "the failed attempt is in the history, as a failure");

            Rev.of("c2").revises("c1").message("orphan child")
                    .up("CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER "
                                    + "REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)",
                            "INSERT INTO child (id, parent_id) VALUES (1, 42)", "INSERT INTO parent (id) VALUES (42)")
                    .down("DROP TABLE child").write(dir);
            ok(Cli.run(dir, "upgrade"));
            assertEquals(List.of("c2"), db.versionRows(VT));
            assertEquals(List.of("42"), db.column("SELECT parent_id FROM child"));
        }
    }

    @Test
    void aRevisionThatBreaksTheBookkeepingIsReportedAsTheRecordingFailing(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.POSTGRESQL, dir)) {
            db.writeConfig(dir);
            Rev.of("b1").message("create t1").up("CREATE TABLE t1 (id INTEGER)").down("DROP TABLE t1").write(dir);
            Rev.of("b2").revises("b1").message("drops the history")
                    .up("CREATE TABLE t2 (id INTEGER)", "DROP TABLE godwit_history").down("DROP TABLE t2").write(dir);

            Cli.Result r = failed(Cli.run(dir, "upgrade"));
            contains(r.err(), "Revision b2 (drops the history) ran, but recording it in the version table failed",
                    "godwit_history", "Revision b2 was rolled back; nothing of it stays applied.");
            notContains(r.err(), "refused to commit", "at statement");
            assertEquals(List.of("b1"), db.versionRows(VT));
            assertFalse(db.tableExists("t2"), "b2 must be rolled back as a whole");
            assertTrue(db.tableExists("godwit_history"), "the DROP was rolled back with the rest of b2");
            assertEquals(List.of(List.of("b1", "upgrade", "t"), List.of("b2", "upgrade", "f")), history(db));
        }
    }

    @Test
    void aLongRunRecordsEveryRevisionAndRepeatedQueriesSurviveTheDdlBetweenThem(@TempDir Path dir)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.POSTGRESQL, dir)) {
            db.writeConfig(dir);
            int n = 12;
            Rev.of("l01").message("table").up("CREATE TABLE t (id INTEGER)").down("DROP TABLE t").write(dir);
            List<String> expectedHistory = new ArrayList<>(List.of("l01"));
            for (int i = 2; i <= n; i++) {
                String id = String.format("l%02d", i);
                // The same SELECT in every revision, its result type changed by the ALTER before it: were
                // it kept prepared on the server (the bookkeeping statements are, across DDL), it would
                // fail with "cached plan must not change result type" after the ALTER.
                Rev.of(id).revises(String.format("l%02d", i - 1)).message("column " + i)
                        .up("ALTER TABLE t ADD COLUMN c" + i + " INTEGER", "SELECT * FROM t")
                        .down("ALTER TABLE t DROP COLUMN c" + i).write(dir);
                expectedHistory.add(id);
            }

            Cli.Result up = ok(Cli.run(dir, "upgrade"));
            contains(up.out(), "Upgraded " + n + " revision(s); the database is at l12.");
            assertEquals(List.of("l12"), db.versionRows(VT));
            assertEquals(expectedHistory, db.column("SELECT revision FROM godwit_history ORDER BY id"));
            assertEquals(List.of(String.valueOf(n)), db.column("SELECT count(*) FROM godwit_history "
                    + "WHERE action = 'upgrade' AND success AND checksum IS NOT NULL"));

            ok(Cli.run(dir, "downgrade", "base"));
            assertEquals(List.of(), db.versionRows(VT));
            assertFalse(db.tableExists("t"));
            assertEquals(List.of(String.valueOf(n)), db.column("SELECT count(*) FROM godwit_history "
                    + "WHERE action = 'downgrade' AND success"));
            ok(Cli.run(dir, "upgrade"));
            assertEquals(List.of("l12"), db.versionRows(VT));
        }
    }
}
