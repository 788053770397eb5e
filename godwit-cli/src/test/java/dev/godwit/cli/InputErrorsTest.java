package dev.godwit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, small things: odd input gets a message that says what is wrong. */
class InputErrorsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void project() throws Exception {
        Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(versions.resolve("r1_one.sql"), "-- revision: r1\n-- revises:\n-- message: one\n\n"
                + "-- +upgrade\nCREATE TABLE one (a INTEGER);\n\n-- +downgrade\nDROP TABLE one;\n");
    }

    @Test
    void negativeLockTimeoutIsRejectedClearly() {
        for (String option : new String[] {"--lock-timeout", "--statement-lock-timeout"}) {
            Cli.Result r = Cli.run(dir, "--url", "sqlite:///t.db", option, "-1", "current");
            assertEquals(1, r.exit(), r.toString());
            assertTrue(r.err().contains(option + " -1 is negative"), r.toString());
            assertFalse(r.err().contains("PT-1S"), r.toString());
        }
    }

    @Test
    void anEmptyConfigFileIsAConfigFile() {
        Cli.Result r = Cli.run(dir, "-c", "/dev/null", "--url", "sqlite:///t.db", "current");
        assertEquals(0, r.exit(), r.toString());
        assertFalse(r.err().contains("does not exist"), r.toString());
    }

    @Test
    void anUnquotedTomlValueSaysItMustBeQuoted() throws Exception {
        Files.writeString(dir.resolve("godwit.toml"), "# config\nurl = sqlite:///t.db\n");
        Cli.Result r = Cli.run(dir, "current");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("at line 2: the value of 'url' is text and must be quoted"), r.toString());
        assertTrue(r.err().contains("url = \"sqlite:///t.db\""), r.toString());
        assertFalse(r.err().contains("Invalid sequence"), r.toString());
    }

    @Test
    void anUnquotedPasswordIsNotShown() throws Exception {
        Files.writeString(dir.resolve("godwit.toml"), "password = hunter2secret\n");
        Cli.Result r = Cli.run(dir, "current");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("must be quoted"), r.toString());
        assertFalse(r.err().contains("hunter2secret"), r.toString());
    }

    @Test
    void dryRunDoesNotCreateTheSqliteFile() {
        Cli.Result r = Cli.run(dir, "--url", "sqlite:///new.db", "upgrade", "--dry-run");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("r1"), r.toString());
        assertTrue(r.out().contains("Dry run: nothing was run."), r.toString());
        assertFalse(Files.exists(dir.resolve("new.db")), "--dry-run created the database file");
    }
}
