package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Cli;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `--help` on the command and on every subcommand, `--version`, and what a usage error says. */
class HelpTest {

    @Test
    void helpListsEveryCommand(@TempDir Path dir) {
        Cli.Result r = ok(Cli.run(dir, "--help"));
        contains(r.out(), "Usage: godwit", "init", "revision", "upgrade", "downgrade", "current", "history", "heads",
                "branches", "show", "stamp", "merge");
    }

    @Test
    void everySubcommandHasHelp(@TempDir Path dir) {
        for (String command : new String[] {"init", "revision", "upgrade", "downgrade", "current", "history", "heads",
                "branches", "show", "stamp", "merge"}) {
            Cli.Result r = ok(Cli.run(dir, command, "--help"));
            contains(r.out(), "Usage: godwit " + command);
        }
        contains(ok(Cli.run(dir, "upgrade", "--help")).out(), "--sql", "TARGET");
        contains(ok(Cli.run(dir, "history", "-h")).out(), "--rev-range", "--indicate-current", "--verbose");
    }

    @Test
    void versionPrintsTheVersion(@TempDir Path dir) {
        for (String flag : new String[] {"--version", "-V"}) {
            Cli.Result r = ok(Cli.run(dir, flag));
            assertTrue(r.out().startsWith("godwit "), r.toString());
        }
    }

    @Test
    void aUsageErrorPointsToTheCommandsHelp(@TempDir Path dir) {
        Cli.Result r = Cli.run(dir, "upgrade", "--bogus");
        assertEquals(2, r.exit(), r::toString);
        contains(r.err(), "ERROR: Unknown option: '--bogus'", "Run `godwit upgrade --help` for usage.");
        assertEquals(0, Cli.run(dir, "upgrade", "--help").exit(), "the help it points to must exist");
    }
}
