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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A statement fails in the middle of an upgrade: the message says where and what, the earlier
 * revision stays applied, the failed one is rolled back where the database can (PostgreSQL,
 * SQLite) and reported as half-applied where it cannot (MariaDB), and after a fix the upgrade
 * completes.
 */
class FailedUpgradeTest {
    private static final String VT = "godwit_version";

    private static String databaseMessage(TestDatabase db) {
        switch (db.kind()) {
            case SQLITE:
                return "no such table: no_such_table";
            case POSTGRESQL:
                return "relation \"no_such_table\" does not exist";
            default:
                return "Table '" + db.database() + ".no_such_table' doesn't exist";
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void aFailingStatementStopsTheRunAndTheTruthIsTold(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            Rev.of("r1").message("create t1").up("CREATE TABLE t1 (id INTEGER)").down("DROP TABLE t1").write(dir);
            Rev r2 = Rev.of("r2").revises("r1").message("create t2")
                    .up("CREATE TABLE t2 (id INTEGER)", "INSERT INTO no_such_table (id) VALUES (1)")
                    .down("DROP TABLE t2");
            Path r2File = r2.write(dir);
            assertEquals("INSERT INTO no_such_table (id) VALUES (1);", Files.readAllLines(r2File).get(6),
                    "the failing statement is on line 7");
            Rev.of("r3").revises("r2").message("create t3").up("CREATE TABLE t3 (id INTEGER)").down("DROP TABLE t3")
                    .write(dir);

            Cli.Result r = failed(Cli.run(dir, "upgrade"));
            assertEquals(1, r.exit());
            contains(r.err(),
                    "ERROR: Revision r2 (create t2) failed in its upgrade at statement 2 of 2, " + r2File + ":7:\n"
                            + "  INSERT INTO no_such_table (id) VALUES (1)\n",
                    databaseMessage(db),
                    "1 earlier revision(s) of this run stay applied and recorded",
                    "`godwit current` shows where the database stands.");
            List<String> progress = r.out().lines().toList();
            assertEquals(2, progress.size(), r::toString);
            assertTrue(progress.get(0).matches("Running upgrade <base> -> r1, create t1 \\(\\d+ ms\\)"), r::toString);
            assertTrue(progress.get(1).startsWith("Running upgrade r1 -> r2, create t2"), r::toString);
            assertTrue(r.out().endsWith("\n"), "the progress line of the failed revision must be ended:\n" + r);
            notContains(r.out(), "r3");

            assertEquals(List.of("r1"), db.versionRows(VT));
            assertTrue(db.tableExists("t1"), "r1 stays applied");
            assertFalse(db.tableExists("t3"), "r3 must not run");
            if (kind == TestDatabase.Kind.MARIADB) {
                assertTrue(db.tableExists("t2"), "MariaDB commits DDL on its own: r2's first statement stays");
                contains(r.err(), "These statements of r2 had already run and stay applied",
                        "commits DDL on its own", "    1. CREATE TABLE t2 (id INTEGER)\n",
                        "Godwit recorded how far r2 got", "`godwit upgrade --resume` runs it from statement 2",
                        "`godwit downgrade --undo-partial`");
                notContains(r.err(), "rolled back");
            } else {
                assertFalse(db.tableExists("t2"), "r2 must be rolled back as a whole");
                contains(r.err(), "Revision r2 was rolled back; nothing of it stays applied.");
                notContains(r.err(), "stay applied (");
            }

            assertEquals("r1\n", ok(Cli.run(dir, "current")).out());
            contains(ok(Cli.run(dir, "current", "--verbose")).out(), "Rev: r1\n", "2 revision(s) pending");
            contains(ok(Cli.run(dir, "history", "-i")).out(), "<base> -> r1 (current), create t1");

            Files.writeString(r2File, Files.readString(r2File).replace("no_such_table", "t2"));
            if (kind == TestDatabase.Kind.MARIADB) {
                // The re-run does not run statement 1 again ("already exists"): it says what is applied.
                Cli.Result again = failed(Cli.run(dir, "upgrade"));
                contains(again.err(), "Revision r2 (create t2) was left half applied by an earlier run",
                        "    1. CREATE TABLE t2 (id INTEGER)  (r2.sql:6)", "`godwit upgrade --resume`");
                notContains(again.err(), "already exists", "No statement of r2 had run");
                assertEquals(List.of("r1"), db.versionRows(VT));
            }
            Cli.Result fixed = ok(Cli.run(dir, "upgrade", kind == TestDatabase.Kind.MARIADB ? "--resume" : "head"));
            contains(fixed.out(), "Running upgrade r1 -> r2, create t2", "Running upgrade r2 -> r3, create t3",
                    "Upgraded 2 revision(s); the database is at r3.");
            assertEquals(List.of("r3"), db.versionRows(VT));
            assertEquals(List.of("t1", "t2", "t3"), db.userTables());
            assertEquals(List.of("1"), db.column("SELECT id FROM t2"));
            assertEquals("r3 (head)\n", ok(Cli.run(dir, "current")).out());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void aFailingDowngradeStopsTooAndKeepsTheVersionTableRight(TestDatabase.Kind kind, @TempDir Path dir)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            Rev.of("d1").message("create t1").up("CREATE TABLE t1 (id INTEGER)").down("DROP TABLE t1").write(dir);
            Path d2 = Rev.of("d2").revises("d1").message("create t2").up("CREATE TABLE t2 (id INTEGER)")
                    .down("DROP TABLE no_such_table").write(dir);
            Rev.of("d3").revises("d2").message("create t3").up("CREATE TABLE t3 (id INTEGER)").down("DROP TABLE t3")
                    .write(dir);
            ok(Cli.run(dir, "upgrade"));

            Cli.Result r = failed(Cli.run(dir, "downgrade", "base"));
            contains(r.err(), "Revision d2 (create t2) failed in its downgrade at statement 1 of 1, " + d2 + ":9:",
                    "DROP TABLE no_such_table", "1 earlier revision(s) of this run stay applied and recorded");
            assertTrue(r.out().startsWith("Running downgrade d3 -> d2, create t3 ("), r::toString);
            assertEquals(List.of("d2"), db.versionRows(VT));
            assertEquals(List.of("t1", "t2"), db.userTables());
            assertEquals("d2\n", ok(Cli.run(dir, "current")).out());
        }
    }
}
