package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Cli;
import dev.godwit.testsupport.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project with {@code dialects}: `check --dialect` on scratches, and `migrate` writing a section
 * per database with a warning for the one without a scratch.
 */
class DialectsCommandsTest {

    private static final String TABLE = "CREATE TABLE agents (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);\n";

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws Exception {
        TestServer pg = TestServer.postgres();
        String pw = pg.password() == null || pg.password().isEmpty() ? "" : ":" + pg.password();
        Files.writeString(dir.resolve("godwit.toml"), "url = \"sqlite:///live.db\"\nmodel = \"schema\"\n"
                + "dialects = [\"sqlite\", \"postgresql\", \"mysql\"]\n"
                + "dev_urls = [\"postgresql://" + pg.user() + pw + "@" + pg.host() + ":" + pg.port() + "/"
                + pg.database() + "\"]\n");
        Files.createDirectories(dir.resolve("schema"));
        Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(dir.resolve("schema/01.sql"), TABLE);
    }

    @Test
    void checkDialectComparesWhatTheSectionsBuildOnAScratch() throws Exception {
        Cli.Result missing = Cli.run(dir, "check", "--dialect", "postgresql");
        assertEquals(1, missing.exit(), missing.err());
        contains(missing.out(), "What the revisions build on postgresql differs from the desired schema in 1 way(s):");
        contains(missing.out(), "+ create table agents");

        Files.writeString(dir.resolve("migrations/versions/a1_agents.sql"), "-- revision: a1\n-- revises:\n"
                + "-- message: agents\n\n-- +upgrade\n" + TABLE + "\n-- +downgrade\nDROP TABLE agents;\n");
        contains(ok(Cli.run(dir, "check", "--dialect", "postgresql")).out(),
                "No changes detected: what the revisions build on postgresql matches the desired schema.");
        contains(ok(Cli.run(dir, "check", "--dialect", "sqlite")).out(), "matches the desired schema");
        Cli.Result noScratch = Cli.run(dir, "check", "--dialect", "mysql");
        assertEquals(1, noScratch.exit());
        contains(noScratch.err(), "no dev_urls entry for mysql");
    }

    @Test
    void migrateWritesASectionPerDialectAndWarnsForOneWithoutScratch() throws Exception {
        Cli.Result migrate = ok(Cli.run(dir, "migrate", "-m", "agents"));
        contains(migrate.out(), "sqlite: create table agents");
        contains(migrate.out(), "postgresql: create table agents");
        contains(migrate.out(), "WARNING: no mysql section: no dev_urls entry for mysql; add one and run migrate again");
        String file;
        try (Stream<Path> files = Files.list(dir.resolve("migrations/versions"))) {
            file = Files.readString(files.findFirst().orElseThrow());
        }
        assertTrue(file.contains("-- WARNING: no mysql section: no dev_urls entry for mysql"), file);
        for (String marker : List.of("-- +upgrade sqlite\n", "-- +upgrade postgresql\n", "-- +downgrade sqlite\n",
                "-- +downgrade postgresql\n")) {
            assertTrue(file.contains(marker), marker + " in " + file);
        }
        assertFalse(file.contains("-- +upgrade\n") || file.contains("-- +upgrade mysql"), file);
        ok(Cli.run(dir, "upgrade"));
        contains(ok(Cli.run(dir, "check", "--dialect", "postgresql")).out(), "matches the desired schema");
        assertEquals("No changes detected\nWARNING: no mysql section: no dev_urls entry for mysql; add one and run "
                + "migrate again\n", ok(Cli.run(dir, "migrate", "-m", "nothing")).out());
    }
}
