package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.failed;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.SchemaDump;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * JPA entities as the model, end to end through the CLI: the entity set compiled in godwit-jpa's
 * test sources, on the classpath of godwit.toml (not the CLI's), on every database.
 */
class JpaModelTest {

    /** godwit-jpa's compiled test entities: the reactor compiles them before this module's tests. */
    private static final Path ENTITIES = Path.of("..", "godwit-jpa", "target", "test-classes").toAbsolutePath().normalize();

    private static List<Path> revisions(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("migrations/versions"))) {
            return files.sorted().toList();
        }
    }

    private static void config(TestDatabase db, Path dir, String pkg, String... naming) throws Exception {
        String[] lines = new String[2 + naming.length];
        lines[0] = "model = \"jpa:" + pkg + "\"";
        lines[1] = "classpath = [\"" + ENTITIES.toString().replace("\\", "\\\\") + "\"]";
        System.arraycopy(naming, 0, lines, 2, naming.length);
        db.writeConfig(dir, lines);
        Files.createDirectories(dir.resolve("migrations/versions"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void roundTripWithSpringNaming(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        roundTrip(kind, dir, "jpa_physical_naming = \"spring\"", "jpa_implicit_naming = \"spring\"");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void roundTripWithHibernatesDefaultNaming(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        roundTrip(kind, dir);
    }

    private void roundTrip(TestDatabase.Kind kind, Path dir, String... naming) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            config(db, dir, "dev.godwit.jpa.entities", naming);
            ok(Cli.run(dir, "upgrade"));
            String empty = SchemaDump.of(db);

            Cli.Result migrate = ok(Cli.run(dir, "migrate", "-m", "help desk"));
            contains(migrate.out(), "+ create table departments", "Generated ");
            String text = Files.readString(revisions(dir).get(0)).toLowerCase(java.util.Locale.ROOT);
            contains(text, "departments", "ticket_watchers", "id_blocks", "profile", "preferences");
            if (kind != TestDatabase.Kind.SQLITE) {
                // Hibernate's SQLite dialect writes no foreign keys; the others name them as the entity says.
                contains(text, "fk_agent_department", "fk_profile_agent");
            }

            ok(Cli.run(dir, "upgrade"));
            contains(ok(Cli.run(dir, "check")).out(), "matches the desired schema");
            assertEquals("No changes detected\n", ok(Cli.run(dir, "migrate", "-m", "nothing")).out());
            assertEquals(1, revisions(dir).size());
            assertTrue(db.tables().stream().anyMatch(t -> t.equalsIgnoreCase("escalation")), db.tables().toString());

            ok(Cli.run(dir, "downgrade", "base"));
            assertEquals(empty, SchemaDump.of(db));
        }
    }

    @Test
    void aPostgresColumnDefinitionOnMariadbIsNamedBeforeAnyRevisionIsWritten(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.MARIADB, dir)) {
            config(db, dir, "dev.godwit.jpa.pgonly");
            Cli.Result r = failed(Cli.run(dir, "migrate", "-m", "documents"));
            contains(r.err(), "entity dev.godwit.jpa.pgonly.Document", "int4range");
            assertEquals(List.of(), revisions(dir));
        }
    }

    @Test
    void aPackageMissingFromTheClasspathNamesThePathSearched(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, dir)) {
            config(db, dir, "com.example.absent");
            Cli.Result r = failed(Cli.run(dir, "migrate", "-m", "nothing"));
            contains(r.err(), "com.example.absent", ENTITIES.toString());
            assertEquals(List.of(), revisions(dir));
        }
    }
}
