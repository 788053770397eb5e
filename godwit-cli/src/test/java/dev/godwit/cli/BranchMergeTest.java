package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.failed;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A branch point with two branches on each database: `upgrade head` refuses and names both heads,
 * `upgrade heads` applies both, `merge` joins them, the merge is applied and downgraded through.
 */
class BranchMergeTest {
    private static final String VT = "godwit_version";
    private static final Pattern GENERATED = Pattern.compile("Generated (.+) \\(revision m1, merges b1, c1\\)");

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void branchesMergeAndDowngradeThroughTheMerge(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            Rev.of("r0").message("root").up("CREATE TABLE r0 (id INTEGER)").down("DROP TABLE r0").write(dir);
            Rev.of("b1").revises("r0").message("branch b").header("branch-labels: bee")
                    .up("CREATE TABLE b1 (id INTEGER)").down("DROP TABLE b1").write(dir);
            Rev.of("c1").revises("r0").message("branch c").header("branch-labels: cee")
                    .up("CREATE TABLE c1 (id INTEGER)").down("DROP TABLE c1").write(dir);

            Cli.Result head = failed(Cli.run(dir, "upgrade", "head"));
            contains(head.err(), "Multiple heads are present: b1, c1", "godwit upgrade heads", "godwit merge heads");
            assertFalse(db.tableExists("r0"), "nothing may run when the target is ambiguous");
            assertEquals(List.of(), db.versionRows(VT));
            Cli.Result implicit = failed(Cli.run(dir, "upgrade"));
            contains(implicit.err(), "Multiple heads are present: b1, c1", "godwit upgrade heads", "godwit merge heads");
            assertFalse(db.tableExists("r0"));

            Cli.Result r = ok(Cli.run(dir, "upgrade", "bee@head"));
            contains(r.out(), "Running upgrade <base> -> r0", "Running upgrade r0 -> b1", "the database is at b1.");
            assertEquals(List.of("b1"), db.versionRows(VT));
            assertFalse(db.tableExists("c1"));

            r = ok(Cli.run(dir, "upgrade", "heads"));
            contains(r.out(), "Running upgrade r0 -> c1, branch c", "Upgraded 1 revision(s)");
            assertEquals(List.of("b1", "c1"), db.versionRows(VT));
            assertTrue(db.tableExists("b1") && db.tableExists("c1"));
            assertEquals(List.of("b1 (bee) (head)", "c1 (cee) (head)"),
                    ok(Cli.run(dir, "current")).out().lines().sorted().toList());

            Cli.Result ambiguous = failed(Cli.run(dir, "downgrade", "-1"));
            contains(ambiguous.err(), "Multiple current heads are present: b1, c1", "relative revision -1 is ambiguous",
                    "`bee@-1`");
            assertEquals(List.of("b1", "c1"), db.versionRows(VT));
            ok(Cli.run(dir, "downgrade", "bee@-1"));
            assertEquals(List.of("c1"), db.versionRows(VT));
            assertFalse(db.tableExists("b1"));
            assertTrue(db.tableExists("r0"), "downgrading one branch keeps what the other needs");
            ok(Cli.run(dir, "upgrade", "heads"));
            assertEquals(List.of("b1", "c1"), db.versionRows(VT));

            Cli.Result merged = ok(Cli.run(dir, "merge", "-m", "join branches", "--rev-id", "m1", "heads"));
            Matcher m = GENERATED.matcher(merged.out());
            assertTrue(m.find(), merged::toString);
            Path file = Path.of(m.group(1));
            String text = Files.readString(file);
            contains(text, "-- revision: m1\n", "-- revises: b1, c1\n", "-- message: join branches\n");
            Files.writeString(file, text
                    .replace("-- +upgrade\n", "-- +upgrade\nCREATE TABLE m1 (id INTEGER);\n")
                    .replace("-- +downgrade\n", "-- +downgrade\nDROP TABLE m1;\n"));
            // As in Alembic, a revision shows the labels of the branches it is on: a merge has both.
            assertEquals("m1 (bee, cee) (head) (mergepoint)\n", ok(Cli.run(dir, "heads")).out());
            contains(ok(Cli.run(dir, "history")).out(), "b1, c1 -> m1 (bee, cee) (head) (mergepoint), join branches",
                    "r0 -> b1 (bee), branch b", "<base> -> r0 (branchpoint), root");
            Cli.Result nothing = failed(Cli.run(dir, "merge", "-m", "again"));
            contains(nothing.err(), "Nothing to merge");

            r = ok(Cli.run(dir, "upgrade"));
            contains(r.out(), "Running upgrade b1, c1 -> m1, join branches",
                    "Upgraded 1 revision(s); the database is at m1.");
            assertEquals(List.of("m1"), db.versionRows(VT));
            assertTrue(db.tableExists("m1"));
            assertEquals("m1 (bee, cee) (head) (mergepoint)\n", ok(Cli.run(dir, "current")).out());

            r = ok(Cli.run(dir, "downgrade", "-1"));
            contains(r.out(), "Running downgrade m1 -> b1, c1", "the database is at b1, c1.");
            assertEquals(List.of("b1", "c1"), db.versionRows(VT));
            assertFalse(db.tableExists("m1"));

            ok(Cli.run(dir, "upgrade"));
            r = ok(Cli.run(dir, "downgrade", "r0"));
            List<String> lines = r.out().lines().toList();
            assertEquals(4, lines.size(), r::toString);
            assertTrue(lines.get(0).startsWith("Running downgrade m1 -> b1, c1"), r::toString);
            contains(r.out(), "Running downgrade b1 -> r0", "Running downgrade c1 -> r0",
                    "Downgraded 3 revision(s); the database is at r0.");
            assertEquals(List.of("r0"), db.versionRows(VT));
            assertEquals(List.of("r0"), db.userTables());

            ok(Cli.run(dir, "downgrade", "base"));
            assertEquals(List.of(), db.versionRows(VT));
            assertEquals(List.of(), db.userTables());
        }
    }
}
