package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.failed;
import static dev.godwit.cli.support.Checks.noStackTrace;
import static dev.godwit.cli.support.Checks.notContains;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.GodwitProcess;
import dev.godwit.cli.support.Rev;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A revision that runs statement by statement (MySQL/MariaDB, where DDL commits on its own, and
 * {@code transaction: false} everywhere) fails or is killed half way: the next run says exactly
 * which statements are applied, and `upgrade --resume` or `downgrade --undo-partial` finish the job
 * without hand-editing.
 */
class HalfAppliedRevisionTest {
    private static final String VT = "godwit_version";
    private static final String PROGRESS = "godwit_history_progress";

    /** h2: four statements, the third broken; its downgrade matches them one for one, last first. */
    private static Rev fourStatements(TestDatabase.Kind kind, String third) {
        Rev rev = Rev.of("h2").revises("h1").message("add a b c")
                .up("CREATE TABLE a (id INTEGER)", "CREATE TABLE b (id INTEGER)", third, "CREATE TABLE c (id INTEGER)")
                .down("DROP TABLE c", "DELETE FROM a", "DROP TABLE b", "DROP TABLE a");
        return kind == TestDatabase.Kind.MARIADB ? rev : rev.header("transaction: false");
    }

    private static int firstLine(TestDatabase.Kind kind) {
        return kind == TestDatabase.Kind.MARIADB ? 6 : 7;
    }

    private static Path setUp(TestDatabase db, Path dir) throws Exception {
        db.writeConfig(dir);
        Rev.of("h1").message("base").up("CREATE TABLE base (id INTEGER)").down("DROP TABLE base").write(dir);
        return fourStatements(db.kind(), "INSERT INTO no_such_table (id) VALUES (1)").write(dir);
    }

