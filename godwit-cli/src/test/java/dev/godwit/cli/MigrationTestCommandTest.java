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

/** `godwit test`: the revisions on a scratch database, the stairway per revision, heads and model. */
class MigrationTestCommandTest {

    /** DROP INDEX needs the table on MySQL/MariaDB. */
    private static String dropIndex(TestDatabase db) {
        return db.kind() == TestDatabase.Kind.MARIADB ? "DROP INDEX ix_users_email ON users" : "DROP INDEX ix_users_email";
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void aGoodProjectPassesAndLeavesTheDatabaseAlone(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            Rev.of("t1").message("create users").up("CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100))")
                    .down("DROP TABLE users").write(dir);
            Rev.of("t2").revises("t1").message("index emails").up("CREATE INDEX ix_users_email ON users (email)")
                    .down(dropIndex(db)).write(dir);
            Rev.of("t3").revises("t2").message("seed").up("INSERT INTO users (id, email) VALUES (1, 'a@b.c')")
                    .noDowngrade().write(dir);

            Cli.Result r = ok(Cli.run(dir, "test"));
            contains(r.out(), "t1  create users  ok", "t2  index emails  ok", "t3  seed  ok (no downgrade)",
                    "1 head; 2 revision(s) passed the stairway, 1 without a downgrade");
            assertEquals(List.of(), db.userTables(), "the configured database is not touched");

            r = failed(Cli.run(dir, "test", "--require-downgrades"));
            contains(r.err(), "ERROR: revision t3: downgrade failed: the revision has no downgrade");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void aDowngradeThatForgetsAnIndexFailsTheStairway(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            Rev.of("s1").message("create users").up("CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100))")
                    .down("DROP TABLE users").write(dir);
            Rev.of("s2").revises("s1").message("add name").up("ALTER TABLE users ADD COLUMN name VARCHAR(50)",
                    "CREATE INDEX ix_users_email ON users (email)").down("ALTER TABLE users DROP COLUMN name").write(dir);
            Rev.of("s3").revises("s2").message("later").up("CREATE TABLE later (id INTEGER)").down("DROP TABLE later")
                    .write(dir);

            Cli.Result r = failed(Cli.run(dir, "test"));
            contains(r.out(), "s1  create users  ok", "s2  add name  FAILED", "s3  later  not run");
            contains(r.err(), "ERROR: revision s2: stairway failed: the schema after the downgrade is not the schema before "
                            + "the upgrade", "ix_users_email");
            assertEquals(List.of(), db.userTables());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void aBrokenStatementFailsNamingRevisionAndStatement(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            Rev.of("b1").message("create users").up("CREATE TABLE users (id INTEGER PRIMARY KEY)")
                    .down("DROP TABLE users").write(dir);
            Rev.of("b2").revises("b1").message("broken").up("CREATE TABLE ok_table (id INTEGER)",
                    "ALTER TABLE no_such_table ADD COLUMN x INTEGER").down("DROP TABLE ok_table").write(dir);

            Cli.Result r = failed(Cli.run(dir, "test"));
            contains(r.out(), "b2  broken  FAILED");
            contains(r.err(), "ERROR: revision b2: upgrade failed:", "no_such_table");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void multipleHeadsFail(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            Rev.of("h1").up("CREATE TABLE h1 (id INTEGER)").down("DROP TABLE h1").write(dir);
            Rev.of("h2").revises("h1").up("CREATE TABLE h2 (id INTEGER)").down("DROP TABLE h2").write(dir);
            Rev.of("h3").revises("h1").up("CREATE TABLE h3 (id INTEGER)").down("DROP TABLE h3").write(dir);

            Cli.Result r = failed(Cli.run(dir, "test"));
            contains(r.out(), "2 heads");
            contains(r.err(), "ERROR: heads failed: the revision graph has 2 heads");

            // Two heads kept on purpose: declared, they pass, and each branch gets its stairway.
            r = ok(Cli.run(dir, "test", "--heads", "h3,h2"));
            contains(r.out(), "2 heads; 3 revision(s) passed the stairway");
            r = failed(Cli.run(dir, "test", "--heads", "h2"));
            contains(r.err(), "ERROR: heads failed: the heads are ", "expected h2: unexpected head h3");
            assertEquals(List.of(), db.userTables(), "the configured database is not touched");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TestDatabase.Kind.class, names = "SQLITE")
    void theSchemaAtHeadIsComparedWithTheModel(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir, "model = \"schema\"");
            Rev.of("m1").message("create users").up("CREATE TABLE users (id INTEGER PRIMARY KEY)")
                    .down("DROP TABLE users").write(dir);
            java.nio.file.Files.createDirectories(dir.resolve("schema"));
            java.nio.file.Files.writeString(dir.resolve("schema/users.sql"),
                    "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
            contains(ok(Cli.run(dir, "test")).out(), "model matches the schema at head");

            java.nio.file.Files.writeString(dir.resolve("schema/users.sql"),
                    "CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(50));\n");
            Cli.Result r = failed(Cli.run(dir, "test"));
            contains(r.err(), "ERROR: model failed: the schema at head is not the desired schema", "add column users.name");
        }
    }
}
