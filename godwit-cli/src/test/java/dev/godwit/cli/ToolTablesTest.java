package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.notContains;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Alembic's, Flyway's and Liquibase's bookkeeping tables are not part of the comparison by default. */
class ToolTablesTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void otherToolsBookkeepingTablesAreLeftOutUnlessAskedFor(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir, "model = \"schema\"");
            Files.createDirectories(dir.resolve("migrations/versions"));
            Files.createDirectories(dir.resolve("schema"));
            Files.writeString(dir.resolve("schema/app.sql"), "CREATE TABLE tickets (id INTEGER PRIMARY KEY);\n");
            db.execute("CREATE TABLE tickets (id INTEGER PRIMARY KEY)");
            db.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)");
            db.execute("CREATE TABLE flyway_schema_history (installed_rank INTEGER NOT NULL PRIMARY KEY)");
            db.execute("CREATE TABLE databasechangelog (id VARCHAR(255) NOT NULL)");
            db.execute("CREATE TABLE databasechangeloglock (id INTEGER NOT NULL PRIMARY KEY)");

            contains(ok(Cli.run(dir, "check")).out(), "matches the desired schema");
            assertEquals("No changes detected\n", ok(Cli.run(dir, "migrate", "-m", "nothing")).out());
            notContains(ok(Cli.run(dir, "diff")).out(), "alembic_version", "flyway", "databasechangelog");

            Files.writeString(dir.resolve("godwit.toml"), "exclude_tool_tables = false\n",
                    java.nio.file.StandardOpenOption.APPEND);
            Cli.Result check = Cli.run(dir, "check");
            assertEquals(1, check.exit(), check::toString);
            contains(check.out(), "- drop table alembic_version", "- drop table flyway_schema_history",
                    "- drop table databasechangelog", "- drop table databasechangeloglock");
        }
    }
}