    private static List<String> progressRows(TestDatabase db) throws Exception {
        return db.column("SELECT " + (db.kind() == TestDatabase.Kind.MARIADB ? "CONCAT" : "") + "(revision"
                + (db.kind() == TestDatabase.Kind.MARIADB ? ", ':', " : " || ':' || ") + "statement) FROM " + PROGRESS
                + " ORDER BY statement");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void aFailureAtStatementThreeIsReportedNextTimeAndResumed(TestDatabase.Kind kind, @TempDir Path dir)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            Path file = setUp(db, dir);
            int line = firstLine(kind);

            Cli.Result r = failed(Cli.run(dir, "upgrade"));
            contains(r.err(), "Revision h2 (add a b c) failed in its upgrade at statement 3 of 4, " + file + ":"
                            + (line + 2) + ":",
                    "These statements of h2 had already run and stay applied", "    1. CREATE TABLE a (id INTEGER)\n",
                    "    2. CREATE TABLE b (id INTEGER)\n", "Godwit recorded how far h2 got",
                    "Fix the file if statement 3 was wrong (leave statements 1-2 as they are), then "
                            + "`godwit upgrade --resume` runs it from statement 3",
                    "`godwit downgrade --undo-partial` undoes those statements with h2's matching downgrade statements");
            notContains(r.err(), "revert those statements by hand", "(or with the revision's downgrade)");
            assertEquals(List.of("h1"), db.versionRows(VT));
            assertEquals(List.of("h2:0", "h2:1", "h2:2"), progressRows(db));

            // The next plain run refuses before running anything, and says exactly what is applied.
            Cli.Result again = failed(Cli.run(dir, "upgrade"));
            noStackTrace(again);
            contains(again.err(), "Revision h2 (add a b c) was left half applied by an earlier run: its upgrade stopped "
                            + "at statement 3 of 4",
                    "the version table does not record it",
                    "Statement 3 failed: ", "no_such_table",
                    "Applied (they stay applied):\n    1. CREATE TABLE a (id INTEGER)  (h2.sql:" + line + ")\n"
                            + "    2. CREATE TABLE b (id INTEGER)  (h2.sql:" + (line + 1) + ")\n",
                    "Not applied:\n    3. INSERT INTO no_such_table (id) VALUES (1)  (h2.sql:" + (line + 2) + ")\n"
                            + "    4. CREATE TABLE c (id INTEGER)  (h2.sql:" + (line + 3) + ")",
                    "`godwit upgrade --resume` runs h2 from statement 3", "`godwit downgrade --undo-partial`",
                    "Nothing was run.");
            notContains(again.err(), "No statement of h2 had run", "already exists");
            assertEquals("", again.out());

            // An applied statement edited since it ran: resuming would not know what it builds on.
            String fixed = Files.readString(file).replace("no_such_table", "a");
            Files.writeString(file, fixed.replace("CREATE TABLE b (id INTEGER)", "CREATE TABLE b (id BIGINT)"));
            Cli.Result edited = failed(Cli.run(dir, "upgrade", "--resume"));
            contains(edited.err(), "(h2.sql:" + (line + 1) + ")  -- changed in the file since it ran",
                    "Statement(s) 2 of h2 changed in the file after they ran",
                    "fix only statements from 3 on");
            assertFalse(db.tableExists("c"));

            Files.writeString(file, fixed);
            Cli.Result resumed = ok(Cli.run(dir, "upgrade", "--resume"));
            contains(resumed.out(), "Running upgrade h1 -> h2, add a b c", "Upgraded 1 revision(s); the database is at h2.");
            assertEquals(List.of("h2"), db.versionRows(VT));
            assertEquals(List.of("a", "b", "base", "c"), db.userTables().stream().filter(t -> !t.contains("godwit"))
                    .sorted().toList());
            assertEquals(List.of("1"), db.column("SELECT id FROM a"), "statement 3 ran once, after the fix");
            assertEquals(List.of(), progressRows(db), "the record goes once the revision is recorded");
            assertEquals("h2 (head)\n", ok(Cli.run(dir, "current")).out());
            ok(Cli.run(dir, "validate"));

            Cli.Result nothing = failed(Cli.run(dir, "upgrade", "--resume"));
            contains(nothing.err(), "No revision was left half applied, so there is nothing to resume.");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void undoPartialRunsTheMatchingDowngradeStatements(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            Path file = setUp(db, dir);
            failed(Cli.run(dir, "upgrade"));
            assertTrue(db.tableExists("a") && db.tableExists("b"));

            Cli.Result wrongWay = failed(Cli.run(dir, "upgrade", "--undo-partial"));
            contains(wrongWay.err(), "`--undo-partial` goes with `godwit downgrade` here.");

            Cli.Result undone = ok(Cli.run(dir, "downgrade", "--undo-partial"));
            contains(undone.out(), "Undid 2 applied statement(s) of h2's interrupted upgrade; the database is at h1.");
            assertFalse(db.tableExists("a"), "DROP TABLE a undoes statement 1");
            assertFalse(db.tableExists("b"), "DROP TABLE b undoes statement 2");
            assertTrue(db.tableExists("base"));
            assertEquals(List.of("h1"), db.versionRows(VT));
            assertEquals(List.of(), progressRows(db));
            contains(ok(Cli.run(dir, "log")).out(), "undo-partial");

            Files.writeString(file, Files.readString(file).replace("no_such_table", "a"));
            ok(Cli.run(dir, "upgrade"));
            assertEquals(List.of("h2"), db.versionRows(VT));
            assertEquals(List.of("1"), db.column("SELECT id FROM a"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void aFailedDowngradePointsToDowngradeResumeAndValidateAccept(TestDatabase.Kind kind, @TempDir Path dir)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            Rev.of("h1").message("base").up("CREATE TABLE base (id INTEGER)").down("DROP TABLE base").write(dir);
            Rev h2 = Rev.of("h2").revises("h1").message("add a b")
                    .up("CREATE TABLE a (id INTEGER)", "CREATE TABLE b (id INTEGER)")
                    .down("DROP TABLE b", "DROP TABLE no_such_table");
            Path file = (kind == TestDatabase.Kind.MARIADB ? h2 : h2.header("transaction: false")).write(dir);
            ok(Cli.run(dir, "upgrade"));

            Cli.Result r = failed(Cli.run(dir, "downgrade", "base"));
            contains(r.err(), "Revision h2 (add a b) failed in its downgrade at statement 2 of 2",
                    "    1. DROP TABLE b\n", "`godwit downgrade --resume <target>` runs it from statement 2",
                    "`godwit upgrade --undo-partial` undoes those statements with h2's matching upgrade statements");
            notContains(r.err(), "revision's downgrade", "godwit upgrade --resume");
            assertEquals(List.of("h2"), db.versionRows(VT));

            // At head, a plain upgrade does not say "nothing to upgrade": h2 is half downgraded.
            Cli.Result up = failed(Cli.run(dir, "upgrade"));
            contains(up.err(), "Revision h2 (add a b) was left half applied by an earlier run: its downgrade stopped "
                    + "at statement 2 of 2", "    1. DROP TABLE b  (h2.sql:", "`godwit upgrade --undo-partial` undoes "
                    + "statement 1 with h2's matching upgrade statements");

            Files.writeString(file, Files.readString(file).replace("no_such_table", "a"));
            Cli.Result refused = failed(Cli.run(dir, "downgrade", "--resume", "base"));
            contains(refused.err(), "was edited after it was applied", "`godwit validate --accept h2`",
                    "`godwit downgrade --resume <target>`");
            ok(Cli.run(dir, "validate", "--accept", "h2"));

            Cli.Result resumed = ok(Cli.run(dir, "downgrade", "--resume", "base"));
            contains(resumed.out(), "Downgraded 2 revision(s); the database is at <base>.");
            assertEquals(List.of(), db.versionRows(VT));
            assertFalse(db.tableExists("a"));
            assertFalse(db.tableExists("base"));
            assertEquals(List.of(), progressRows(db));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void upgradeUndoPartialRedoesWhatAFailedDowngradeUndid(TestDatabase.Kind kind, @TempDir Path dir)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            Rev.of("h1").message("base").up("CREATE TABLE base (id INTEGER)").down("DROP TABLE base").write(dir);
            Rev h2 = Rev.of("h2").revises("h1").message("add a b")
                    .up("CREATE TABLE a (id INTEGER)", "CREATE TABLE b (id INTEGER)")
                    .down("DROP TABLE b", "DROP TABLE no_such_table");
            (kind == TestDatabase.Kind.MARIADB ? h2 : h2.header("transaction: false")).write(dir);
            ok(Cli.run(dir, "upgrade"));
            failed(Cli.run(dir, "downgrade", "h1"));
            assertFalse(db.tableExists("b"));

            Cli.Result redone = ok(Cli.run(dir, "upgrade", "--undo-partial"));
            contains(redone.out(), "Undid 1 applied statement(s) of h2's interrupted downgrade; the database is at h2.");
            assertTrue(db.tableExists("a") && db.tableExists("b"), "CREATE TABLE b (upgrade statement 2) redone");
            assertEquals(List.of("h2"), db.versionRows(VT));
            assertEquals(List.of(), progressRows(db));
            contains(ok(Cli.run(dir, "upgrade")).out(), "Nothing to upgrade: the database is at h2");
        }
    }

    private static String sleep(TestDatabase.Kind kind, int seconds) {
        String sql = ConcurrencyTest.slowStatement(kind, seconds);
        return sql.substring(0, sql.length() - 1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void aRunKilledMidRevisionIsReportedAndResumed(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            Rev.of("h1").message("base").up("CREATE TABLE base (id INTEGER)").down("DROP TABLE base").write(dir);
            Rev h2 = Rev.of("h2").revises("h1").message("slow")
                    .up("CREATE TABLE a (id INTEGER)", sleep(kind, 5), "CREATE TABLE b (id INTEGER)")
                    .down("DROP TABLE b", "SELECT 1", "DROP TABLE a");
            (kind == TestDatabase.Kind.MARIADB ? h2 : h2.header("transaction: false")).write(dir);

            GodwitProcess victim = GodwitProcess.start(dir, dir.resolve("victim.log"), "upgrade");
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!db.tableExists(PROGRESS) || progressRows(db).size() < 2) {
                assertTrue(System.nanoTime() < deadline, "statement 1 never ran: " + victim.output());
                assertTrue(victim.process().isAlive(), victim.output());
                Thread.sleep(50);
            }
            victim.process().destroyForcibly();
            victim.waitFor(30);
            assertEquals(List.of("h1"), db.versionRows(VT));
            assertTrue(db.tableExists("a"));

            // It may first wait for the dead run's lock, which the server frees once it notices.
            Cli.Result next = Cli.run(dir, "upgrade", "--lock-timeout", "30");
            assertEquals(1, next.exit(), next::toString);
            contains(next.err(), "its upgrade stopped at statement 2 of 3",
                    "Statement 2 was running when the run stopped (killed, or its connection lost)",
                    "Applied (they stay applied):\n    1. CREATE TABLE a (id INTEGER)  (h2.sql:",
                    "Not applied:\n    2. " + sleep(kind, 5).substring(0, 14), "`godwit upgrade --resume`");
            assertFalse(db.tableExists("b"));

            ok(Cli.run(dir, "upgrade", "--resume", "--lock-timeout", "30"));
            assertEquals(List.of("h2"), db.versionRows(VT));
            assertTrue(db.tableExists("b"));
            assertEquals(List.of(), progressRows(db));
        }
    }

    @Test
    void aFailedCreateIndexConcurrentlyLeavesAnInvalidIndexThatResumeDrops(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.POSTGRESQL, dir)) {
            db.writeConfig(dir);
            Rev.of("c1").message("items").up("CREATE TABLE items (id INTEGER, name VARCHAR(50))",
                    "INSERT INTO items VALUES (1, 'x'), (2, 'x')").down("DROP TABLE items").write(dir);
            Rev.of("c2").revises("c1").message("unique names").header("transaction: false")
                    .up("CREATE UNIQUE INDEX CONCURRENTLY ix_items_name ON items (name)")
                    .down("DROP INDEX CONCURRENTLY ix_items_name").write(dir);
            String valid = "SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                    + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relname = 'ix_items_name' "
                    + "AND n.nspname = '" + db.schema() + "'";

            Cli.Result r = failed(Cli.run(dir, "upgrade"));
            contains(r.err(), "failed in its upgrade at statement 1 of 1", "could not create unique index",
                    "It left an INVALID index ix_items_name",
                    "`godwit upgrade --resume` drops the invalid index and runs c2 again",
                    "DROP INDEX CONCURRENTLY IF EXISTS ix_items_name");
            assertEquals(List.of("f"), db.column(valid));
            assertEquals(List.of("c1"), db.versionRows(VT));

            Cli.Result again = failed(Cli.run(dir, "upgrade"));
            contains(again.err(), "its upgrade stopped at statement 1 of 1", "It left an INVALID index ix_items_name",
                    "No statement of its upgrade is applied.",
                    "`godwit upgrade --resume` runs c2 from statement 1 after dropping the invalid index "
                            + "(DROP INDEX CONCURRENTLY IF EXISTS ix_items_name)");
            notContains(again.err(), "already exists");

            db.execute("DELETE FROM items WHERE id = 2");
            ok(Cli.run(dir, "upgrade", "--resume"));
            assertEquals(List.of("c2"), db.versionRows(VT));
            assertEquals(List.of("t"), db.column(valid));
            assertEquals(List.of(), progressRows(db));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void anAlreadyExistsFailureOnAHandBuiltDatabaseSuggestsStamp(TestDatabase.Kind kind, @TempDir Path dir)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            db.execute("CREATE TABLE made_by_hand (id INTEGER)");
            Rev.of("s1").message("by hand").up("CREATE TABLE made_by_hand (id INTEGER)", "CREATE TABLE other (id INTEGER)")
                    .down("DROP TABLE other", "DROP TABLE made_by_hand").write(dir);
            Cli.Result r = failed(Cli.run(dir, "upgrade"));
            contains(r.err(), "failed in its upgrade at statement 1 of 2", kind == TestDatabase.Kind.MARIADB
                            ? "No statement of s1 had run" : "Revision s1 was rolled back; nothing of it stays applied.",
                    "If the database already has what s1 creates (built by hand or by another tool), record that "
                            + "instead of running it: `godwit stamp s1`.");
            ok(Cli.run(dir, "stamp", "s1"));
            assertEquals(List.of("s1"), db.versionRows(VT));
        }
    }
}
