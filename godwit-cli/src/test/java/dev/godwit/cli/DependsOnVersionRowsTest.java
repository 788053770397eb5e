package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.Rev;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The version table after revisions with {@code depends-on}, as Alembic 1.8 keeps it, so that a
 * database can move between the two tools: a dependency is no row once a revision depends on it, and
 * a downgrade to a revision leaves the branch that only depends on it alone.
 */
class DependsOnVersionRowsTest {
    private static final String VT = "godwit_version";

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void rowsAndStepsMatchAlembic(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            // a1 - a2 - a3 (branch app); b1 - b2 (branch audit), b1 depends on a2
            Rev.of("a1").header("branch-labels: app").up("CREATE TABLE ta1 (id INTEGER)").down("DROP TABLE ta1")
                    .write(dir);
            Rev.of("a2").revises("a1").up("CREATE TABLE ta2 (id INTEGER)").down("DROP TABLE ta2").write(dir);
            Rev.of("a3").revises("a2").up("CREATE TABLE ta3 (id INTEGER)").down("DROP TABLE ta3").write(dir);
            Rev.of("b1").header("branch-labels: audit").header("depends-on: a2").up("CREATE TABLE tb1 (id INTEGER)")
                    .down("DROP TABLE tb1").write(dir);
            Rev.of("b2").revises("b1").up("CREATE TABLE tb2 (id INTEGER)").down("DROP TABLE tb2").write(dir);

            ok(Cli.run(dir, "upgrade", "b1"));
            assertEquals(List.of("b1"), db.versionRows(VT), "a2 is implied by b1, as in Alembic");
            ok(Cli.run(dir, "upgrade", "heads"));
            assertEquals(List.of("a3", "b2"), db.versionRows(VT));
            contains(ok(Cli.run(dir, "current")).out(), "a3", "b2");

            Cli.Result down = ok(Cli.run(dir, "downgrade", "a2"));
            contains(down.out(), "Running downgrade a3 -> a2", "the database is at b2.");
            assertEquals(List.of("b2"), db.versionRows(VT), "the audit branch that depends on a2 stays");
            assertTrue(db.tableExists("tb2") && db.tableExists("ta2"));
            assertFalse(db.tableExists("ta3"));

            ok(Cli.run(dir, "downgrade", "a1"));
            assertEquals(List.of("a1"), db.versionRows(VT), "b1 needs a2, so it goes with it");
            assertFalse(db.tableExists("tb1"));

            ok(Cli.run(dir, "upgrade", "heads"));
            assertEquals(List.of("a3", "b2"), db.versionRows(VT));
            ok(Cli.run(dir, "downgrade", "base"));
            assertEquals(List.of(), db.versionRows(VT));
            assertEquals(List.of(), db.userTables());
            ok(Cli.run(dir, "stamp", "heads"));
            assertEquals(List.of("a3", "b2"), db.versionRows(VT));
            ok(Cli.run(dir, "stamp", "b1"));
            assertEquals(List.of("a3", "b1"), db.versionRows(VT), "as `alembic stamp b1` leaves it");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TestDatabase.Kind.class, names = "SQLITE")
    void aDatabaseWithTheOldDependencyRowsMovesOn(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            Rev.of("a1").up("CREATE TABLE ta1 (id INTEGER)").down("DROP TABLE ta1").write(dir);
            Rev.of("b1").up("CREATE TABLE tb1 (id INTEGER)").down("DROP TABLE tb1").write(dir);
            Rev.of("b2").revises("b1").header("depends-on: a1").up("CREATE TABLE tb2 (id INTEGER)")
                    .down("DROP TABLE tb2").write(dir);
            Rev.of("b3").revises("b2").up("CREATE TABLE tb3 (id INTEGER)").down("DROP TABLE tb3").write(dir);
            ok(Cli.run(dir, "upgrade", "b2"));
            assertEquals(List.of("b2"), db.versionRows(VT));
            // rows as earlier Godwit versions wrote them (the dependency kept as a row of its own)
            db.execute("INSERT INTO " + VT + " (version_num) VALUES ('a1')");
            ok(Cli.run(dir, "upgrade", "b3"));
            assertEquals(List.of("b3"), db.versionRows(VT));
        }
    }
}
