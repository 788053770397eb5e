package dev.godwit.cli;

import static dev.godwit.cli.ForeignKeyIndexTest.generated;
import static dev.godwit.cli.ForeignKeyIndexTest.model;
import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL index operator classes, INCLUDE columns, NULLS NOT DISTINCT and deferrable foreign
 * keys are modelled (created, compared, found equal); what is still not modelled (triggers,
 * functions, procedures, statistics targets, policies, events) is named in a NOTE on the
 * console and in the revision instead of vanishing without a word.
 */
class NotModelledTest {

    private static final String PG_TABLES = """
            CREATE TABLE parent (id integer PRIMARY KEY);
            CREATE TABLE t (
                id integer PRIMARY KEY,
                name text,
                code text,
                parent_id integer REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED,
                other_id integer,
                CONSTRAINT t_other FOREIGN KEY (other_id) REFERENCES parent (id) DEFERRABLE
            );
            CREATE INDEX t_name_pattern ON t (name text_pattern_ops);
            CREATE INDEX t_cover ON t (parent_id) INCLUDE (name, code);
            """;

    private static final String PG_UNMODELLED = """
            ALTER TABLE t ALTER COLUMN name SET STATISTICS 500;
            CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.code := 'x'; RETURN NEW; END $$;
            CREATE TRIGGER t_touch BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION touch();
            CREATE PROCEDURE tidy() LANGUAGE sql AS $$ DELETE FROM t WHERE id < 0 $$;
            ALTER TABLE t ENABLE ROW LEVEL SECURITY;
            CREATE POLICY t_mine ON t USING (id > 0);
            """;

