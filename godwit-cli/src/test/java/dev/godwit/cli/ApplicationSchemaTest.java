package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.Godwit;
import dev.godwit.cli.support.ApplicationSchema;
import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.TestDatabase;
import dev.godwit.schema.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Real-size application schemas (120 tables with hundreds of indexes and foreign keys, enum types
 * and sequences on PostgreSQL) go through `migrate`, `upgrade`, `check` and `downgrade base`
 * unchanged, on every database.
 */
class ApplicationSchemaTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void wholeApplicationSchemaRoundTrips(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir, "model = \"schema\"");
            Files.createDirectories(dir.resolve("migrations/versions"));
            Files.createDirectories(dir.resolve("schema"));
            Files.writeString(dir.resolve("schema/app.sql"), ApplicationSchema.ddl(kind, 120, 42));

            Cli.Result migrate = ok(Cli.run(dir, "migrate", "-m", "application schema"));
            contains(migrate.out(), "create table tickets", "Generated ");
            ok(Cli.run(dir, "upgrade"));
            Schema live = Godwit.configure().baseDirectory(dir).load().inspect();
            assertEquals(120, live.tables().size());
            int indexes = live.tables().stream().mapToInt(t -> t.indexes().size()).sum();
            int foreignKeys = live.tables().stream().mapToInt(t -> t.foreignKeys().size()).sum();
            assertTrue(indexes >= 150, "indexes: " + indexes);
            assertTrue(foreignKeys >= 80, "foreign keys: " + foreignKeys);

            Cli.Result check = Cli.run(dir, "check");
            assertEquals(0, check.exit(), check::toString);
            assertEquals("No changes detected\n", ok(Cli.run(dir, "migrate", "-m", "again")).out());

            ok(Cli.run(dir, "downgrade", "base"));
            assertTrue(Godwit.configure().baseDirectory(dir).load().inspect().isEmpty());
        }
    }
}
