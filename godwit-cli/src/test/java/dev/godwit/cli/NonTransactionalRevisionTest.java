package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.failed;
import static dev.godwit.cli.support.Checks.notContains;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.Rev;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * `-- transaction: false`: on PostgreSQL, CREATE INDEX CONCURRENTLY runs with it, and without it the
 * CLI refuses before running anything and says what to add; on every database such a revision runs
 * statement by statement, is recorded once, and a failure lists what stays applied.
 */
class NonTransactionalRevisionTest {
    private static final String VT = "godwit_version";

    private static List<String> indexes(TestDatabase db) throws Exception {
        return db.column("SELECT indexname FROM pg_indexes WHERE schemaname = '" + db.schema()
                + "' AND indexname LIKE 'ix_%' ORDER BY indexname");
    }

    @Test
    void createIndexConcurrentlyNeedsTransactionFalse(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.POSTGRESQL, dir)) {
            db.writeConfig(dir);
            Rev.of("t1").message("create items").up("CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50))")
                    .down("DROP TABLE items").write(dir);
            Rev index = Rev.of("t2").revises("t1").message("index names")
                    .up("CREATE INDEX CONCURRENTLY ix_items_name ON items (name)")
                    .down("DROP INDEX CONCURRENTLY ix_items_name");
            Path file = index.write(dir);

            Cli.Result r = failed(Cli.run(dir, "upgrade"));
            contains(r.err(), "ERROR: " + file + ":6: statement 1 cannot run inside a transaction: "
                            + "CREATE INDEX CONCURRENTLY ix_items_name ON items (name)",
                    "Add `-- transaction: false` to the header of t2.sql", "Nothing was run.");
            assertEquals("", r.out(), "nothing may run: " + r);
            assertEquals(List.of(), db.userTables(), "t1 must not run either");
            assertEquals(List.of(), db.versionRows(VT));

            ok(Cli.run(dir, "upgrade", "t1"));
            failed(Cli.run(dir, "upgrade"));
            assertEquals(List.of("t1"), db.versionRows(VT));
            assertEquals(List.of(), indexes(db));

            index.header("transaction: false").write(dir);
            contains(ok(Cli.run(dir, "show", "t2")).out(), "Transaction: false\n");
            String script = ok(Cli.run(dir, "upgrade", "--sql", "t1:t2")).out();
            contains(script, "-- Running upgrade t1 -> t2, index names\n-- File: t2.sql\n"
                    + "CREATE INDEX CONCURRENTLY ix_items_name ON items (name);\n");
            notContains(script, "BEGIN;", "COMMIT;");

            r = ok(Cli.run(dir, "upgrade"));
            contains(r.out(), "Running upgrade t1 -> t2, index names", "the database is at t2.");
            assertEquals(List.of("t2"), db.versionRows(VT));
            assertEquals(List.of("ix_items_name"), indexes(db));
            assertEquals(List.of("t"), db.column("SELECT i.indisvalid FROM pg_index i JOIN pg_class c "
                    + "ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                    + "WHERE c.relname = 'ix_items_name' AND n.nspname = '" + db.schema() + "'"));

            r = ok(Cli.run(dir, "downgrade", "-1"));
            contains(r.out(), "Running downgrade t2 -> t1");
            assertEquals(List.of("t1"), db.versionRows(VT));
            assertEquals(List.of(), indexes(db));
        }
    }

    @Test
    void aFailureInANonTransactionalRevisionListsWhatStays(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.POSTGRESQL, dir)) {
            db.writeConfig(dir);
            Rev.of("t1").message("create items").up("CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50))")
                    .down("DROP TABLE items").write(dir);
            Path file = Rev.of("t2").revises("t1").message("index and fail").header("transaction: false")
                    .up("CREATE INDEX CONCURRENTLY ix_items_name ON items (name)",
                            "INSERT INTO no_such_table VALUES (1)")
                    .down("DROP INDEX CONCURRENTLY ix_items_name").write(dir);

            Cli.Result r = failed(Cli.run(dir, "upgrade"));
            contains(r.err(), "Revision t2 (index and fail) failed in its upgrade at statement 2 of 2, " + file + ":8:",
                    "relation \"no_such_table\" does not exist",
                    "These statements of t2 had already run and stay applied (the revision runs with `transaction: false`)",
                    "    1. CREATE INDEX CONCURRENTLY ix_items_name ON items (name)\n",
                    "Godwit recorded how far t2 got", "(leave statement 1 as it is)", "`godwit upgrade --resume`",
                    "`godwit downgrade --undo-partial`");
            assertEquals(List.of("t1"), db.versionRows(VT));
            assertEquals(List.of("ix_items_name"), indexes(db), "a non-transactional statement stays applied");
            assertEquals("t1\n", ok(Cli.run(dir, "current")).out());
        }
    }

    /** The index names of the test's database, sorted. */
    private static List<String> anyIndexes(TestDatabase db) throws Exception {
        String sql = db.kind() == TestDatabase.Kind.SQLITE
                ? "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_%' ORDER BY name"
                : "SELECT DISTINCT index_name FROM information_schema.statistics WHERE table_schema = DATABASE() "
                        + "AND index_name LIKE 'ix_%' ORDER BY index_name";
        return db.column(sql);
    }

    /** SQLite's VACUUM and MariaDB's DDL with `transaction: false`: run, recorded once, undone by the downgrade. */
    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"SQLITE", "MARIADB"})
    void transactionFalseRunsAndIsRecorded(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            Rev.of("t1").message("create items").up("CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50))")
                    .down("DROP TABLE items").write(dir);
            String[] up = kind == TestDatabase.Kind.SQLITE
                    ? new String[] {"CREATE INDEX ix_items_name ON items (name)", "INSERT INTO items VALUES (1, 'a')",
                        "VACUUM"}
                    : new String[] {"CREATE INDEX ix_items_name ON items (name)", "INSERT INTO items VALUES (1, 'a')"};
            Rev.of("t2").revises("t1").message("index names").header("transaction: false").up(up)
                    .down("DELETE FROM items", "DROP INDEX ix_items_name" + (kind == TestDatabase.Kind.MARIADB
                            ? " ON items" : "")).write(dir);
            Rev.of("t3").revises("t2").message("after").up("CREATE TABLE after_t2 (id INTEGER PRIMARY KEY)")
                    .down("DROP TABLE after_t2").write(dir);

            Cli.Result r = ok(Cli.run(dir, "upgrade"));
            contains(r.out(), "Running upgrade t1 -> t2, index names", "the database is at t3.");
            assertEquals(List.of("t3"), db.versionRows(VT));
            assertEquals(List.of("ix_items_name"), anyIndexes(db));
            assertEquals(List.of("1"), db.column("SELECT COUNT(*) FROM items"));
            assertEquals(List.of("t1", "t2", "t3"), db.column("SELECT revision FROM godwit_history "
                    + "WHERE action = 'upgrade' AND success = TRUE ORDER BY id"));

            r = ok(Cli.run(dir, "downgrade", "t1"));
            contains(r.out(), "Running downgrade t2 -> t1");
            assertEquals(List.of("t1"), db.versionRows(VT));
            assertEquals(List.of(), anyIndexes(db));
            assertEquals(List.of("0"), db.column("SELECT COUNT(*) FROM items"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"SQLITE", "MARIADB"})
    void aFailureInANonTransactionalRevisionListsWhatStaysOnSqliteAndMariadb(TestDatabase.Kind kind,
            @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            Rev.of("t1").message("create items").up("CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50))")
                    .down("DROP TABLE items").write(dir);
            Path file = Rev.of("t2").revises("t1").message("index and fail").header("transaction: false")
                    .up("CREATE INDEX ix_items_name ON items (name)", "INSERT INTO items VALUES (1, 'a')",
                            "INSERT INTO no_such_table VALUES (1)")
                    .down("DROP INDEX ix_items_name").write(dir);

            Cli.Result r = failed(Cli.run(dir, "upgrade"));
            contains(r.err(), "Revision t2 (index and fail) failed in its upgrade at statement 3 of 3, " + file + ":9:",
                    "no_such_table", "These statements of t2 had already run and stay applied",
                    "    1. CREATE INDEX ix_items_name ON items (name)\n",
                    "    2. INSERT INTO items VALUES (1, 'a')\n", "`godwit upgrade --resume` runs it from statement 3");
            notContains(r.err(), "rolled back");
            assertEquals(List.of("t1"), db.versionRows(VT));
            assertEquals("t1\n", ok(Cli.run(dir, "current")).out());
            assertEquals(List.of("ix_items_name"), anyIndexes(db), "a non-transactional statement stays applied");
            assertEquals(List.of("1"), db.column("SELECT COUNT(*) FROM items"));
        }
    }
}
