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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The version table never says something the database is not: a revision that changes the session's
 * database or schema cannot move the bookkeeping, a version update that misses its row fails the
 * revision, and the version row and the history row are written together or not at all.
 */
class VersionTableTruthTest {
    private static final String VT = "godwit_version";

    private static String other() {
        return "gw_other_" + ProcessHandle.current().pid() + "_" + Long.toString(System.nanoTime() % 1_000_000_000, 36);
    }

    private static List<String> historyOf(TestDatabase db, String qualifiedHistory) throws Exception {
        return db.column("SELECT revision FROM " + qualifiedHistory + " WHERE action = 'upgrade' AND success = TRUE "
                + "ORDER BY id");
    }

    @Test
    void aMariadbRevisionWithUseKeepsTheBookkeepingAndLaterTablesInTheConfiguredDatabase(@TempDir Path dir)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.MARIADB, dir)) {
            String other = other();
            db.execute("CREATE DATABASE " + other);
            try {
                db.writeConfig(dir);
                Rev.of("u1").up("CREATE TABLE t1 (id INTEGER PRIMARY KEY)").down("DROP TABLE t1").write(dir);
                Rev.of("u2").revises("u1").up("USE " + other, "CREATE TABLE t2 (id INTEGER PRIMARY KEY)")
                        .down("DROP TABLE " + other + ".t2").write(dir);
                Rev.of("u3").revises("u2").up("CREATE TABLE t3 (id INTEGER PRIMARY KEY)").down("DROP TABLE t3")
                        .write(dir);

                contains(ok(Cli.run(dir, "upgrade")).out(), "the database is at u3");
                assertEquals("u3 (head)\n", ok(Cli.run(dir, "current")).out());
                assertEquals(List.of("u3"), db.versionRows(VT));
                assertEquals(List.of("u1", "u2", "u3"), historyOf(db, "godwit_history"));
                assertEquals(List.of("godwit_history", "godwit_history_progress", "godwit_version", "t1", "t3"), db.tables(),
                        "the progress table of the multi-statement revisions stays in the configured database too");
                assertEquals(List.of("t2"), db.column("SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = '" + other + "'"), "only the revision's own table goes elsewhere");
            } finally {
                db.execute("DROP DATABASE IF EXISTS " + other);
            }
        }
    }

    @Test
    void aPostgresRevisionThatChangesSearchPathKeepsTheBookkeepingAndLaterTablesInTheSessionSchema(
            @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.POSTGRESQL, dir)) {
            String other = other();
            db.execute("CREATE SCHEMA " + other);
            try {
                // No `schema` setting: the session's schema comes from the URL.
                Files.writeString(dir.resolve("godwit.toml"), "url = \"" + db.url() + "?currentSchema=" + db.schema()
                        + "\"\n");
                Rev.of("u1").up("CREATE TABLE t1 (id INTEGER PRIMARY KEY)").down("DROP TABLE t1").write(dir);
                Rev.of("u2").revises("u1").up("SET search_path TO " + other, "CREATE TABLE t2 (id INTEGER PRIMARY KEY)")
                        .down("DROP TABLE " + other + ".t2").write(dir);
                Rev.of("u3").revises("u2").up("CREATE TABLE t3 (id INTEGER PRIMARY KEY)").down("DROP TABLE t3")
                        .write(dir);
                Rev.of("u4").revises("u3").message("as pg_dump writes it")
                        .up("SELECT pg_catalog.set_config('search_path', '', false)",
                                "CREATE TABLE " + db.schema() + ".t4 (id INTEGER PRIMARY KEY)")
                        .down("DROP TABLE " + db.schema() + ".t4").write(dir);
                Rev.of("u5").revises("u4").up("CREATE TABLE t5 (id INTEGER PRIMARY KEY)").down("DROP TABLE t5")
                        .write(dir);

                contains(ok(Cli.run(dir, "upgrade")).out(), "the database is at u5");
                assertEquals("u5 (head)\n", ok(Cli.run(dir, "current")).out());
                assertEquals(List.of("u5"), db.versionRows(VT));
                assertEquals(List.of("u1", "u2", "u3", "u4", "u5"), historyOf(db, db.schema() + ".godwit_history"));
                assertEquals(List.of("godwit_history", "godwit_version", "t1", "t3", "t4", "t5"), db.tables());
                assertEquals(List.of("t2"), db.column("SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = '" + other + "'"), "only the revision's own table goes elsewhere");

                ok(Cli.run(dir, "downgrade", "u1"));
                assertEquals(List.of("u1"), db.versionRows(VT));
                assertEquals(List.of("godwit_history", "godwit_version", "t1"), db.tables());
            } finally {
                db.execute("DROP SCHEMA IF EXISTS " + other + " CASCADE");
            }
        }
    }

    /** A revision that changes the version table itself: the bookkeeping's update misses its row. */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aVersionUpdateThatMissesItsRowFailsTheRevision(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            Rev.of("m1").up("CREATE TABLE m_1 (id INTEGER PRIMARY KEY)").down("DROP TABLE m_1").write(dir);
            Rev.of("m2").revises("m1").message("meddles").up("CREATE TABLE m_2 (id INTEGER PRIMARY KEY)",
                    "DELETE FROM godwit_version").down("DROP TABLE m_2").write(dir);

            Cli.Result r = failed(Cli.run(dir, "upgrade"));
            contains(r.err(), "Revision m2 (meddles) ran, but recording it in the version table failed",
                    "no longer holds [m1], the row(s) this run read before the revision",
                    "a statement of the revision changed the version table");
            notContains(r.out() + r.err(), "the database is at m2");
            assertEquals(List.of("m1"), historyOf(db, "godwit_history"), "m2 must not be recorded as applied");
            if (kind == TestDatabase.Kind.MARIADB) {
                // MariaDB committed the revision's statements one by one: the version table is as it left it.
                contains(r.err(), "(it holds [])", "These statements of m2 had already run and stay applied");
                assertEquals(List.of(), db.versionRows(VT));
            } else {
                contains(r.err(), "Revision m2 was rolled back; nothing of it stays applied.");
                assertEquals(List.of("m1"), db.versionRows(VT));
                assertEquals("m1\n", ok(Cli.run(dir, "current")).out());
                assertEquals(List.of("m_1"), db.userTables());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"latin1", "utf8mb3"})
    void aMariadbDatabaseWithANarrowCharacterSetRecordsAnyMessage(String charset, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.MARIADB, dir)) {
            db.execute("ALTER DATABASE " + db.database() + " CHARACTER SET " + charset);
            db.writeConfig(dir);
            Rev.of("c1").message("🚀 launch 日本語").up("CREATE TABLE c_1 (id INTEGER PRIMARY KEY)")
                    .down("DROP TABLE c_1").write(dir);
            Rev.of("c2").revises("c1").message("second 🚀").up("CREATE TABLE c_2 (id INTEGER PRIMARY KEY)")
                    .down("DROP TABLE c_2").write(dir);

            contains(ok(Cli.run(dir, "upgrade")).out(), "the database is at c2");
            assertEquals("c2 (head)\n", ok(Cli.run(dir, "current")).out());
            contains(ok(Cli.run(dir, "log")).out(), "🚀 launch 日本語", "second 🚀");
            assertEquals(List.of("🚀 launch 日本語", "second 🚀"),
                    db.column("SELECT message FROM godwit_history ORDER BY id"));
            for (String table : List.of("godwit_version", "godwit_history")) {
                String ddl = db.query("SHOW CREATE TABLE " + table).get(0).get(1).toLowerCase(Locale.ROOT);
                assertTrue(ddl.contains("charset=utf8mb4"), table + " must be utf8mb4:\n" + ddl);
            }
        }
    }

    /** A trigger that refuses the history row, created by the revision itself. */
    private static String[] refuseHistory(TestDatabase.Kind kind) {
        switch (kind) {
            case POSTGRESQL:
                return new String[] {"CREATE FUNCTION refuse_history() RETURNS trigger LANGUAGE plpgsql AS "
                        + "$$ BEGIN RAISE EXCEPTION 'history refused'; END $$",
                    "CREATE TRIGGER no_history BEFORE INSERT ON godwit_history FOR EACH ROW "
                        + "EXECUTE FUNCTION refuse_history()"};
            case MARIADB:
                return new String[] {"CREATE TRIGGER no_history BEFORE INSERT ON godwit_history FOR EACH ROW "
                        + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'history refused'"};
            default:
                return new String[] {"CREATE TRIGGER no_history BEFORE INSERT ON godwit_history "
                        + "BEGIN SELECT RAISE(ABORT, 'history refused'); END"};
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void whenTheHistoryRowFailsTheVersionRowIsNotWrittenEither(TestDatabase.Kind kind, @TempDir Path dir)
            throws Exception {
        checkHistoryFailure(kind, dir, false);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void whenTheHistoryRowOfANonTransactionalRevisionFailsTheVersionRowIsNotWrittenEither(TestDatabase.Kind kind,
            @TempDir Path dir) throws Exception {
        checkHistoryFailure(kind, dir, true);
    }

    private static void checkHistoryFailure(TestDatabase.Kind kind, Path dir, boolean nonTransactional)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            Rev.of("a1").up("CREATE TABLE a_1 (id INTEGER PRIMARY KEY)").down("DROP TABLE a_1").write(dir);
            Rev a2 = Rev.of("a2").revises("a1").message("refuses history").up(refuseHistory(kind))
                    .down("DROP TRIGGER no_history" + (kind == TestDatabase.Kind.POSTGRESQL ? " ON godwit_history" : ""));
            if (nonTransactional) {
                a2.header("transaction: false");
            }
            a2.write(dir);

            Cli.Result r = failed(Cli.run(dir, "upgrade"));
            contains(r.err(), "Revision a2 (refuses history) ran, but recording it in the version table ",
                    "history refused");
            assertEquals(List.of("a1"), db.versionRows(VT), "the version row goes with the history row");
            assertEquals("a1\n", ok(Cli.run(dir, "current")).out());
            assertEquals(List.of("a1"), historyOf(db, "godwit_history"));
            boolean atomic = !nonTransactional && kind != TestDatabase.Kind.MARIADB;
            if (atomic) {
                contains(r.err(), "Revision a2 was rolled back; nothing of it stays applied.");
            } else {
                contains(r.err(), "These statements of a2 had already run and stay applied", nonTransactional
                        ? "`godwit upgrade --resume` records a2 without running them again"
                        : "Revert those statements by hand");
                notContains(r.err(), "nothing of it stays applied");
            }
        }
    }
}
