package dev.godwit.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The subcommands, registered lazily: a run registers only the one it names, so picocli reads the
 * annotations of one command class instead of all of them (a large share of a short run's start-up).
 * Help and unknown commands register them all.
 */
final class Commands {
    private static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();

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
        ALL.put("test", TestCommand::new);
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

    /** The first argument that is neither an option nor a global option's value ({@link GlobalOption}). */
    static String commandName(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (GlobalOption.takesValue(a)) {
                i++;
            } else if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
    }
}
