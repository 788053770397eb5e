package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.failed;
import static dev.godwit.cli.support.Checks.notContains;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** `revision --autogenerate`, `migrate`, `check`, `diff` and `inspect` as a user meets them, on every database. */
class AutogenerateCommandsTest {

    private static final String MODEL = """
            CREATE TABLE departments (
                id INTEGER NOT NULL PRIMARY KEY,
                name VARCHAR(100) NOT NULL
            );
            CREATE TABLE agents (
                id INTEGER NOT NULL PRIMARY KEY,
                department_id INTEGER NOT NULL,
                email VARCHAR(200) NOT NULL,
                CONSTRAINT fk_agents_department FOREIGN KEY (department_id) REFERENCES departments (id)
            );
            CREATE UNIQUE INDEX ux_agents_email ON agents (email);
            """;

    private static void model(Path dir, String ddl) throws Exception {
        Files.createDirectories(dir.resolve("schema"));
        Files.writeString(dir.resolve("schema/model.sql"), ddl);
    }

    private static List<Path> revisions(Path dir) throws Exception {
        Path folder = dir.resolve("migrations/versions");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void everydayAutogenerateFlow(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir, "model = \"schema\"", "exclude_tables = [\"legacy_*\"]");
            Files.createDirectories(dir.resolve("migrations/versions"));
            model(dir, MODEL);

            Cli.Result first = ok(Cli.run(dir, "revision", "--autogenerate", "-m", "create departments and agents"));
            contains(first.out(), "Detected ", "+ create table departments", "+ create table agents", "Generated ");
            String text = Files.readString(revisions(dir).get(0));
            contains(text, "-- message: create departments and agents", "-- +upgrade", "-- +downgrade");
            assertTrue(text.indexOf("departments") < text.indexOf("agents"), text);

            // Not at head: the revision is not applied yet.
            Cli.Result stale = failed(Cli.run(dir, "migrate", "-m", "too early"));
            contains(stale.err(), "Target database is not up to date", "godwit upgrade");
            failed(Cli.run(dir, "check"));
            assertEquals(1, revisions(dir).size());

            ok(Cli.run(dir, "upgrade"));
            assertEquals("No changes detected\n", ok(Cli.run(dir, "migrate", "-m", "nothing")).out());
            assertEquals(1, revisions(dir).size(), "no file when nothing differs");
            contains(ok(Cli.run(dir, "check")).out(), "matches the desired schema");

            // A table outside the model that matches exclude_tables is left alone.
            db.execute("CREATE TABLE legacy_imports (id INTEGER PRIMARY KEY)");
            ok(Cli.run(dir, "check"));

            // The model moves on: check fails with a summary, diff shows the SQL, nothing is written.
            model(dir, MODEL.replace("email VARCHAR(200) NOT NULL,", "email VARCHAR(200) NOT NULL,\n    phone VARCHAR(30),")
                    .replace("    name VARCHAR(100) NOT NULL\n", "    name VARCHAR(100) NOT NULL,\n    floor INTEGER\n"));
            Cli.Result check = Cli.run(dir, "check");
            assertEquals(1, check.exit(), check::toString);
            contains(check.out(), "differs from the desired schema in 2 way(s)", "+ add column agents.phone",
                    "+ add column departments.floor", "godwit migrate");
            Cli.Result diff = ok(Cli.run(dir, "diff"));
            contains(diff.out(), "-- +upgrade", "-- +downgrade", "phone", "floor");
            assertEquals(1, revisions(dir).size(), "diff writes nothing");

            // Dropping a column is announced on the console and in the file.
            model(dir, MODEL.replace("    email VARCHAR(200) NOT NULL,\n", "")
                    .replace("CREATE UNIQUE INDEX ux_agents_email ON agents (email);\n", ""));
            Cli.Result drop = ok(Cli.run(dir, "migrate", "-m", "drop email"));
            contains(drop.out(), "WARNING: drops column agents.email", "Review it before upgrading");
            String dropText = Files.readString(newest(dir));
            contains(dropText, "-- WARNING: drops column agents.email and the values in it");
            ok(Cli.run(dir, "upgrade"));
            ok(Cli.run(dir, "check"));
            assertEquals(List.of(), db.column(kind == TestDatabase.Kind.SQLITE
                    ? "SELECT name FROM pragma_table_info('agents') WHERE name = 'email'"
                    : "SELECT column_name FROM information_schema.columns WHERE table_name = 'agents' AND column_name = 'email'"
                            + (kind == TestDatabase.Kind.POSTGRESQL ? " AND table_schema = '" + db.schema() + "'"
                                    : " AND table_schema = DATABASE()")));
        }
    }

    private static Path newest(Path dir) throws Exception {
        Path newest = null;
        for (Path p : revisions(dir)) {
            if (newest == null || Files.getLastModifiedTime(p).compareTo(Files.getLastModifiedTime(newest)) > 0) {
                newest = p;
            }
        }
        return newest;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void inspectPrintsTablesAndDdl(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir, "model = \"schema\"");
            Files.createDirectories(dir.resolve("migrations/versions"));
            model(dir, MODEL);
            ok(Cli.run(dir, "migrate", "-m", "initial"));
            ok(Cli.run(dir, "upgrade"));

            Cli.Result all = ok(Cli.run(dir, "inspect"));
            contains(all.out(), "Table agents", "Table departments", "Column", "Type", "Null", "department_id",
                    "Primary key: (id)", "Foreign keys:", "-> departments (id)", "ux_agents_email UNIQUE (email)");
            notContains(all.out(), "godwit_version", "godwit_history");

            Cli.Result one = ok(Cli.run(dir, "inspect", "departments"));
            contains(one.out(), "Table departments");
            notContains(one.out(), "Table agents");

            Cli.Result sql = ok(Cli.run(dir, "inspect", "--sql"));
            contains(sql.out(), "CREATE TABLE", "departments", "UNIQUE", "ux_agents_email");
            // The baseline workflow: the DDL `inspect --sql` prints is a model the database matches.
            model(dir, sql.out());
            ok(Cli.run(dir, "check"));

            Cli.Result unknown = failed(Cli.run(dir, "inspect", "nope"));
            contains(unknown.err(), "No table 'nope'", "agents", "departments");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void aBrokenModelNamesTheFileAndLine(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir, "model = \"schema\"");
            Files.createDirectories(dir.resolve("migrations/versions"));
            model(dir, "CREATE TABLE ok_table (id INTEGER PRIMARY KEY);\n\nCREATE TABLE broken (id INTEGER PRIMARY KEY,\n  FOREIGN KEY (nope) REFERENCES missing_table (id), x);\n");
            Cli.Result r = failed(Cli.run(dir, "migrate", "-m", "x"));
            contains(r.err(), "The desired schema does not run on", "model.sql:3", "CREATE TABLE broken");
            assertEquals(List.of(), revisions(dir));
        }
    }

    @Test
    void noModelConfiguredSaysHowToSetOne(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, dir)) {
            db.writeConfig(dir);
            Files.createDirectories(dir.resolve("migrations/versions"));
            Cli.Result r = failed(Cli.run(dir, "migrate", "-m", "x"));
            contains(r.err(), "No desired schema is configured", "model = \"schema\"");
            Cli.Result missing = failed(Cli.run(dir, "--url", db.url(), "check"));
            contains(missing.err(), "No desired schema is configured");
        }
    }

    @Test
    void missingModelFolderIsAClearError(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, dir)) {
            db.writeConfig(dir, "model = \"schema\"");
            Files.createDirectories(dir.resolve("migrations/versions"));
            Cli.Result r = failed(Cli.run(dir, "diff"));
            contains(r.err(), "The model", "schema", "does not exist");
        }
    }

    @Test
    void postgresScratchSchemaNeedsAPrivilegeAndSaysWhich(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.POSTGRESQL, dir)) {
            String role = "godwit_noscratch_" + Long.toString(System.nanoTime() % 100000, 36);
            db.execute("CREATE ROLE " + role + " LOGIN");
            try {
                db.execute("CREATE SCHEMA IF NOT EXISTS " + db.schema());
                db.execute("GRANT USAGE, CREATE ON SCHEMA " + db.schema() + " TO " + role);
                db.execute("REVOKE CREATE ON DATABASE " + db.database() + " FROM PUBLIC");
                model(dir, MODEL);
                Files.createDirectories(dir.resolve("migrations/versions"));
                Files.writeString(dir.resolve("godwit.toml"), "url = \"postgresql://" + role + "@" + db.host() + ":"
                        + db.port() + "/" + db.database() + "\"\nschema = \"" + db.schema() + "\"\nmodel = \"schema\"\n");
                Cli.Result r = failed(Cli.run(dir, "migrate", "-m", "x"));
                contains(r.err(), "Could not create a scratch schema", "GRANT CREATE ON DATABASE", "dev_url");

                // With dev_url pointing at a server where the scratch schema may be made, it works.
                Files.writeString(dir.resolve("godwit.toml"), "dev_url = \"" + db.url() + "\"\n", java.nio.file.StandardOpenOption.APPEND);
                db.execute("GRANT CREATE ON SCHEMA " + db.schema() + " TO " + role);
                Cli.Result withDev = Cli.run(dir, "migrate", "-m", "x");
                assertEquals(0, withDev.exit(), withDev::toString);
            } finally {
                db.execute("DROP OWNED BY " + role);
                db.execute("DROP ROLE " + role);
            }
        }
    }
}
