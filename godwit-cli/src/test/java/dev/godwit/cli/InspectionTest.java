package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.failed;
import static dev.godwit.cli.support.Checks.notContains;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.Rev;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The read-only commands: current (plain and verbose), history (ranges, marks, verbose), heads, branches, show. */
class InspectionTest {

    /** r1 -> r2 -> r3 -> r4, each creating a table. */
    private static void linear(Path dir) {
        String parent = null;
        for (int i = 1; i <= 4; i++) {
            Rev rev = Rev.of("r" + i).message("step " + i).up("CREATE TABLE t" + i + " (id INTEGER)")
                    .down("DROP TABLE t" + i);
            if (parent != null) {
                rev.revises(parent);
            }
            rev.write(dir);
            parent = "r" + i;
        }
    }

    private static String dialect(TestDatabase.Kind kind) {
        switch (kind) {
            case SQLITE:
                return "SQLite";
            case POSTGRESQL:
                return "PostgreSQL";
            default:
                return "MySQL/MariaDB";
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void currentPlainAndVerbose(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            linear(dir);

            assertEquals("(no revision applied: the database is at base)\n", ok(Cli.run(dir, "current")).out());
            assertFalse(db.tableExists("godwit_version"), "current must not create the version table");

            ok(Cli.run(dir, "upgrade", "r2"));
            assertEquals("r2\n", ok(Cli.run(dir, "current")).out());

            Cli.Result v = ok(Cli.run(dir, "current", "--verbose"));
            String versionTable = db.schema() == null ? "godwit_version" : db.schema() + ".godwit_version";
            contains(v.out(),
                    "Database: " + db.url() + " (" + dialect(kind) + ")\n",
                    "URL from: godwit.toml\n",
                    "Config: " + dir.resolve("godwit.toml") + "\n",
                    "Migrations: " + Rev.versions(dir) + "\n",
                    "Version table: " + versionTable + "\n",
                    "Rev: r2\n", "Parent: r1\n", "Path: " + Rev.versions(dir).resolve("r2.sql") + "\n", "    step 2\n",
                    "2 revision(s) pending: run `godwit upgrade`.");

            ok(Cli.run(dir, "upgrade"));
            assertEquals("r4 (head)\n", ok(Cli.run(dir, "current")).out());
            contains(ok(Cli.run(dir, "current", "-v")).out(), "Rev: r4 (head)\n", "Up to date.");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void currentVerboseMasksThePasswordAndNamesTheUrlSource(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            linear(dir);
            String url = db.url();
            if (kind == TestDatabase.Kind.POSTGRESQL) {
                // trust authentication accepts any password, so the URL can carry one and still connect
                url = url.replace("://" + db.user() + "@", "://" + db.user() + ":Pa55w0rdX@");
            }
            db.writeConfig(dir.resolve("conf"));
            Cli.Result v = ok(Cli.run(dir, "--url", url, "-c", "conf/godwit.toml", "current", "--verbose"));
            String shown = url.replace("Pa55w0rdX", "***");
            contains(v.out(), "Database: " + shown + " (" + dialect(kind) + ")", "URL from: --url\n",
                    "Config: " + dir.resolve("conf/godwit.toml"), "(no revision applied: the database is at base)",
                    "4 revision(s) pending");
            notContains(v.out() + v.err(), "Pa55w0rdX");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void historyRangesMarksAndVerbose(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            linear(dir);
            List<String> all = List.of(
                    "r3 -> r4 (head), step 4",
                    "r2 -> r3, step 3",
                    "r1 -> r2, step 2",
                    "<base> -> r1, step 1");
            assertEquals(all, ok(Cli.run(dir, "history")).out().lines().toList());
            assertFalse(db.tableExists("godwit_version"), "plain history must not need the database");
            assertEquals(all, ok(Cli.run(dir, "history", "-r", "base:head")).out().lines().toList());
            assertEquals(all.subList(1, 3), ok(Cli.run(dir, "history", "-r", "r2:r3")).out().lines().toList());
            assertEquals(all.subList(0, 2), ok(Cli.run(dir, "history", "-r", "r3:")).out().lines().toList());
            assertEquals(all.subList(2, 4), ok(Cli.run(dir, "history", "--rev-range", ":r2")).out().lines().toList());

            ok(Cli.run(dir, "upgrade", "r3"));
            assertEquals(all.subList(1, 4), ok(Cli.run(dir, "history", "-r", "-2:current")).out().lines().toList());
            assertEquals(all.subList(0, 2), ok(Cli.run(dir, "history", "-r", "current:")).out().lines().toList());
            assertEquals(List.of(
                    "r3 -> r4 (head), step 4",
                    "r2 -> r3 (current), step 3",
                    "r1 -> r2, step 2",
                    "<base> -> r1, step 1"), ok(Cli.run(dir, "history", "--indicate-current")).out().lines().toList());

            String verbose = ok(Cli.run(dir, "history", "--verbose", "-i", "-r", "r3:r4")).out();
            assertEquals(String.join("\n",
                    "Rev: r4 (head)",
                    "Parent: r3",
                    "Path: " + Rev.versions(dir).resolve("r4.sql"),
                    "",
                    "    step 4",
                    "",
                    "",
                    "Rev: r3 (current)",
                    "Parent: r2",
                    "Path: " + Rev.versions(dir).resolve("r3.sql"),
                    "",
                    "    step 3",
                    "",
                    "",
                    ""), verbose);

            Cli.Result bad = failed(Cli.run(dir, "history", "-r", "r1"));
            contains(bad.err(), "Invalid history range 'r1'");
            Cli.Result tooFar = failed(Cli.run(dir, "history", "-r", "-5:current"));
            contains(tooFar.err(), "-5");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void headsBranchesAndShow(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            Rev.of("a1").message("root").up("CREATE TABLE a1 (id INTEGER)").down("DROP TABLE a1").write(dir);
            Rev.of("a2").revises("a1").message("main line").up("CREATE TABLE a2 (id INTEGER)").down("DROP TABLE a2")
                    .write(dir);
            Rev.of("b1").revises("a1").message("feature work").header("branch-labels: feature")
                    .header("created: 2026-11-20T10:00:00Z")
                    .up("CREATE TABLE b1 (id INTEGER)").down("DROP TABLE b1").write(dir);

            assertEquals(List.of("a2 (head)", "b1 (feature) (head)"),
                    ok(Cli.run(dir, "heads")).out().lines().sorted().toList());
            contains(ok(Cli.run(dir, "heads", "--verbose")).out(), "Rev: a2 (head)\n", "Rev: b1 (head)\n",
                    "Branch names: feature\n");

            List<String> branches = ok(Cli.run(dir, "branches")).out().lines().toList();
            assertEquals(3, branches.size(), branches::toString);
            assertEquals("<base> -> a1 (branchpoint), root", branches.get(0));
            assertEquals(List.of("    -> a2 (head), main line", "    -> b1 (feature) (head), feature work"),
                    branches.subList(1, 3).stream().sorted().toList());
            contains(ok(Cli.run(dir, "branches", "-v")).out(), "Rev: a1 (branchpoint)\n");

            assertEquals(String.join("\n",
                    "Rev: b1 (head)",
                    "Parent: a1",
                    "Branch names: feature",
                    "Path: " + Rev.versions(dir).resolve("b1.sql"),
                    "",
                    "    feature work",
                    "",
                    "    Created: 2026-11-20T10:00:00Z",
                    ""), ok(Cli.run(dir, "show", "feature@head")).out());
            contains(ok(Cli.run(dir, "show", "a1")).out(), "Rev: a1 (branchpoint)\n", "Parent: <base>\n", "    root\n");
            contains(ok(Cli.run(dir, "show", "feature")).out(), "Rev: b1 (head)\n");
            Cli.Result several = failed(Cli.run(dir, "show", "heads"));
            contains(several.err(), "'heads' names 2 revisions: a2, b1");
            Cli.Result head = failed(Cli.run(dir, "show", "head"));
            contains(head.err(), "Multiple heads are present: a2, b1");
            Cli.Result missing = failed(Cli.run(dir, "show", "zzz"));
            contains(missing.err(), "Can't find revision 'zzz'");
            assertFalse(db.tableExists("godwit_version"), "heads, branches and show must not touch the database");

            ok(Cli.run(dir, "upgrade", "heads"));
            assertEquals(List.of("a2 (head)", "b1 (feature) (head)"),
                    ok(Cli.run(dir, "current")).out().lines().sorted().toList());
            assertEquals(List.of("a2", "b1"), db.versionRows("godwit_version"));
        }
    }
}
