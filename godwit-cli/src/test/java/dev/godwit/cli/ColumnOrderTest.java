package dev.godwit.cli;

import static dev.godwit.cli.ForeignKeyIndexTest.generated;
import static dev.godwit.cli.ForeignKeyIndexTest.model;
import static dev.godwit.cli.ForeignKeyIndexTest.section;
import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.notContains;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A column added between others, and a dropped column the downgrade adds back: MariaDB places
 * them where the model has them (AFTER/FIRST, checked with SHOW CREATE TABLE against the model's
 * own table); PostgreSQL and SQLite add them last and the revision and the console say so.
 */
class ColumnOrderTest {

    private static final String START = "CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b INTEGER);\n";
    private static final String ADDED = "CREATE TABLE t (x INTEGER, id INTEGER NOT NULL PRIMARY KEY, y INTEGER, "
            + "a INTEGER, b INTEGER);\n";
    private static final String DROPPED = "CREATE TABLE t (x INTEGER, id INTEGER NOT NULL PRIMARY KEY, y INTEGER, "
            + "b INTEGER);\n";

    @Test
    void mariadbPlacesAddedAndReaddedColumnsWhereTheModelHasThem(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.MARIADB, dir)) {
            start(db, dir);
            model(dir, ADDED);
            String added = generated(ok(Cli.run(dir, "migrate", "-m", "add x and y")));
            contains(section(added, "upgrade"), "ADD COLUMN x int(11) FIRST",
                    "ADD COLUMN y int(11) AFTER id");
            ok(Cli.run(dir, "upgrade"));
            assertEquals(expected(db, ADDED), showCreate(db, "t"));
            assertEquals(List.of(List.of("1", "2", "3")), db.query("SELECT id, a, b FROM t"));

            model(dir, DROPPED);
            String dropped = generated(ok(Cli.run(dir, "migrate", "-m", "drop a")));
            contains(section(dropped, "downgrade"), "ADD COLUMN a int(11) AFTER y");
            ok(Cli.run(dir, "upgrade"));
            assertEquals(expected(db, DROPPED), showCreate(db, "t"));
            ok(Cli.run(dir, "downgrade", "-1"));
            assertEquals(expected(db, ADDED), showCreate(db, "t"), "the downgrade puts a back after y");
            ok(Cli.run(dir, "downgrade", "-1"));
            assertEquals(expected(db, START), showCreate(db, "t"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TestDatabase.Kind.class, names = {"POSTGRESQL", "SQLITE"})
    void postgresAndSqliteSayTheOrderDiffers(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            start(db, dir);
            model(dir, ADDED);
            Cli.Result result = ok(Cli.run(dir, "migrate", "-m", "add x and y"));
            String database = kind == TestDatabase.Kind.POSTGRESQL ? "PostgreSQL" : "SQLite";
            String added = generated(result);
            contains(added, "-- NOTE: column t.x goes last in t, not first as in the model (" + database
                    + " adds columns at the end): the column order will differ from the model's.",
                    "-- NOTE: column t.y goes last in t, not after id as in the model");
            contains(result.out(), "NOTE: column t.x goes last in t, not first as in the model",
                    "NOTE: column t.y goes last in t, not after id");
            ok(Cli.run(dir, "upgrade"));
            assertEquals(List.of("id", "a", "b", "x", "y"), columns(db), "as the note says");
            ok(Cli.run(dir, "check"));

            // the last column of the model added last: nothing to say
            model(dir, ADDED.replace("b INTEGER)", "b INTEGER, z INTEGER)"));
            Cli.Result last = ok(Cli.run(dir, "migrate", "-m", "add z"));
            notContains(generated(last), "NOTE");
            notContains(last.out(), "NOTE");
        }
    }

    private static void start(TestDatabase db, Path dir) throws Exception {
        db.writeConfig(dir, "model = \"schema\"");
        Files.createDirectories(dir.resolve("migrations/versions"));
        model(dir, START);
        ok(Cli.run(dir, "migrate", "-m", "start"));
        ok(Cli.run(dir, "upgrade"));
        db.execute("INSERT INTO t (id, a, b) VALUES (1, 2, 3)");
    }

    /** SHOW CREATE TABLE of the model's own table, made directly under another name. */
    private static String expected(TestDatabase db, String ddl) throws Exception {
        db.execute(ddl.replace("CREATE TABLE t ", "CREATE TABLE t_expected ").replace(";\n", ""));
        try {
            return showCreate(db, "t_expected").replace("t_expected", "t");
        } finally {
            db.execute("DROP TABLE t_expected");
        }
    }

    private static String showCreate(TestDatabase db, String table) throws Exception {
        return db.query("SHOW CREATE TABLE " + table).get(0).get(1);
    }

    private static List<String> columns(TestDatabase db) throws Exception {
        return db.kind() == TestDatabase.Kind.SQLITE ? db.column("SELECT name FROM pragma_table_info('t') ORDER BY cid")
                : db.column("SELECT column_name FROM information_schema.columns WHERE table_schema = '" + db.schema()
                        + "' AND table_name = 't' ORDER BY ordinal_position");
    }
}
