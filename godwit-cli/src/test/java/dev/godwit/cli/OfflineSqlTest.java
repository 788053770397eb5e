package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.notContains;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.Rev;
import dev.godwit.cli.support.SqlClient;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * `upgrade --sql` and `downgrade --sql` for each dialect, with no database reachable; the scripts
 * are then run for real (sqlite, psql, mariadb) and must leave the same schema and version rows as
 * an online run.
 */
class OfflineSqlTest {
    private static final String VT = "godwit_version";

    private static void revisions(Path dir) {
        Rev.of("o1").message("create customers")
                .up("CREATE TABLE customers (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(50) NOT NULL DEFAULT 'a;b')",
                        "INSERT INTO customers (id, name) VALUES (1, 'it''s; fine')")
                .down("DROP TABLE customers").write(dir);
        Rev.of("o2").revises("o1").message("add email")
                .up("ALTER TABLE customers ADD COLUMN email VARCHAR(100)")
                .down("ALTER TABLE customers DROP COLUMN email").write(dir);
        Rev.of("o3").revises("o2").message("create orders")
                .up("CREATE TABLE orders (id INTEGER NOT NULL PRIMARY KEY, customer_id INTEGER NOT NULL)",
                        "CREATE INDEX ix_orders_customer ON orders (customer_id)")
                .down("DROP TABLE orders").write(dir);
    }

    /**
     * A project whose URL cannot be connected to: a closed port for the servers (the schema, for
     * PostgreSQL, is the target database's), the target file for SQLite (which must not appear).
     */
    private static void offlineConfig(TestDatabase target, Path project) throws Exception {
        if (target.kind() == TestDatabase.Kind.SQLITE) {
            Files.createDirectories(Path.of(target.database()).getParent());
        }
        switch (target.kind()) {
            case SQLITE:
                target.writeConfig(project);
                break;
            case POSTGRESQL:
                Files.createDirectories(project);
                Files.writeString(project.resolve("godwit.toml"), "url = \"postgresql://" + target.user()
                        + "@127.0.0.1:1/" + target.database() + "\"\nschema = \"" + target.schema() + "\"\n");
                break;
            default:
                Files.createDirectories(project);
                Files.writeString(project.resolve("godwit.toml"), "url = \"mariadb://" + target.user()
                        + "@127.0.0.1:1/" + target.database() + "\"\n");
        }
    }

    private static String versionTable(TestDatabase db) {
        switch (db.kind()) {
            case SQLITE:
                return "\"" + VT + "\"";
            case POSTGRESQL:
                return "\"" + db.schema() + "\".\"" + VT + "\"";
            default:
                return "`" + VT + "`";
        }
    }

    private static String dialect(TestDatabase.Kind kind) {
        return kind == TestDatabase.Kind.SQLITE ? "SQLite" : kind == TestDatabase.Kind.POSTGRESQL ? "PostgreSQL"
                : "MySQL/MariaDB";
    }

    private static void assertInOrder(String text, String... parts) {
        int at = -1;
        for (String part : parts) {
            int next = text.indexOf(part, at + 1);
            assertTrue(next > at, "expected «" + part + "» after position " + at + " in:\n" + text);
            at = next;
        }
    }

