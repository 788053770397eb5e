package dev.godwit.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The subcommands, registered lazily: a run registers only the one it names, so picocli reads the
 * annotations of one command class instead of all of them (a large share of a short run's start-up).
 * Help and unknown commands register them all.
 */
final class Commands {
    private static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();
    /** Global options that take a value, so their value is not mistaken for the command's name. */
    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("-C", "-c", "--config", "-e", "--environment",
            "--url", "--lock-timeout", "--statement-lock-timeout");

    static {
        ALL.put("init", InitCommand::new);
        ALL.put("revision", RevisionCommand::new);
        ALL.put("upgrade", UpgradeCommand::new);
        ALL.put("downgrade", DowngradeCommand::new);
        ALL.put("current", CurrentCommand::new);
        ALL.put("history", HistoryCommand::new);
        ALL.put("heads", HeadsCommand::new);
        ALL.put("branches", BranchesCommand::new);
        ALL.put("show", ShowCommand::new);
        ALL.put("stamp", StampCommand::new);
        ALL.put("merge", MergeCommand::new);
        ALL.put("validate", ValidateCommand::new);
        ALL.put("log", LogCommand::new);
        ALL.put("migrate", MigrateCommand::new);
        ALL.put("check", CheckCommand::new);
        ALL.put("diff", DiffCommand::new);
        ALL.put("inspect", InspectCommand::new);
    }

    private Commands() {
    }

    static void register(CommandLine cli, String[] args) {
        String name = commandName(args);
        if (name != null && ALL.containsKey(name)) {
            cli.addSubcommand(name, ALL.get(name).get());
            return;
        }
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return; // the version needs no command
        }
        for (Map.Entry<String, Supplier<Object>> e : ALL.entrySet()) {
            cli.addSubcommand(e.getKey(), e.getValue().get());
        }
        cli.addSubcommand("help", new CommandLine.HelpCommand());
    }

    /** Whether {@code arg} is a global option that takes a value. */
    static boolean takesValue(String arg) {
        return OPTIONS_WITH_VALUE.contains(arg);
    }

    /** The first argument that is neither a global option nor an option's value. */
    static String commandName(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (OPTIONS_WITH_VALUE.contains(a)) {
                i++;
            } else if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
    }
}
