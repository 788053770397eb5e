package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.failed;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.Rev;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transaction control written into a revision (issue 11, point 5), header keys below a section
 * marker (point 6) and revision ids longer than the version column (point 7): each is refused when
 * the files are read, before anything runs, naming the file and line, on every database.
 */
class TransactionControlRevisionTest {
    private static final String VT = "godwit_version";

    /** The 1-based line of {@code text} in the revision's file. */
    private static int lineOf(Rev rev, String text) {
        List<String> lines = rev.text().lines().toList();
        return lines.indexOf(text) + 1;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void commitRollbackOrBeginInATransactionalRevisionNeverRuns(TestDatabase.Kind kind, @TempDir Path dir)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            for (String control : List.of("COMMIT", "ROLLBACK", "BEGIN")) {
                Rev rev = Rev.of("t1").up("CREATE TABLE a (id INTEGER)", control, "CREATE TABLE b (id INTEGER)",
                        "SELECT * FROM nope").down("DROP TABLE b", "DROP TABLE a");
                Path file = rev.write(dir);
                Cli.Result r = failed(Cli.run(dir, "upgrade"));
                contains(r.err(), "ERROR: " + file + ":" + lineOf(rev, control + ";")
                                + ": statement 2 of the upgrade controls the transaction: " + control + "\n",
                        "add `-- transaction: false` to the header of t1.sql (above `-- +upgrade`)",
                        "Nothing was run.");
                assertEquals("", r.out(), control + ": nothing may run: " + r);
                assertFalse(db.tableExists("a"), control + ": table a must not exist");
                assertFalse(db.tableExists("b"), control + ": table b must not exist");
                assertEquals(List.of(), db.versionRows(VT), control);
                // offline, the same script would commit behind the version update: refused too
                contains(failed(Cli.run(dir, "upgrade", "--sql")).err(), "controls the transaction: " + control);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void routineBodiesRunInATransactionalRevision(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            Rev.of("t1").up("CREATE TABLE a (id INTEGER PRIMARY KEY, x INTEGER)",
                    "CREATE TABLE b (id INTEGER)").down("DROP TABLE b", "DROP TABLE a").write(dir);
            Rev routine = Rev.of("t2").revises("t1");
            switch (kind) {
                case POSTGRESQL:
                    routine.upRaw("CREATE FUNCTION set_x() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
                            + "  NEW.x := 7;\n  RETURN NEW;\nEND;\n$$;\n"
                            + "CREATE TRIGGER tr BEFORE INSERT ON a FOR EACH ROW EXECUTE FUNCTION set_x();\n"
                            + "DO $$ BEGIN INSERT INTO b VALUES (1); END $$;\n")
                            .downRaw("DROP TRIGGER tr ON a;\nDROP FUNCTION set_x();\nDELETE FROM b;\n");
                    break;
                case MARIADB:
                    routine.upRaw("DELIMITER //\nCREATE PROCEDURE add_b()\nBEGIN\n  INSERT INTO b VALUES (1);\n"
                            + "END//\nDELIMITER ;\nCREATE TRIGGER tr BEFORE INSERT ON a FOR EACH ROW BEGIN\n"
                            + "  SET NEW.x = 7;\nEND;\nCALL add_b();\n")
                            .downRaw("DROP TRIGGER tr;\nDROP PROCEDURE add_b;\nDELETE FROM b;\n");
                    break;
                default:
                    routine.upRaw("CREATE TRIGGER tr AFTER INSERT ON a BEGIN\n"
                            + "  UPDATE a SET x = 7 WHERE id = NEW.id;\nEND;\nINSERT INTO b VALUES (1);\n")
                            .downRaw("DROP TRIGGER tr;\nDELETE FROM b;\n");
                    break;
            }
            routine.write(dir);
            ok(Cli.run(dir, "upgrade"));
            assertEquals(List.of("t2"), db.versionRows(VT));
            db.execute("INSERT INTO a (id) VALUES (1)");
            assertEquals(List.of("7"), db.column("SELECT x FROM a"));
            assertEquals(List.of("1"), db.column("SELECT id FROM b"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void aNonTransactionalRevisionMayCommitItsOwnTransactions(TestDatabase.Kind kind, @TempDir Path dir)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            Rev batches = Rev.of("t1").header("transaction: false").up("CREATE TABLE a (id INTEGER)",
                    kind == TestDatabase.Kind.MARIADB ? "START TRANSACTION" : "BEGIN", "INSERT INTO a VALUES (1)",
                    "INSERT INTO a VALUES (2)", "COMMIT", "BEGIN", "INSERT INTO a VALUES (3)", "ROLLBACK")
                    .down("DROP TABLE a");
            batches.write(dir);
            ok(Cli.run(dir, "upgrade"));
            assertEquals(List.of("t1"), db.versionRows(VT));
            assertEquals(List.of("1", "2"), db.column("SELECT id FROM a ORDER BY id"));
            ok(Cli.run(dir, "downgrade"));
            assertFalse(db.tableExists("a"));

            // a transaction left open at the end would hold Godwit's bookkeeping: refused before anything runs
            Path file = batches.up("CREATE TABLE a (id INTEGER)", "BEGIN", "INSERT INTO a VALUES (1)").write(dir);
            Cli.Result r = failed(Cli.run(dir, "upgrade"));
            contains(r.err(), "ERROR: " + file + ":" + lineOf(batches, "BEGIN;")
                    + ": statement 2 of the upgrade opens a transaction that the section never ends: BEGIN",
                    "Nothing was run.");
            assertFalse(db.tableExists("a"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void headerKeysBelowTheMarkerAndOverlongIdsFailTheFile(TestDatabase.Kind kind, @TempDir Path dir)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            Rev late = Rev.of("t1").upRaw("-- transaction: false\nCREATE TABLE a (id INTEGER);\n")
                    .down("DROP TABLE a");
            Path file = late.write(dir);
            Cli.Result r = failed(Cli.run(dir, "upgrade"));
            contains(r.err(), "ERROR: " + file + ":" + lineOf(late, "-- transaction: false")
                            + ": header `-- transaction:` below the section marker at line "
                            + lineOf(late, "-- +upgrade") + " would be ignored",
                    "move the line into the header, above line " + lineOf(late, "-- +upgrade"));
            assertFalse(db.tableExists("a"));
            java.nio.file.Files.delete(file);

            String id = "r" + "0123456789".repeat(7);
            Rev longId = Rev.of(id).up("CREATE TABLE a (id INTEGER)").down("DROP TABLE a");
            file = longId.write(dir);
            r = failed(Cli.run(dir, "upgrade"));
            contains(r.err(), "ERROR: " + file + ":1: revision id `" + id
                    + "` is 71 characters long; the version table holds at most 64", "shorten the id");
            assertFalse(db.tableExists("a"), "the statements of a revision that cannot be recorded must not run");
            assertEquals(List.of(), db.versionRows(VT));
        }
    }
}