    private static void assertNothingConnected(TestDatabase target) throws Exception {
        if (target.kind() == TestDatabase.Kind.SQLITE) {
            assertFalse(Files.exists(Path.of(target.database())), "--sql must not open the SQLite file");
        } else {
            assertEquals(List.of(), target.tables());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void offlineScriptsMatchAnOnlineRun(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        Path project = dir.resolve("offline");
        Path online = dir.resolve("online");
        try (TestDatabase scripted = TestDatabase.create(kind, dir.resolve("scripted"));
             TestDatabase live = TestDatabase.create(kind, online)) {
            offlineConfig(scripted, project);
            revisions(project);
            live.writeConfig(online);
            revisions(online);
            String vt = versionTable(scripted);

            String up = ok(Cli.run(project, "upgrade", "--sql")).out();
            assertNothingConnected(scripted);
            // MySQL's client needs another delimiter for a statement with a semicolon in it, even in a string
            String end = kind == TestDatabase.Kind.MARIADB ? "\n//\nDELIMITER ;\n" : ";\n";
            assertInOrder(up,
                    "-- Godwit offline upgrade script for " + dialect(kind),
                    "CREATE TABLE IF NOT EXISTS " + vt + " (version_num VARCHAR(64) NOT NULL",
                    "-- Running upgrade <base> -> o1, create customers\n-- File: o1.sql\n",
                    "CREATE TABLE customers (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(50) NOT NULL DEFAULT 'a;b')" + end,
                    "INSERT INTO customers (id, name) VALUES (1, 'it''s; fine')" + end,
                    "INSERT INTO " + vt + " (version_num) VALUES ('o1');\n",
                    "-- Running upgrade o1 -> o2, add email\n-- File: o2.sql\n",
                    "ALTER TABLE customers ADD COLUMN email VARCHAR(100);\n",
                    "UPDATE " + vt + " SET version_num = 'o2' WHERE version_num = 'o1';\n",
                    "-- Running upgrade o2 -> o3, create orders\n",
                    "CREATE INDEX ix_orders_customer ON orders (customer_id);\n",
                    "UPDATE " + vt + " SET version_num = 'o3' WHERE version_num = 'o2';\n");
            if (kind == TestDatabase.Kind.MARIADB) {
                notContains(up, "BEGIN;", "COMMIT;");
            } else {
                assertEquals(3, up.split("\nBEGIN;\n", -1).length - 1, "one transaction per revision:\n" + up);
                assertEquals(3, up.split("\nCOMMIT;\n", -1).length - 1, up);
            }

            String part = ok(Cli.run(project, "upgrade", "--sql", "o1:o3")).out();
            assertInOrder(part, "-- Running upgrade o1 -> o2", "UPDATE " + vt + " SET version_num = 'o2' WHERE version_num = 'o1';",
                    "-- Running upgrade o2 -> o3", "UPDATE " + vt + " SET version_num = 'o3' WHERE version_num = 'o2';");
            notContains(part, "CREATE TABLE IF NOT EXISTS", "CREATE TABLE customers", "-- Running upgrade <base>");

            String down = ok(Cli.run(project, "downgrade", "--sql", "o3:base")).out();
            assertInOrder(down,
                    "-- Godwit offline downgrade script for " + dialect(kind),
                    "-- Running downgrade o3 -> o2, create orders\n-- File: o3.sql\n",
                    "DROP TABLE orders;\n",
                    "UPDATE " + vt + " SET version_num = 'o2' WHERE version_num = 'o3';\n",
                    "-- Running downgrade o2 -> o1",
                    "ALTER TABLE customers DROP COLUMN email;\n",
                    "-- Running downgrade o1 -> <base>",
                    "DROP TABLE customers;\n",
                    "DELETE FROM " + vt + " WHERE version_num = 'o1';\n");
            notContains(down, "CREATE TABLE");
            String downPart = ok(Cli.run(project, "downgrade", "--sql", "o3:o1")).out();
            contains(downPart, "-- Running downgrade o3 -> o2", "-- Running downgrade o2 -> o1",
                    "UPDATE " + vt + " SET version_num = 'o1' WHERE version_num = 'o2';");
            notContains(downPart, "DROP TABLE customers", "DELETE FROM");
            assertNothingConnected(scripted);

            // The scripts, run by the database's own client, do what an online run does.
            SqlClient.run(scripted, up);
            ok(Cli.run(online, "upgrade"));
            assertEquals(List.of("o3"), scripted.versionRows(VT));
            assertEquals(live.versionRows(VT), scripted.versionRows(VT));
            assertEquals(List.of("customers", "orders"), scripted.userTables());
            assertEquals(live.describe(), scripted.describe());
            assertEquals(List.of(List.of("1", "it's; fine", "a;b")),
                    scripted.query("SELECT id, name, 'a;b' FROM customers"));

            SqlClient.run(scripted, down);
            ok(Cli.run(online, "downgrade", "base"));
            assertEquals(List.of(), scripted.versionRows(VT));
            assertEquals(List.of(), scripted.userTables());
            assertEquals(live.describe(), scripted.describe());

            // In two halves, from a stated starting point.
            SqlClient.run(scripted, ok(Cli.run(project, "upgrade", "--sql", "base:o1")).out());
            assertEquals(List.of("o1"), scripted.versionRows(VT));
            SqlClient.run(scripted, part);
            ok(Cli.run(online, "upgrade"));
            assertEquals(List.of("o3"), scripted.versionRows(VT));
            assertEquals(live.describe(), scripted.describe());
        }
    }

    /** Scripts across a branch point and a merge keep one version row per branch, as an online run does. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void branchAndMergeScripts(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        Path project = dir.resolve("offline");
        Path online = dir.resolve("online");
        try (TestDatabase scripted = TestDatabase.create(kind, dir.resolve("scripted"));
             TestDatabase live = TestDatabase.create(kind, online)) {
            offlineConfig(scripted, project);
            live.writeConfig(online);
            for (Path p : List.of(project, online)) {
                Rev.of("g0").message("root").up("CREATE TABLE g0 (id INTEGER)").down("DROP TABLE g0").write(p);
                Rev.of("gb").revises("g0").message("left").up("CREATE TABLE gb (id INTEGER)").down("DROP TABLE gb")
                        .write(p);
                Rev.of("gc").revises("g0").message("right").up("CREATE TABLE gc (id INTEGER)").down("DROP TABLE gc")
                        .write(p);
                Rev.of("gm").revises("gb", "gc").message("merge").up("CREATE TABLE gm (id INTEGER)")
                        .down("DROP TABLE gm").write(p);
            }
            String vt = versionTable(scripted);

            SqlClient.run(scripted, ok(Cli.run(project, "upgrade", "--sql", "gb")).out());
            ok(Cli.run(online, "upgrade", "gb"));
            String second = ok(Cli.run(project, "upgrade", "--sql", "gb:gc")).out();
            assertInOrder(second, "-- Running upgrade g0 -> gc, right", "INSERT INTO " + vt + " (version_num) VALUES ('gc')");
            notContains(second, "UPDATE", "DELETE");
            SqlClient.run(scripted, second);
            ok(Cli.run(online, "upgrade", "gc"));
            assertEquals(List.of("gb", "gc"), scripted.versionRows(VT));
            assertEquals(live.versionRows(VT), scripted.versionRows(VT));
            assertEquals(live.describe(), scripted.describe());

            String merge = ok(Cli.run(project, "upgrade", "--sql", "gm-1:gm")).out();
            contains(merge, "-- Running upgrade gb, gc -> gm, merge\n");
            SqlClient.run(scripted, merge);
            ok(Cli.run(online, "upgrade"));
            assertEquals(List.of("gm"), scripted.versionRows(VT));
            assertEquals(live.describe(), scripted.describe());

            String back = ok(Cli.run(project, "downgrade", "--sql", "gm:g0")).out();
            assertInOrder(back, "-- Running downgrade gm -> gb, gc", "DROP TABLE gm");
            SqlClient.run(scripted, back);
            ok(Cli.run(online, "downgrade", "g0"));
            assertEquals(List.of("g0"), scripted.versionRows(VT));
            assertEquals(List.of("g0"), scripted.userTables());
            assertEquals(live.describe(), scripted.describe());
        }
    }

    /** Dialect-specific bodies with semicolons inside: a SQLite trigger, a PL/pgSQL function, a MariaDB procedure. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void routineBodiesSurviveTheScript(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        Path project = dir.resolve("offline");
        Path online = dir.resolve("online");
        try (TestDatabase scripted = TestDatabase.create(kind, dir.resolve("scripted"));
             TestDatabase live = TestDatabase.create(kind, online)) {
            offlineConfig(scripted, project);
            live.writeConfig(online);
            String check;
            for (Path p : List.of(project, online)) {
                Rev.of("p1").message("counters").up("CREATE TABLE counters (name VARCHAR(20) NOT NULL PRIMARY KEY, "
                        + "n INTEGER NOT NULL)").down("DROP TABLE counters").write(p);
                Rev routine = Rev.of("p2").revises("p1").message("routine");
                switch (kind) {
                    case SQLITE:
                        routine.upRaw("CREATE TABLE bumps (name VARCHAR(20));\n"
                                + "CREATE TRIGGER count_bumps AFTER INSERT ON bumps\n"
                                + "BEGIN\n"
                                + "    INSERT OR IGNORE INTO counters (name, n) VALUES (NEW.name, 0);\n"
                                + "    UPDATE counters SET n = n + 1 WHERE name = NEW.name;\n"
                                + "END;\n")
                                .down("DROP TRIGGER count_bumps", "DROP TABLE bumps");
                        break;
                    case POSTGRESQL:
                        routine.upRaw("CREATE FUNCTION bump(which VARCHAR) RETURNS INTEGER AS $body$\n"
                                + "BEGIN\n"
                                + "    INSERT INTO counters (name, n) VALUES (which, 0) ON CONFLICT (name) DO NOTHING;\n"
                                + "    UPDATE counters SET n = n + 1 WHERE name = which;\n"
                                + "    RETURN (SELECT n FROM counters WHERE name = which);\n"
                                + "END;\n"
                                + "$body$ LANGUAGE plpgsql;\n")
                                .down("DROP FUNCTION bump(VARCHAR)");
                        break;
                    default:
                        routine.upRaw("CREATE PROCEDURE bump(IN which VARCHAR(20))\n"
                                + "BEGIN\n"
                                + "    INSERT IGNORE INTO counters (name, n) VALUES (which, 0);\n"
                                + "    UPDATE counters SET n = n + 1 WHERE name = which;\n"
                                + "END;\n")
                                .down("DROP PROCEDURE bump");
                }
                routine.write(p);
            }

            String up = ok(Cli.run(project, "upgrade", "--sql")).out();
            assertNothingConnected(scripted);
            contains(up, "-- Running upgrade p1 -> p2, routine\n-- File: p2.sql\n");
            if (kind == TestDatabase.Kind.MARIADB) {
                assertInOrder(up, "DELIMITER //\nCREATE PROCEDURE bump(IN which VARCHAR(20))\nBEGIN\n",
                        "UPDATE counters SET n = n + 1 WHERE name = which;\nEND\n//\nDELIMITER ;\n",
                        "UPDATE `godwit_version` SET version_num = 'p2' WHERE version_num = 'p1';\n");
            }
            String down = ok(Cli.run(project, "downgrade", "--sql", "p2:base")).out();

            SqlClient.run(scripted, up);
            ok(Cli.run(online, "upgrade"));
            assertEquals(List.of("p2"), scripted.versionRows(VT));
            assertEquals(live.describe(), scripted.describe());
            for (TestDatabase db : List.of(scripted, live)) {
                switch (kind) {
                    case SQLITE:
                        db.execute("INSERT INTO bumps (name) VALUES ('x')");
                        db.execute("INSERT INTO bumps (name) VALUES ('x')");
                        break;
                    case POSTGRESQL:
                        db.execute("SELECT bump('x')");
                        db.execute("SELECT bump('x')");
                        break;
                    default:
                        db.execute("CALL bump('x')");
                        db.execute("CALL bump('x')");
                }
                assertEquals(List.of("2"), db.column("SELECT n FROM counters WHERE name = 'x'"), kind + " routine");
            }

            SqlClient.run(scripted, down);
            ok(Cli.run(online, "downgrade", "base"));
            assertEquals(List.of(), scripted.versionRows(VT));
            assertEquals(List.of(), scripted.userTables());
            assertEquals(live.describe(), scripted.describe());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void warningsAndCommentLinesOfARevisionAreKept(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        Path project = dir.resolve("offline");
        try (TestDatabase scripted = TestDatabase.create(kind, dir.resolve("scripted"))) {
            offlineConfig(scripted, project);
            Rev.of("w1").message("customers").up("CREATE TABLE customers (id INTEGER NOT NULL PRIMARY KEY, "
                    + "note VARCHAR(20))").down("DROP TABLE customers").write(project);
            Rev.of("w2").revises("w1").message("drop note")
                    .upRaw("-- WARNING: drops column customers.note and the values in it\n"
                            + "ALTER TABLE customers DROP COLUMN note;\n\n"
                            + "-- Note: the application stopped writing it in 4.2\n"
                            + "CREATE INDEX ix_customers_id ON customers (id);\n"
                            + "-- trailing remark\n")
                    .downRaw("DROP INDEX ix_customers_id" + (kind == TestDatabase.Kind.MARIADB ? " ON customers" : "")
                            + ";\n-- WARNING: the values of customers.note do not come back\n"
                            + "ALTER TABLE customers ADD COLUMN note VARCHAR(20);\n")
                    .write(project);
            String up = ok(Cli.run(project, "upgrade", "--sql")).out();
            assertInOrder(up, "-- Running upgrade w1 -> w2, drop note\n",
                    "-- WARNING: drops column customers.note and the values in it\nALTER TABLE customers DROP COLUMN note;\n",
                    "-- Note: the application stopped writing it in 4.2\nCREATE INDEX ix_customers_id ON customers (id);\n",
                    "-- trailing remark\n", "godwit_version");
            String down = ok(Cli.run(project, "downgrade", "--sql", "w2:w1")).out();
            assertInOrder(down, "DROP INDEX ix_customers_id",
                    "-- WARNING: the values of customers.note do not come back\nALTER TABLE customers ADD COLUMN note");
            notContains(up, "-- +upgrade", "-- revision:");
            SqlClient.run(scripted, up);
            assertEquals(List.of("w2"), scripted.versionRows(VT));
            SqlClient.run(scripted, down);
            assertEquals(List.of("w1"), scripted.versionRows(VT));
        }
    }
}
