package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
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
 * A JPA enum mapped with {@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)} gains values (entities
 * {@code moods.v1} then {@code moods.v2}; Hibernate declares the type's values sorted by name, so
 * they land first, in the middle and last): `migrate` writes
 * {@code ALTER TYPE mood ADD VALUE} (transactional: nothing uses the new values), the upgrade runs
 * on PostgreSQL, `check` is clean, and the downgrade, which rebuilds the type, leaves the schema
 * `pg_dump -s` showed before.
 */
class JpaNamedEnumValuesTest {

    private static final Path ENTITIES = Path.of("..", "godwit-jpa", "target", "test-classes").toAbsolutePath().normalize();

    private static void config(TestDatabase db, Path dir, String version) throws Exception {
        db.writeConfig(dir, "model = \"jpa:dev.godwit.jpa.moods." + version + "\"",
                "classpath = [\"" + ENTITIES.toString().replace("\\", "\\\\") + "\"]");
        Files.createDirectories(dir.resolve("migrations/versions"));
    }

    @Test
    void addedEnumValuesUpgradeAndDowngrade(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.POSTGRESQL, dir, "gapsxiii")) {
            config(db, dir, "v1");
            ok(Cli.run(dir, "migrate", "-m", "person"));
            ok(Cli.run(dir, "upgrade"));
            db.execute("INSERT INTO person (id, mood) VALUES (1, 'HAPPY')");
            String before = SchemaDump.of(db);

            config(db, dir, "v2");
            ok(Cli.run(dir, "migrate", "-m", "more moods"));
            String text = revision(dir, "more moods");
            contains(text, "ALTER TYPE mood ADD VALUE 'ECSTATIC' BEFORE 'HAPPY';",
                    "ALTER TYPE mood ADD VALUE 'MEH' AFTER 'HAPPY';", "ALTER TYPE mood ADD VALUE 'ZEN';",
                    "ALTER TYPE mood RENAME TO mood_old", "CREATE TYPE mood AS ENUM ('HAPPY', 'OK', 'SAD')");
            notContains(text, "-- transaction: false");
            ok(Cli.run(dir, "upgrade"));
            assertEquals(List.of("ECSTATIC,HAPPY,MEH,OK,SAD,ZEN"), db.column("SELECT string_agg(e.enumlabel, ',' ORDER BY "
                    + "e.enumsortorder) FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = 'mood' "
                    + "AND t.typnamespace = '" + db.schema() + "'::regnamespace"));
            contains(ok(Cli.run(dir, "check")).out(), "matches the desired schema");
            assertEquals("No changes detected\n", ok(Cli.run(dir, "migrate", "-m", "nothing")).out());

            ok(Cli.run(dir, "downgrade", "-1"));
            assertEquals(before, SchemaDump.of(db));
            assertEquals(List.of("1 HAPPY"), db.column("SELECT id || ' ' || mood FROM person"));
            ok(Cli.run(dir, "downgrade", "base"));
            assertEquals(List.of(), db.userTables());
        }
    }

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
