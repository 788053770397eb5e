package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.failed;
import static dev.godwit.cli.support.Checks.notContains;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.SchemaDump;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PostgreSQL named enum whose value set changes in a DDL model ({@code CREATE TYPE mood AS ENUM}):
 * values added in the middle and at the end become {@code ALTER TYPE … ADD VALUE} (and a revision
 * that also uses a new value is written {@code transaction: false}, which PostgreSQL needs); a
 * removed value rebuilds the type, and its downgrade adds the value back inside the revision's
 * transaction (PostgreSQL 12 and later allow that). Each revision upgrades, is clean against the
 * model, keeps the rows, and downgrades back to the schema `pg_dump -s` showed before it; the
 * downgrade of added values rebuilds the type, says in the file that rows holding them make it
 * fail, and when one does (outside a transaction, as the revision is written) the user is told
 * where it stopped and `downgrade --resume` finishes it once the rows are fixed.
 */
class PostgresEnumValuesTest {

    private static final String TABLE = "CREATE TABLE people (id INTEGER PRIMARY KEY, m mood NOT NULL DEFAULT '%s');\n";

    @Test
    void changedEnumValuesUpgradeAndDowngradeExactly(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.POSTGRESQL, dir, "gapsxiii")) {
            db.writeConfig(dir, "model = \"schema\"");
            Files.createDirectories(dir.resolve("migrations/versions"));
            model(dir, "'sad', 'ok', 'happy'", "ok");
            ok(Cli.run(dir, "migrate", "-m", "people"));
            ok(Cli.run(dir, "upgrade"));
            db.execute("INSERT INTO people (id, m) VALUES (1, 'happy'), (2, 'sad')");
            String first = SchemaDump.of(db);

            model(dir, "'sad', 'meh', 'ok', 'happy', 'ecstatic'", "meh");
            String added = ok(Cli.run(dir, "migrate", "-m", "more moods")).out();
            contains(added, "NOTE: the revision is marked `transaction: false`");
            String text = revision(dir, "more moods");
            contains(text, "-- transaction: false", "ALTER TYPE mood ADD VALUE 'meh' AFTER 'sad'",
                    "ALTER TYPE mood ADD VALUE 'ecstatic'", "SET DEFAULT 'meh'");
            notContains(text.substring(0, text.indexOf("-- +downgrade")), "RENAME TO");
            ok(Cli.run(dir, "upgrade"));
            assertEquals("sad,meh,ok,happy,ecstatic", values(db));
            contains(ok(Cli.run(dir, "check")).out(), "matches the desired schema");
            db.execute("INSERT INTO people (id) VALUES (3)");
            assertEquals(List.of("meh"), db.column("SELECT m::text FROM people WHERE id = 3"));
            db.execute("DELETE FROM people WHERE id = 3");
            String second = SchemaDump.of(db);

            ok(Cli.run(dir, "downgrade", "-1"));
            assertEquals(first, SchemaDump.of(db));
            assertEquals(List.of("1 happy", "2 sad"), db.column("SELECT id || ' ' || m FROM people ORDER BY id"));
            ok(Cli.run(dir, "upgrade"));
            assertEquals(second, SchemaDump.of(db));

            model(dir, "'meh', 'ok', 'happy', 'ecstatic'", "meh");
            ok(Cli.run(dir, "migrate", "-m", "no sad"));
            contains(revision(dir, "no sad"), "ALTER TYPE mood RENAME TO mood_old", "DROP TYPE mood_old",
                    "ALTER TYPE mood ADD VALUE 'sad' BEFORE 'meh'");
            notContains(revision(dir, "no sad"), "-- transaction: false");
            db.execute("UPDATE people SET m = 'meh' WHERE id = 2");
            ok(Cli.run(dir, "upgrade"));
            assertEquals("meh,ok,happy,ecstatic", values(db));
            contains(ok(Cli.run(dir, "check")).out(), "matches the desired schema");
            ok(Cli.run(dir, "downgrade", "-1"));
            assertEquals(second, SchemaDump.of(db));
            assertEquals(List.of("1 happy", "2 meh"), db.column("SELECT id || ' ' || m FROM people ORDER BY id"));

            Cli.Result refused = failed(Cli.run(dir, "downgrade", "base"));
            contains(revision(dir, "more moods"), "-- WARNING: removes values [meh, ecstatic] from enum type mood: "
                    + "rows holding them make the change fail");
            contains(refused.err(), "failed in its downgrade at statement 4 of 7",
                    "ALTER TABLE people ALTER COLUMN m TYPE mood USING m::text::mood",
                    "invalid input value for enum mood: \"meh\"", "godwit downgrade --resume <target>");
            db.execute("UPDATE people SET m = 'sad' WHERE id = 2");
            ok(Cli.run(dir, "downgrade", "--resume", "-1"));
            assertEquals(first, SchemaDump.of(db));
            ok(Cli.run(dir, "downgrade", "base"));
            assertEquals(List.of(), db.userTables());
        }
    }

    private static void model(Path dir, String values, String dflt) throws Exception {
        Files.createDirectories(dir.resolve("schema"));
        Files.writeString(dir.resolve("schema/people.sql"), "CREATE TYPE mood AS ENUM (" + values + ");\n"
                + String.format(TABLE, dflt));
    }

    /** The enum's labels in their sort order, from pg_enum. */
    private static String values(TestDatabase db) throws Exception {
        return db.column("SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_enum e "
                + "JOIN pg_type t ON t.oid = e.enumtypid JOIN pg_namespace n ON n.oid = t.typnamespace "
                + "WHERE n.nspname = '" + db.schema() + "' AND t.typname = 'mood'").get(0);
    }

    /** The text of the revision file written with {@code message}. */
    private static String revision(Path dir, String message) throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("migrations/versions"))) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                if (text.contains("-- message: " + message + "\n")) {
                    return text;
                }
            }
        }
        throw new AssertionError("no revision with message " + message);
    }
}
