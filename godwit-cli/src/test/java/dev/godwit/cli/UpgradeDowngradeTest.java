package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.failed;
import static dev.godwit.cli.support.Checks.notContains;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.Rev;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** `upgrade` and `downgrade` to every kind of target, checked against the tables and the version table. */
class UpgradeDowngradeTest {
    private static final String VT = "godwit_version";

    /** aa1111 (label core) -> bb2222 -> cc3333 -> dd4444, each creating its table t1..t4. */
    private static void linear(Path dir) {
        Rev.of("aa1111").message("create t1").header("branch-labels: core")
                .up("CREATE TABLE t1 (id INTEGER PRIMARY KEY)").down("DROP TABLE t1").write(dir);
        Rev.of("bb2222").revises("aa1111").message("create t2")
                .up("CREATE TABLE t2 (id INTEGER PRIMARY KEY)").down("DROP TABLE t2").write(dir);
        Rev.of("cc3333").revises("bb2222").message("create t3")
                .up("CREATE TABLE t3 (id INTEGER PRIMARY KEY)").down("DROP TABLE t3").write(dir);
        Rev.of("dd4444").revises("cc3333").message("create t4")
                .up("CREATE TABLE t4 (id INTEGER PRIMARY KEY)").down("DROP TABLE t4").write(dir);
    }

