package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.failed;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.SchemaDump;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code @Enumerated(STRING)} with {@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)}: on PostgreSQL
 * Hibernate writes {@code create type … as enum} before the table that uses it, and the revision
 * Godwit writes creates the type, the table and its index, and drops them again on the way down.
 */
class JpaNamedEnumTest {

    private static final Path ENTITIES = Path.of("..", "godwit-jpa", "target", "test-classes").toAbsolutePath().normalize();

    private static void config(TestDatabase db, Path dir) throws Exception {
        db.writeConfig(dir, "model = \"jpa:dev.godwit.jpa.namedenum\"",
                "classpath = [\"" + ENTITIES.toString().replace("\\", "\\\\") + "\"]",
                "jpa_physical_naming = \"spring\"");
        Files.createDirectories(dir.resolve("migrations/versions"));
    }

    /** Hibernate maps NAMED_ENUM on PostgreSQL only: elsewhere the application fails, and so does migrate. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TestDatabase.Kind.class, names = {"SQLITE", "MARIADB"})
    void elsewhereHibernatesOwnErrorIsShown(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            config(db, dir);
            ok(Cli.run(dir, "upgrade"));
            contains(failed(Cli.run(dir, "migrate", "-m", "shipments")).err(), "NAMED_ENUM", "shipment");
            assertEquals(List.of(), revisions(dir));
        }
    }

    @Test
    void namedEnumsRoundTripOnPostgresql(@TempDir Path dir) throws Exception {
        TestDatabase.Kind kind = TestDatabase.Kind.POSTGRESQL;
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            config(db, dir);
            ok(Cli.run(dir, "upgrade"));
            String empty = SchemaDump.of(db);

            ok(Cli.run(dir, "migrate", "-m", "shipments"));
            List<Path> revisions = revisions(dir);
            String text = Files.readString(revisions.get(0)).toLowerCase(Locale.ROOT);
            contains(text, "shipment", "ix_shipment_state", "delivered");
            contains(text, "create type", "as enum", "drop type");
            assertTrue(text.indexOf("create type") < text.indexOf("create table"), text);
            assertFalse(text.contains("create cast"), text);

            ok(Cli.run(dir, "upgrade"));
            String upgraded = SchemaDump.of(db);
            contains(upgraded.toLowerCase(Locale.ROOT), "as enum", "'pending'", "'shipped'", "'delivered'");
            contains(ok(Cli.run(dir, "check")).out(), "matches the desired schema");
            assertEquals("No changes detected\n", ok(Cli.run(dir, "migrate", "-m", "nothing")).out());
            assertEquals(1, revisions(dir).size());

            ok(Cli.run(dir, "downgrade", "base"));
            assertEquals(empty, SchemaDump.of(db));
        }
    }

    private static List<Path> revisions(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("migrations/versions"))) {
            return files.sorted().toList();
        }
    }
}
