package dev.godwit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The table of global options: every option in it is picocli's, inherited by each command, and HeadStart's. */
class GlobalOptionTest {

    private static CommandLine cli(String... args) {
        CommandLine cli = new CommandLine(new GodwitCommand());
        Commands.register(cli, args);
        return cli;
    }

    @Test
    void picocliHasExactlyTheTablesGlobalOptions() {
        Set<String> expected = new TreeSet<>(List.of("-h", "--help", "-V", "--version"));
        for (GlobalOption option : GlobalOption.values()) {
            expected.addAll(option.names);
        }
        Set<String> actual = new TreeSet<>();
        for (OptionSpec spec : cli("upgrade").getCommandSpec().options()) {
            actual.addAll(List.of(spec.names()));
        }
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @EnumSource(GlobalOption.class)
    void everyCommandInheritsIt(GlobalOption option) {
        CommandLine top = cli("help");
        for (CommandLine sub : top.getSubcommands().values()) {
            if (sub.getCommandSpec().userObject() instanceof CommandLine.HelpCommand) {
                continue;
            }
            OptionSpec spec = sub.getCommandSpec().findOption(option.longName());
            assertNotNull(spec, option + " in " + sub.getCommandName());
            assertEquals(option.takesValue(), spec.arity().max() > 0, option + " in " + sub.getCommandName());
        }
    }

    @ParameterizedTest
    @EnumSource(GlobalOption.class)
    void picocliAndHeadStartReadEachNameAlike(GlobalOption option) {
        for (String name : option.names) {
            for (boolean before : new boolean[] {true, false}) {
                List<String> args = new ArrayList<>();
                if (!before) {
                    args.add("upgrade");
                }
                args.add(name);
                if (option.takesValue()) {
                    args.add(option.type == Integer.class ? "7" : "v");
                }
                if (before) {
                    args.add("upgrade");
                }
                String[] line = args.toArray(new String[0]);
                GodwitCommand top = new GodwitCommand();
                CommandLine cli = new CommandLine(top);
                Commands.register(cli, line);
                CommandLine.ParseResult parsed = cli.parseArgs(line);
                assertEquals("upgrade", Commands.commandName(line), String.join(" ", line));
                assertEquals(top.options(), HeadStart.guess(line), String.join(" ", line));
                assertTrue(GodwitCommand.debugRequested(parsed) == (option == GlobalOption.DEBUG));
            }
        }
    }

    @Test
    void valuesAreConvertedAsPicocliConvertsThem() {
        assertEquals(Path.of("d"), GlobalOption.DIRECTORY.convert("d"));
        assertEquals(5, GlobalOption.LOCK_TIMEOUT.convert("5"));
        assertEquals("prod", GlobalOption.ENVIRONMENT.convert("prod"));
        assertEquals(GlobalOption.CONFIG, GlobalOption.named("--config"));
        assertTrue(GlobalOption.takesValue("-e"));
        assertTrue(!GlobalOption.takesValue("--debug"));
    }
}
