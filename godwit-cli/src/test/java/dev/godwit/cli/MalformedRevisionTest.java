package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.failed;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
 * Malformed revision files and broken revision graphs: one clear message naming the file and line,
 * no stack trace unless --debug, and nothing runs. A version-table row that no file has is reported
 * with the heads and the way out (`stamp --purge`).
 */
class MalformedRevisionTest {
    private static final String VT = "godwit_version";

    /** A malformed file, the line the error must name, and what the message must say. */
    private record Case(String name, String text, int line, String says, boolean postgresOnly) {
        Case(String name, String text, int line, String says) {
            this(name, text, line, says, false);
        }
    }

    private static final String HEAD = "-- revision: bad1\n-- revises: r1\n-- message: broken\n";

    private static final List<Case> CASES = List.of(
            new Case("missing-revision", "-- revises: r1\n-- message: no id\n\n-- +upgrade\nCREATE TABLE x (id INTEGER);\n",
                    1, "missing `-- revision:` header"),
            new Case("unknown-key", "-- revision: bad1\n-- revises: r1\n-- mesage: typo\n\n-- +upgrade\n", 3,
                    "unknown header key `mesage`"),
            new Case("duplicate-key", HEAD + "-- message: again\n\n-- +upgrade\n", 4,
                    "duplicate header `message` (first given at line 3)"),
            new Case("bad-transaction", HEAD + "-- transaction: maybe\n\n-- +upgrade\n", 4,
                    "invalid transaction value `maybe`: expected true or false"),
            new Case("no-upgrade", HEAD + "\n-- +downgrade\nDROP TABLE x;\n", 5, "no `-- +upgrade` section"),
            new Case("sql-before-section", HEAD + "\nCREATE TABLE early (id INTEGER);\n-- +upgrade\n", 5,
                    "statement outside a section"),
            new Case("second-upgrade", HEAD + "\n-- +upgrade\nSELECT 1;\n-- +upgrade\nSELECT 2;\n", 7,
                    "second `-- +upgrade` marker (the first is at line 5)"),
            new Case("unknown-marker", HEAD + "\n-- +upgrade\nSELECT 1;\n-- +downgarde\n", 7,
                    "unknown section marker `-- +downgarde`"),
            new Case("unterminated-string", HEAD + "\n-- +upgrade\nCREATE TABLE q (id INTEGER);\n"
                    + "INSERT INTO q VALUES ('abc);\n\n-- +downgrade\nDROP TABLE q;\n", 7, "unterminated"),
            new Case("unterminated-comment", HEAD + "\n-- +upgrade\nCREATE TABLE q (id INTEGER);\n/* no end\n", 7,
                    "unterminated"),
            new Case("unterminated-dollar-quote", HEAD + "\n-- +upgrade\n"
                    + "CREATE FUNCTION f() RETURNS INTEGER AS $fn$\nSELECT 1;\n$fx$ LANGUAGE sql;\n", 6,
                    "unterminated dollar-quoted string $fn$", true));

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void everyMalformedFileGivesOneMessageWithFileAndLine(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            for (Case c : CASES) {
                if (c.postgresOnly() && kind != TestDatabase.Kind.POSTGRESQL) {
                    continue;
                }
                Path project = dir.resolve(c.name());
                db.writeConfig(project);
                Rev.of("r1").message("fine").up("CREATE TABLE ok1 (id INTEGER)").down("DROP TABLE ok1").write(project);
                Path bad = Rev.versions(project).resolve("bad.sql");
                Files.writeString(bad, c.text());

                Cli.Result r = failed(Cli.run(project, "upgrade"));
                contains(r.err(), "ERROR: " + bad + ":" + c.line() + ": ", c.says());
                assertEquals("", r.out(), c.name() + ": nothing may run\n" + r);
                assertEquals(List.of(), db.userTables(), c.name() + ": nothing may run");
                assertEquals(List.of(), db.versionRows(VT), c.name());

                Cli.Result debug = Cli.run(project, "--debug", "upgrade");
                assertNotEquals(0, debug.exit(), debug::toString);
                contains(debug.err(), "ERROR: " + bad + ":" + c.line() + ": ", "\tat ", "GodwitException");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void graphErrorsNameTheFiles(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            Path dup = dir.resolve("duplicate");
            db.writeConfig(dup);
            Path first = Rev.of("dup1").fileName("a_first.sql").up("CREATE TABLE a (id INTEGER)").write(dup);
            Path second = Rev.of("dup1").fileName("b_second.sql").up("CREATE TABLE b (id INTEGER)").write(dup);
            Cli.Result r = failed(Cli.run(dup, "upgrade"));
            contains(r.err(), "Duplicate revision id 'dup1': defined in " + first + " and in " + second);
            failed(Cli.run(dup, "history"));

            Path unknown = dir.resolve("unknown");
            db.writeConfig(unknown);
            Rev.of("u1").up("CREATE TABLE u1 (id INTEGER)").write(unknown);
            Path orphan = Rev.of("u2").revises("nope42").up("CREATE TABLE u2 (id INTEGER)").write(unknown);
            r = failed(Cli.run(unknown, "upgrade"));
            contains(r.err(), "Revision u2 (" + orphan + ") revises 'nope42', which no revision file has",
                    "Fix the id in " + orphan);

            Path cycle = dir.resolve("cycle");
            db.writeConfig(cycle);
            Rev.of("c0").up("CREATE TABLE c0 (id INTEGER)").write(cycle);
            Path c1 = Rev.of("c1").revises("c2").up("CREATE TABLE c1 (id INTEGER)").write(cycle);
            Path c2 = Rev.of("c2").revises("c1").up("CREATE TABLE c2 (id INTEGER)").write(cycle);
            r = failed(Cli.run(cycle, "upgrade"));
            contains(r.err(), "The revisions form a cycle", c1.toString(), c2.toString());
            failed(Cli.run(cycle, "heads"));

            assertEquals(List.of(), db.userTables(), "nothing may run");
            assertEquals(List.of(), db.versionRows(VT));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void aVersionRowThatNoFileHasIsReportedAndStampPurgeFixesIt(TestDatabase.Kind kind, @TempDir Path dir)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            Rev.of("r1").message("one").up("CREATE TABLE t1 (id INTEGER)").down("DROP TABLE t1").write(dir);
            Rev.of("r2").revises("r1").message("two").up("CREATE TABLE t2 (id INTEGER)").down("DROP TABLE t2")
                    .write(dir);
            ok(Cli.run(dir, "upgrade", "r1"));
            db.execute("UPDATE " + VT + " SET version_num = 'ffff0000'");

            Cli.Result r = failed(Cli.run(dir, "upgrade"));
            contains(r.err(), "The database is at revision 'ffff0000', which no revision file has",
                    "The revision files have head r2.", "godwit stamp", "--purge");
            assertEquals("", r.out());
            assertEquals(List.of("ffff0000"), db.versionRows(VT));
            assertEquals(List.of("t1"), db.userTables());
            failed(Cli.run(dir, "downgrade", "base"));
            assertEquals(List.of("t1"), db.userTables());

            Cli.Result stamp = ok(Cli.run(dir, "stamp", "--purge", "head"));
            assertEquals("Stamped the database: ffff0000 -> r2 (no revision was run).\n", stamp.out());
            assertEquals(List.of("r2"), db.versionRows(VT));
            assertEquals(List.of("t1"), db.userTables(), "stamp runs no revision");
            assertEquals("Nothing to upgrade: the database is at r2 (target head).\n", ok(Cli.run(dir, "upgrade")).out());
            assertEquals("r2 (head)\n", ok(Cli.run(dir, "current")).out());
        }
    }
}