    private static void assertTables(TestDatabase db, String... tables) throws Exception {
        List<String> expected = new ArrayList<>(List.of(tables));
        expected.sort(null);
        assertEquals(expected, db.userTables());
        assertTrue(db.tableExists(VT));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void upgradeToEveryKindOfTarget(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            linear(dir);

            Cli.Result r = ok(Cli.run(dir, "upgrade", "aa1111"));
            assertEquals("Running upgrade <base> -> aa1111, create t1", r.out().lines().findFirst().orElse("").replaceAll(" \\(\\d+ ms\\)$", ""));
            contains(r.out(), "Upgraded 1 revision(s); the database is at aa1111.");
            assertEquals(List.of("aa1111"), db.versionRows(VT));
            assertTables(db, "t1");

            r = ok(Cli.run(dir, "upgrade", "+1"));
            contains(r.out(), "Running upgrade aa1111 -> bb2222, create t2", "the database is at bb2222.");
            notContains(r.out(), "cc3333");
            assertEquals(List.of("bb2222"), db.versionRows(VT));
            assertTables(db, "t1", "t2");

            r = ok(Cli.run(dir, "upgrade", "cc3"));
            contains(r.out(), "Running upgrade bb2222 -> cc3333", "Upgraded 1 revision(s); the database is at cc3333.");
            assertEquals(List.of("cc3333"), db.versionRows(VT));
            assertTables(db, "t1", "t2", "t3");

            r = ok(Cli.run(dir, "upgrade", "core@head"));
            contains(r.out(), "Running upgrade cc3333 -> dd4444", "the database is at dd4444.");
            assertEquals(List.of("dd4444"), db.versionRows(VT));
            assertTables(db, "t1", "t2", "t3", "t4");

            r = ok(Cli.run(dir, "upgrade"));
            assertEquals("Nothing to upgrade: the database is at dd4444 (target head).\n", r.out());
            r = ok(Cli.run(dir, "upgrade", "heads"));
            assertEquals("Nothing to upgrade: the database is at dd4444 (target heads).\n", r.out());

            Cli.Result past = failed(Cli.run(dir, "upgrade", "+1"));
            contains(past.err(), "Relative revision +1 didn't produce 1 migrations", "dd4444 is a head");
            Cli.Result unknown = failed(Cli.run(dir, "upgrade", "zz9"));
            contains(unknown.err(), "Can't find revision 'zz9'");
            assertEquals(List.of("dd4444"), db.versionRows(VT));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void upgradeWithoutTargetGoesToHeadAndHeadsToEveryHead(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            linear(dir);
            Cli.Result r = ok(Cli.run(dir, "upgrade"));
            assertEquals(List.of(
                    "Running upgrade <base> -> aa1111, create t1",
                    "Running upgrade aa1111 -> bb2222, create t2",
                    "Running upgrade bb2222 -> cc3333, create t3",
                    "Running upgrade cc3333 -> dd4444, create t4",
                    "Upgraded 4 revision(s); the database is at dd4444."),
                    r.out().lines().map(l -> l.replaceAll(" \\(\\d+ ms\\)$", "")).toList());
            assertEquals(List.of("dd4444"), db.versionRows(VT));
            assertTables(db, "t1", "t2", "t3", "t4");

            ok(Cli.run(dir, "downgrade", "base"));
            ok(Cli.run(dir, "upgrade", "heads"));
            assertEquals(List.of("dd4444"), db.versionRows(VT));
            assertTables(db, "t1", "t2", "t3", "t4");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void downgradeToEveryKindOfTarget(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            linear(dir);
            ok(Cli.run(dir, "upgrade"));

            Cli.Result r = ok(Cli.run(dir, "downgrade", "-1"));
            contains(r.out(), "Running downgrade dd4444 -> cc3333, create t4",
                    "Downgraded 1 revision(s); the database is at cc3333.");
            assertEquals(List.of("cc3333"), db.versionRows(VT));
            assertTables(db, "t1", "t2", "t3");

            r = ok(Cli.run(dir, "downgrade", "core@-1"));
            contains(r.out(), "Running downgrade cc3333 -> bb2222", "the database is at bb2222.");
            assertEquals(List.of("bb2222"), db.versionRows(VT));
            assertTables(db, "t1", "t2");

            ok(Cli.run(dir, "upgrade"));
            r = ok(Cli.run(dir, "downgrade", "aa1111"));
            assertEquals(List.of(
                    "Running downgrade dd4444 -> cc3333, create t4",
                    "Running downgrade cc3333 -> bb2222, create t3",
                    "Running downgrade bb2222 -> aa1111, create t2",
                    "Downgraded 3 revision(s); the database is at aa1111."),
                    r.out().lines().map(l -> l.replaceAll(" \\(\\d+ ms\\)$", "")).toList());
            assertEquals(List.of("aa1111"), db.versionRows(VT));
            assertTables(db, "t1");

            Cli.Result ahead = failed(Cli.run(dir, "downgrade", "cc3333"));
            contains(ahead.err(), "Revision cc3333 is ahead of the current revision", "godwit upgrade cc3333");
            assertEquals(List.of("aa1111"), db.versionRows(VT));

            r = ok(Cli.run(dir, "downgrade", "base"));
            contains(r.out(), "Running downgrade aa1111 -> <base>", "Downgraded 1 revision(s); the database is at <base>.");
            assertEquals(List.of(), db.versionRows(VT));
            assertTables(db);

            r = ok(Cli.run(dir, "downgrade", "base"));
            contains(r.out(), "Nothing to downgrade: the database is at <base>.");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void downgradePastARevisionWithoutDowngradeFailsAndChangesNothing(TestDatabase.Kind kind, @TempDir Path dir)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            Rev.of("aa1111").message("create t1")
                    .up("CREATE TABLE t1 (id INTEGER PRIMARY KEY)").down("DROP TABLE t1").write(dir);
            Path noDown = Rev.of("bb2222").revises("aa1111").message("create t2")
                    .up("CREATE TABLE t2 (id INTEGER PRIMARY KEY)").noDowngrade().write(dir);
            Path emptyDown = Rev.of("cc3333").revises("bb2222").message("create t3")
                    .up("CREATE TABLE t3 (id INTEGER PRIMARY KEY)").downRaw("-- nothing to undo\n").write(dir);
            ok(Cli.run(dir, "upgrade", "bb2222"));

            for (String target : new String[] {"-1", "base", "aa1111"}) {
                Cli.Result r = failed(Cli.run(dir, "downgrade", target));
                contains(r.err(), "Revision bb2222 (create t2) has no downgrade", noDown.toString(),
                        "-- +downgrade", "Nothing was run.");
                assertEquals("", r.out(), "nothing may run: " + r);
                assertEquals(List.of("bb2222"), db.versionRows(VT));
                assertTables(db, "t1", "t2");
            }

            ok(Cli.run(dir, "upgrade"));
            Cli.Result r = failed(Cli.run(dir, "downgrade", "aa1111"));
            contains(r.err(), "Revision cc3333 (create t3) has no downgrade", emptyDown.toString());
            assertEquals(List.of("cc3333"), db.versionRows(VT));
            assertTables(db, "t1", "t2", "t3");
        }
    }
}
