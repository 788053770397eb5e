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

/**
 * `-- transaction: false` on PostgreSQL: CREATE INDEX CONCURRENTLY runs with it, and without it the
 * CLI refuses before running anything and says what to add.
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
}
