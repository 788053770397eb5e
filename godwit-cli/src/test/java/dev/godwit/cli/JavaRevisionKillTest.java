package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.notContains;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.GodwitProcess;
import dev.godwit.cli.support.Rev;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * `godwit upgrade` killed (SIGKILL) while a {@code .java} revision's code runs, after it changed
 * data: the next commands tell the truth. PostgreSQL rolled the revision back and nothing is
 * recorded; MariaDB, where the code's statements commit one by one, reports the revision as
 * half-applied. The dead run's lock is free in both.
 */
class JavaRevisionKillTest {
    static final String PREFIX = "attack";
    private static final String VT = "godwit_version";
    private static final String MARK = "attack_kill_nap";

    private static final String SOURCE = """
            import dev.godwit.api.JavaRevision;
            import dev.godwit.api.RevisionContext;
            import java.util.List;

            public class LongBackfill implements JavaRevision {
                public String id() { return "k2"; }
                public List<String> revises() { return List.of("k1"); }
                public String message() { return "long backfill"; }
                public void upgrade(RevisionContext ctx) throws Exception {
                    ctx.execute("INSERT INTO items (id) VALUES (1)");
                    Object seconds = ctx.query("SELECT seconds FROM naps").get(0).get("seconds");
                    ctx.query(SLEEP);
                    ctx.execute("INSERT INTO items (id) VALUES (2)");
                }
                public void downgrade(RevisionContext ctx) throws Exception {
                    ctx.execute("DELETE FROM items");
                }
            }
            """;

    private static String sleep(TestDatabase.Kind kind) {
        // The comment marks the statement in the server's list of sessions.
        return kind == TestDatabase.Kind.POSTGRESQL
                ? "\"SELECT /* " + MARK + " */ pg_sleep(CAST(? AS INTEGER))\", seconds"
                : "\"SELECT /* " + MARK + " */ SLEEP(?)\", seconds";
    }

    private static boolean sleeping(TestDatabase db) throws Exception {
        String sql = db.kind() == TestDatabase.Kind.POSTGRESQL
                ? "SELECT COUNT(*) FROM pg_stat_activity WHERE query LIKE '%" + MARK + "%' AND pid <> pg_backend_pid()"
                : "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE '%" + MARK + "%' "
                        + "AND ID <> CONNECTION_ID()";
        return !db.column(sql).get(0).equals("0");
    }

    /**
     * MariaDB, the code throws (no kill): what it changed stays, and the way on is to revert it by
     * hand and run again; never "Godwit recorded that all of them ran", which the progress record of
     * a Java revision must not make it say.
     */
    @org.junit.jupiter.api.Test
    void aJavaRevisionThatThrowsOnMariadbIsNotReportedAsRun(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.MARIADB, dir, PREFIX)) {
            db.writeConfig(dir);
            Rev.of("s1").message("t").up("CREATE TABLE t (id INTEGER)").down("DROP TABLE t").write(dir);
            Files.writeString(Rev.versions(dir).resolve("J.java"), JavaRevisionLoadErrorsTest.source("J", "",
                    "throw new IllegalStateException(\"row 17 has no email\");"));
            Cli.Result r = Cli.run(dir, "upgrade");
            assertEquals(1, r.exit(), r::toString);
            contains(r.err(), "J.upgrade() threw java.lang.IllegalStateException: row 17 has no email",
                    "1. what J.upgrade() changed before it threw", "Revert those statements by hand");
            notContains(r.err(), "recorded that all of them ran", "--resume");
            assertEquals(List.of("s1"), db.versionRows(VT));
            assertEquals(List.of("1"), db.column("SELECT id FROM t"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TestDatabase.Kind.class, names = {"POSTGRESQL", "MARIADB"})
    void killedInTheMiddleOfAJavaRevision(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir, PREFIX)) {
            db.writeConfig(dir);
            Rev.of("k1").message("items").up("CREATE TABLE items (id INTEGER NOT NULL PRIMARY KEY)",
                    "CREATE TABLE naps (seconds INTEGER)", "INSERT INTO naps (seconds) VALUES (120)")
                    .down("DROP TABLE naps", "DROP TABLE items").write(dir);
            Files.writeString(Rev.versions(dir).resolve("LongBackfill.java"),
                    SOURCE.replace("SLEEP", sleep(kind)));

            GodwitProcess victim = GodwitProcess.start(dir, dir.resolve("victim.log"), "upgrade");
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (!sleeping(db)) {
                assertTrue(System.nanoTime() < deadline, "the Java revision never reached its sleep: "
                        + victim.output());
                assertTrue(victim.process().isAlive(), victim.output());
                Thread.sleep(100);
            }
            victim.process().destroyForcibly();
            victim.waitFor(30);
            db.execute("UPDATE naps SET seconds = 0");

            contains(ok(Cli.run(dir, "current")).out(), "k1");
            assertEquals(List.of("k1"), db.versionRows(VT));
            Cli.Result next = Cli.run(dir, "upgrade", "--lock-timeout", "30");
            if (kind == TestDatabase.Kind.POSTGRESQL) {
                assertEquals(0, next.exit(), next::toString);
                assertEquals(List.of("k2"), db.versionRows(VT));
                assertEquals(List.of("1", "2"), db.column("SELECT id FROM items ORDER BY id"),
                        "the killed run's insert was rolled back, the new run did it again");
            } else {
                assertEquals(1, next.exit(), next::toString);
                // Before: nothing recorded the Java revision's progress, and this run ran its code again.
                contains(next.err(), "Revision k2 (long backfill) was left half applied by an earlier run",
                        "Its Java code (Java revision: LongBackfill.upgrade(context) runs here) was running when the "
                                + "run stopped (killed, or its connection lost)",
                        "What the code changed up to then may stay applied",
                        "make sure running it again is safe; then `godwit upgrade --resume` runs the code of k2 "
                                + "again from its start");
                notContains(next.err(), "No statement of its upgrade is applied", "Exception");
                assertEquals(List.of("1"), db.column("SELECT id FROM items ORDER BY id"), "nothing ran again");
                db.execute("DELETE FROM items");
                ok(Cli.run(dir, "upgrade", "--resume"));
                assertEquals(List.of("k2"), db.versionRows(VT));
                assertEquals(List.of("1", "2"), db.column("SELECT id FROM items ORDER BY id"));
            }
        }
    }
}
