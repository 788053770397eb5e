package dev.godwit.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * The command line's wording of an error about a setting the caller gave (details key
 * {@code setting}: config, environment, head, splice, revId, message, range, targets): it names
 * the flag that sets it ({@code --config}, {@code -e}, {@code --head}, {@code -m}, …).
 */
final class OptionAdvice {

    private OptionAdvice() {
    }

    /** The hint naming the flag, or null to keep the engine's. */
    static String hint(Map<String, String> d) {
        String setting = d.getOrDefault("setting", "");
        switch (setting) {
            case "config":
                return "folder".equals(d.get("problem"))
                        ? "Give --config the path of a TOML file, such as " + Path.of(d.get("config"))
                                .resolve("godwit.toml") + "."
                        : "Check the --config path, or leave --config out to use godwit.toml in " + d.get("directory")
                                + " (or none).";
            case "environment":
                return environment(d);
            case "head":
                return "Leave out --head for the first revision.";
            case "splice":
                return "Add --splice to start a new branch from it.";
            case "revId":
                return "Choose another --rev-id.";
            case "message":
                return "autogenerate".equals(d.get("operation")) ? "Add -m \"what it changes\"."
                        : "Give one with -m \"what this revision does\".";
            case "range":
                return "For example `godwit downgrade --sql head:base` or `--sql 3f2a9c1b7d4e:-1`.";
            case "targets":
                return "Merge needs two or more revisions, e.g. `godwit merge -m \"merge\" heads`.";
            default:
                return null;
        }
    }

    private static String environment(Map<String, String> d) {
        String name = d.get("environment");
        if ("no config file".equals(d.get("problem"))) {
            return "Create godwit.toml (godwit init writes one) with an [environments." + name
                    + "] table, point --config at your file, or leave -e out.";
        }
        String defined = d.getOrDefault("defined", "");
        return defined.isEmpty()
                ? "Add an [environments." + name + "] table to " + d.get("config") + ", or leave -e out."
                : "Choose one of " + defined.replace(",", ", ") + " with -e, or add an [environments." + name
                        + "] table.";
    }
}