    @Test
    void postgresIndexOptionsAndDeferrableKeysAreModelled(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.POSTGRESQL, dir)) {
            boolean pg15 = Integer.parseInt(db.column("SHOW server_version_num").get(0)) >= 150000;
            String nullsNotDistinct = pg15 ? "CREATE UNIQUE INDEX t_code ON t (code) NULLS NOT DISTINCT;\n" : "";
            start(db, dir);
            model(dir, PG_TABLES + nullsNotDistinct);
            String revision = generated(ok(Cli.run(dir, "migrate", "-m", "tables")));
            contains(revision, "CREATE INDEX t_name_pattern ON t (name text_pattern_ops)",
                    "CREATE INDEX t_cover ON t (parent_id) INCLUDE (name, code)",
                    "REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED",
                    "CONSTRAINT t_other FOREIGN KEY (other_id) REFERENCES parent (id) DEFERRABLE,");
            if (pg15) {
                contains(revision, "CREATE UNIQUE INDEX t_code ON t (code) NULLS NOT DISTINCT");
            }
            ok(Cli.run(dir, "upgrade"));
            ok(Cli.run(dir, "check"));
            assertEquals("No changes detected\n", ok(Cli.run(dir, "migrate", "-m", "again")).out());
            List<String> defs = db.column("SELECT indexdef FROM pg_indexes WHERE schemaname = '" + db.schema()
                    + "' AND tablename = 't' ORDER BY indexname");
            contains(String.join("\n", defs), "(name text_pattern_ops)", "INCLUDE (name, code)");
            if (pg15) {
                contains(String.join("\n", defs), "NULLS NOT DISTINCT");
            }
            assertEquals(DEFERRED, deferrability(db));

            // a change to any of them is a difference
            model(dir, PG_TABLES.replace(" text_pattern_ops", "").replace("INCLUDE (name, code)", "INCLUDE (name)")
                    .replace(" DEFERRABLE INITIALLY DEFERRED", "") + nullsNotDistinct.replace(" NULLS NOT DISTINCT", ""));
            Cli.Result changed = ok(Cli.run(dir, "migrate", "-m", "plain"));
            contains(changed.out(), "drop index t_name_pattern on t", "create index t_name_pattern on t",
                    "drop index t_cover on t", "drop foreign key t (parent_id) -> parent");
            if (pg15) {
                contains(changed.out(), "drop index t_code on t");
            }
            ok(Cli.run(dir, "upgrade"));
            ok(Cli.run(dir, "check"));
            assertEquals(List.of(List.of("t_other", "true", "false"), List.of("t_parent_id_fkey", "false", "false")),
                    deferrability(db));
            ok(Cli.run(dir, "downgrade", "-1"));
            assertEquals(DEFERRED, deferrability(db), "the downgrade makes the key deferrable again");
            contains(String.join("\n", db.column("SELECT indexdef FROM pg_indexes WHERE schemaname = '"
                    + db.schema() + "' AND tablename = 't'")), "(name text_pattern_ops)", "INCLUDE (name, code)");
        }
    }

    private static final List<List<String>> DEFERRED = List.of(List.of("t_other", "true", "false"),
            List.of("t_parent_id_fkey", "true", "true"));

    private static List<List<String>> deferrability(TestDatabase db) throws Exception {
        return db.query("SELECT conname, condeferrable::text, condeferred::text FROM pg_constraint c "
                + "JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = '" + db.schema()
                + "' AND contype = 'f' ORDER BY conname");
    }

    @Test
    void postgresObjectsThatAreNotModelledAreNamed(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.POSTGRESQL, dir)) {
            start(db, dir);
            model(dir, PG_TABLES + PG_UNMODELLED);
            Cli.Result result = ok(Cli.run(dir, "migrate", "-m", "tables"));
            String revision = generated(result);
            for (String object : List.of("trigger t_touch on t", "function touch()", "procedure tidy()",
                    "statistics target 500 of column t.name", "row-level security on t", "policy t_mine on t")) {
                contains(revision, "-- NOTE: " + object + " is not modelled: the revision leaves it out");
                contains(result.out(), "NOTE: " + object + " is not modelled");
            }
            ok(Cli.run(dir, "upgrade"));
            ok(Cli.run(dir, "check"));
        }
    }

    @Test
    void mariadbObjectsThatAreNotModelledAreNamed(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.MARIADB, dir)) {
            start(db, dir);
            model(dir, """
                    CREATE TABLE t (id int PRIMARY KEY, a int);
                    CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1;
                    CREATE FUNCTION one() RETURNS int DETERMINISTIC RETURN 1;
                    CREATE PROCEDURE tidy() DELETE FROM t WHERE id < 0;
                    """);
            Cli.Result result = ok(Cli.run(dir, "migrate", "-m", "tables"));
            String revision = generated(result);
            for (String object : List.of("trigger t_bi on t", "function one", "procedure tidy")) {
                contains(revision, "-- NOTE: " + object + " is not modelled: the revision leaves it out");
                contains(result.out(), "NOTE: " + object + " is not modelled");
            }
            ok(Cli.run(dir, "upgrade"));
            ok(Cli.run(dir, "check"));
        }
    }

    @Test
    void sqliteTriggersThatAreNotModelledAreNamed(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, dir)) {
            start(db, dir);
            model(dir, """
                    CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER);
                    CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN UPDATE t SET a = 1 WHERE id = NEW.id; END;
                    """);
            Cli.Result result = ok(Cli.run(dir, "migrate", "-m", "tables"));
            contains(generated(result), "-- NOTE: trigger t_ai on t is not modelled: the revision leaves it out");
            contains(result.out(), "NOTE: trigger t_ai on t is not modelled");
            ok(Cli.run(dir, "upgrade"));
            ok(Cli.run(dir, "check"));
        }
    }

    @Test
    void sqliteDeferrableForeignKeysAreModelled(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, dir)) {
            start(db, dir);
            String tables = """
                    CREATE TABLE parent (id INTEGER PRIMARY KEY);
                    CREATE TABLE t (
                        id INTEGER PRIMARY KEY,
                        parent_id INTEGER REFERENCES parent (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                        other_id INTEGER,
                        CONSTRAINT t_other FOREIGN KEY (other_id) REFERENCES parent (id) NOT DEFERRABLE
                    );
                    """;
            model(dir, tables);
            contains(generated(ok(Cli.run(dir, "migrate", "-m", "tables"))),
                    "FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED");
            ok(Cli.run(dir, "upgrade"));
            ok(Cli.run(dir, "check"));
            contains(db.column("SELECT sql FROM sqlite_master WHERE name = 't'").get(0), "DEFERRABLE INITIALLY DEFERRED");

            model(dir, tables.replace(" DEFERRABLE INITIALLY DEFERRED", "").replace("NOT DEFERRABLE", "DEFERRABLE"));
            Cli.Result changed = ok(Cli.run(dir, "migrate", "-m", "immediate"));
            contains(changed.out(), "drop foreign key t (parent_id) -> parent", "add foreign key t (other_id) -> parent");
            ok(Cli.run(dir, "upgrade"));
            ok(Cli.run(dir, "check"));
            ok(Cli.run(dir, "downgrade", "-1"));
            contains(db.column("SELECT sql FROM sqlite_master WHERE name = 't'").get(0),
                    "ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED");
        }
    }

    private static void start(TestDatabase db, Path dir) throws Exception {
        db.writeConfig(dir, "model = \"schema\"");
        Files.createDirectories(dir.resolve("migrations/versions"));
    }
}
