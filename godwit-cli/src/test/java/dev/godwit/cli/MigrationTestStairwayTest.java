package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.failed;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.Rev;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * `godwit test` re-reads only what a revision changed: a downgrade that leaves something behind on
 * a table or in a view it does not name still fails the stairway, and renames pass.
 */
class MigrationTestStairwayTest {
    private static final String USERS = "CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100))";

    private static Cli.Result stairwayFailure(Path dir, String revision, String message) {
        Cli.Result r = failed(Cli.run(dir, "test"));
        contains(r.out(), "u1  users  ok", revision + "  " + message + "  FAILED");
        contains(r.err(), "ERROR: revision " + revision + ": stairway failed: the schema after the downgrade is not "
                + "the schema before the upgrade");
        return r;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void anIndexLeftOnATableTheDowngradeDoesNotNameFails(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir, "testspeed")) {
            db.writeConfig(dir);
            Rev.of("u1").message("users").up(USERS).down("DROP TABLE users").write(dir);
            Rev.of("i2").revises("u1").message("tags").up("CREATE TABLE tags (id INTEGER PRIMARY KEY)",
                    "CREATE INDEX ix_users_email ON users (email)").down("DROP TABLE tags").write(dir);
            contains(stairwayFailure(dir, "i2", "tags").err(), "ix_users_email");
            assertEquals(List.of(), db.userTables(), "the configured database is not touched");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void aViewLeftOverATableFails(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir, "testspeed")) {
            db.writeConfig(dir);
            Rev.of("u1").message("users").up(USERS).down("DROP TABLE users").write(dir);
            Rev.of("v2").revises("u1").message("view").up("CREATE TABLE tags (id INTEGER PRIMARY KEY)",
                    "CREATE VIEW v_users AS SELECT id FROM users").down("DROP TABLE tags").write(dir);
            contains(stairwayFailure(dir, "v2", "view").err(), "v_users");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void aTableDroppedAndCreatedAgainWithAnotherColumnFails(TestDatabase.Kind kind, @TempDir Path dir)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir, "testspeed")) {
            db.writeConfig(dir);
            Rev.of("u1").message("users").up(USERS).down("DROP TABLE users").write(dir);
            Rev.of("d2").revises("u1").message("names").up("ALTER TABLE users ADD COLUMN name VARCHAR(50)")
                    .down("DROP TABLE users", "CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(200))")
                    .write(dir);
            Rev.of("d3").revises("d2").message("later").up("CREATE TABLE later (id INTEGER)").down("DROP TABLE later")
                    .write(dir);
            Cli.Result r = stairwayFailure(dir, "d2", "names");
            contains(r.err(), "email");
            contains(r.out(), "d3  later  not run");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void aConstraintLeftOnATableTheDowngradeDoesNotNameFails(TestDatabase.Kind kind, @TempDir Path dir)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir, "testspeed")) {
            db.writeConfig(dir);
            Rev.of("u1").message("users").up(USERS).down("DROP TABLE users").write(dir);
            String[] up = kind == TestDatabase.Kind.SQLITE
                    ? new String[] {"CREATE TABLE tags (id INTEGER PRIMARY KEY)",
                        "CREATE TABLE users_new (id INTEGER PRIMARY KEY, email VARCHAR(100),"
                                + " CONSTRAINT uq_users_email UNIQUE (email))",
                        "INSERT INTO users_new (id, email) SELECT id, email FROM users", "DROP TABLE users",
                        "ALTER TABLE users_new RENAME TO users"}
                    : new String[] {"CREATE TABLE tags (id INTEGER PRIMARY KEY)",
                        "ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE (email)"};
            Rev.of("c2").revises("u1").message("unique").up(up).down("DROP TABLE tags").write(dir);
            contains(stairwayFailure(dir, "c2", "unique").err(), kind == TestDatabase.Kind.MARIADB ? "uq_users_email"
                    : "add unique constraint on users (email)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void renamesAndTheirUndoPass(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir, "testspeed")) {
            db.writeConfig(dir);
            Rev.of("u1").message("users").up(USERS).down("DROP TABLE users").write(dir);
            Rev.of("r2").revises("u1").message("orders").up("CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER,"
                    + " CONSTRAINT fk_orders_users FOREIGN KEY (user_id) REFERENCES users (id))")
                    .down("DROP TABLE orders").write(dir);
            Rev.of("r3").revises("r2").message("rename").up("ALTER TABLE users RENAME TO people")
                    .down("ALTER TABLE people RENAME TO users").write(dir);
            Rev.of("r4").revises("r3").message("index").up("CREATE INDEX ix_people_email ON people (email)")
                    .down(kind == TestDatabase.Kind.MARIADB ? "DROP INDEX ix_people_email ON people"
                            : "DROP INDEX ix_people_email").write(dir);
            Rev.of("r5").revises("r4").message("note").up("ALTER TABLE orders ADD COLUMN note VARCHAR(10)")
                    .down("ALTER TABLE orders DROP COLUMN note").write(dir);
            contains(ok(Cli.run(dir, "test")).out(), "r3  rename  ok", "r5  note  ok",
                    "1 head; 5 revision(s) passed the stairway");
        }
    }
}
