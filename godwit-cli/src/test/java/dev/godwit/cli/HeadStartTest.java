package dev.godwit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.godwit.Godwit;
import dev.godwit.api.MigrationListener;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The head start's reading of a command line, against picocli's. */
class HeadStartTest {

    /** What picocli makes of {@code args}' global options. */
    private static GlobalOptions parsed(String... args) {
        GodwitCommand top = new GodwitCommand();
        CommandLine cli = new CommandLine(top);
        Commands.register(cli, args);
        cli.parseArgs(args);
        return top.options();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "upgrade",
        "upgrade head",
        "-C proj upgrade",
        "-C proj --url postgres://u@h/db -e prod --lock-timeout 5 upgrade +1",
        "upgrade -C proj --config other.toml --environment staging",
        "--url=sqlite:///x.db upgrade --config=conf/godwit.toml",
        "-c g.toml downgrade -1",
        "validate --accept abc --url jdbc:sqlite:x.db",
        "downgrade base -y",
    })
    void guessesWhatPicocliParses(String line) {
        String[] args = line.split(" ");
        assertEquals(parsed(args), HeadStart.guess(args), line);
    }

    @Test
    void readsEachGlobalOption() {
        GlobalOptions g = HeadStart.guess(new String[] {"-C", "d", "upgrade", "--url", "u", "-e", "prod",
            "--lock-timeout", "7", "-c", "c.toml"});
        assertEquals(new GlobalOptions(Path.of("d"), Path.of("c.toml"), "prod", "u", 7, null), g);
    }

    @Test
    void givesUpOnWhatDoesNotConvert() {
        assertNull(HeadStart.guess(new String[] {"upgrade", "--lock-timeout", "soon"}));
        assertNull(HeadStart.guess(new String[] {"upgrade", "--url"}));
    }

    @Test
    void stopsAtTheEndOfOptions() {
        assertEquals(new GlobalOptions(null, null, null, null, null, null),
                HeadStart.guess(new String[] {"upgrade", "--", "--url", "u"}));
    }

    @Test
    void startsOnlyForCommandsThatCheckEveryRevision() {
        for (String command : List.of("heads", "history", "init", "revision", "current")) {
            assertNull(HeadStart.begin(new String[] {command}), command);
        }
        assertNull(HeadStart.begin(new String[] {"--version"}));
        assertNull(HeadStart.begin(new String[0]));
    }

    @Test
    void isTakenOnlyWhenPicocliAgrees(@TempDir Path dir) {
        Godwit.init(dir);
        String[] args = {"-C", dir.toString(), "upgrade"};
        HeadStart start = HeadStart.begin(args);
        assertNotNull(start);
        assertNull(start.take(new GlobalOptions(dir, null, "other", null, null, null)), "another environment: dropped");
        Godwit prepared = start.take(parsed(args));
        assertNotNull(prepared);
        assertEquals(dir.resolve("migrations/versions"),
                prepared.withListener(MigrationListener.NONE).configuration().migrations());
    }

    @Test
    void aFailedPreparationIsDroppedForTheCommandToReport(@TempDir Path dir) {
        // No godwit.toml behind --config: loading fails in the head start, and the command meets it again.
        String[] args = {"-C", dir.toString(), "--config", "missing.toml", "upgrade"};
        HeadStart start = HeadStart.begin(args);
        assertNotNull(start);
        assertNull(start.take(parsed(args)));
    }
}
