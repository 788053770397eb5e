package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.failed;
import static dev.godwit.cli.support.Checks.notContains;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.SchemaDump;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What autogenerate writes is what the model says, and what it cannot make safe it says so:
 * primary-key prefix lengths, the warnings for changes that fail or lose values on a table with
 * rows, and the database's own spelling of defaults.
 */
class ExactSqlTest {

    private static final Pattern GENERATED = Pattern.compile("Generated (.+\\.sql) \\(revision ([0-9a-f]+)\\)");

    private static void model(Path dir, String ddl) throws Exception {
        Files.createDirectories(dir.resolve("schema"));
        Files.writeString(dir.resolve("schema/model.sql"), ddl);
    }

    private static TestDatabase start(TestDatabase.Kind kind, Path dir) throws Exception {
        TestDatabase db = TestDatabase.create(kind, dir);
        db.writeConfig(dir, "model = \"schema\"");
        Files.createDirectories(dir.resolve("migrations/versions"));
        return db;
    }

    private static String revision(Cli.Result migrate) throws Exception {
        Matcher generated = GENERATED.matcher(migrate.out());
        assertTrue(generated.find(), migrate::toString);
        return Files.readString(Path.of(generated.group(1)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void aRequiredColumnWithoutDefaultOnAnExistingTableIsWarned(TestDatabase.Kind kind, @TempDir Path dir)
            throws Exception {
        try (TestDatabase db = start(kind, dir)) {
            model(dir, "CREATE TABLE agents (id INTEGER NOT NULL PRIMARY KEY);\n");
            ok(Cli.run(dir, "migrate", "-m", "agents"));
            ok(Cli.run(dir, "upgrade"));
            db.execute("INSERT INTO agents (id) VALUES (1)");

            model(dir, "CREATE TABLE agents (id INTEGER NOT NULL PRIMARY KEY, floor INTEGER NOT NULL,"
                    + " team VARCHAR(20) DEFAULT 'x' NOT NULL, note VARCHAR(20));\n");
            Cli.Result migrate = ok(Cli.run(dir, "migrate", "-m", "floor"));
            contains(migrate.out(), "WARNING: adds agents.floor NOT NULL without a default");
            String revision = revision(migrate);
            contains(revision, "-- WARNING: adds agents.floor NOT NULL without a default: if agents has rows");
            notContains(revision, "adds agents.team", "adds agents.note");
            if (kind != TestDatabase.Kind.MARIADB) {
                failed(Cli.run(dir, "upgrade"));
            }
        }
    }

    @Test
    void mariadbTextNarrowingAndSignChangesAreWarned(@TempDir Path dir) throws Exception {
        try (TestDatabase db = start(TestDatabase.Kind.MARIADB, dir)) {
            model(dir, "CREATE TABLE notes (id INT NOT NULL PRIMARY KEY, body MEDIUMTEXT, summary TEXT,"
                    + " title VARCHAR(100), delta INT, big BIGINT UNSIGNED, wide TINYTEXT);\n");
            ok(Cli.run(dir, "migrate", "-m", "notes"));
            ok(Cli.run(dir, "upgrade"));
            db.execute("INSERT INTO notes (id, delta) VALUES (1, -1)");

            model(dir, "CREATE TABLE notes (id INT NOT NULL PRIMARY KEY, body TINYTEXT, summary TINYTEXT,"
                    + " title TINYTEXT, delta INT UNSIGNED, big BIGINT, wide MEDIUMTEXT);\n");
            Cli.Result migrate = ok(Cli.run(dir, "migrate", "-m", "narrow"));
            String revision = revision(migrate);
            contains(revision,
                    "-- WARNING: changes notes.body from mediumtext to tinytext: values longer than 255 bytes",
                    "-- WARNING: changes notes.summary from text to tinytext: values longer than 255 bytes",
                    "-- WARNING: changes notes.title from varchar(100) to tinytext: values longer than 255 bytes",
                    "-- WARNING: changes notes.delta from int(11) to int(10) unsigned: negative values fail",
                    "-- WARNING: changes notes.big from bigint(20) unsigned to bigint(20): values above the largest");
            notContains(revision.substring(0, revision.indexOf("-- +downgrade")), "notes.wide");
            contains(migrate.out(), "WARNING: changes notes.delta");
            Cli.Result upgrade = failed(Cli.run(dir, "upgrade"));
            contains(upgrade.out() + upgrade.err(), "Out of range");
        }
    }

    @Test
    void mariadbPrimaryKeyPrefixesAreReadComparedAndWritten(@TempDir Path dir) throws Exception {
        try (TestDatabase db = start(TestDatabase.Kind.MARIADB, dir)) {
            db.execute("CREATE TABLE Counters (Counter TINYBLOB NOT NULL, PRIMARY KEY (Counter(128)))");
            Cli.Result inspect = ok(Cli.run(dir, "inspect", "--sql"));
            contains(inspect.out(), "PRIMARY KEY (`Counter`(128))");
            ok(Cli.run(dir, "stamp", "base"));

            model(dir, "CREATE TABLE Counters (Counter TINYBLOB NOT NULL, PRIMARY KEY (Counter(64)));\n");
            Cli.Result check = Cli.run(dir, "check");
            assertEquals(1, check.exit(), check::toString);
            contains(check.out(), "- drop primary key on Counters", "+ add primary key on Counters (Counter(64))");

            // The DDL inspect printed runs, and gives the same table.
            Path printed = dir.resolve("printed.sql");
            Files.writeString(printed, inspect.out());
            assertEquals(SchemaDump.of(db), SchemaDump.ofDdl(TestDatabase.Kind.MARIADB, printed, dir.resolve("fresh")));
        }
    }

    /** SQLite keeps DEFAULT as written: a model's '0' and NULL come back as '0' and NULL, not 0 and nothing. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void defaultsAreWrittenAsTheDatabaseSpellsThemForTheModel(TestDatabase.Kind kind, @TempDir Path dir)
            throws Exception {
        String ddl = switch (kind) {
            case POSTGRESQL -> "CREATE TABLE events (id integer PRIMARY KEY, created timestamptz DEFAULT now(),"
                    + " total bigint DEFAULT '0'::bigint, code varchar(5) DEFAULT NULL);\n";
            case SQLITE -> "CREATE TABLE events (id INTEGER PRIMARY KEY, attempts INTEGER DEFAULT '0',"
                    + " code TEXT DEFAULT NULL, created TEXT DEFAULT (datetime('now')), raw BLOB DEFAULT '0');\n";
            default -> "CREATE TABLE events (id INT PRIMARY KEY, created TIMESTAMP NULL DEFAULT now(),"
                    + " total BIGINT DEFAULT '0', code VARCHAR(5) DEFAULT NULL);\n";
        };
        try (TestDatabase db = start(kind, dir)) {
            model(dir, ddl);
            ok(Cli.run(dir, "migrate", "-m", "events"));
            ok(Cli.run(dir, "upgrade"));
            Path file = dir.resolve("model.sql");
            Files.writeString(file, ddl);
            assertEquals(SchemaDump.ofDdl(kind, file, dir.resolve("fresh")), SchemaDump.of(db));
            assertEquals("No changes detected\n", ok(Cli.run(dir, "migrate", "-m", "again")).out());
        }
    }
}
