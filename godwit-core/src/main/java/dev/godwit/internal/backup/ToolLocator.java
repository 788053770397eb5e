package dev.godwit.internal.backup;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Finds a database tool: the path set by system property {@code godwit.<key>} or environment variable
 * {@code GODWIT_<KEY>} (for example {@code godwit.pg_dump} / {@code GODWIT_PG_DUMP}), else the first
 * of its names on the {@code PATH}.
 */
public final class ToolLocator {

    /** A tool found: its display name, where it is, and whether it came from the PATH. */
    public record Tool(String name, Path path, boolean onPath) {
    }

    private final Function<String, String> properties;
    private final Function<String, String> environment;
    private final boolean windows;

    public ToolLocator(Function<String, String> properties, Function<String, String> environment) {
        this.properties = properties;
        this.environment = environment;
        this.windows = File.separatorChar == '\\';
    }

    public static ToolLocator system() {
        return new ToolLocator(System::getProperty, System::getenv);
    }

    public static String propertyName(String key) {
        return "godwit." + key;
    }

    public static String variableName(String key) {
        return "GODWIT_" + key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /**
     * The tool for {@code key}: the configured path if any, else the first of {@code names} on the
     * PATH. {@code install} says how to install it, for the error when it is missing.
     */
    public Tool find(String key, List<String> names, String install) {
        String property = propertyName(key);
        String variable = variableName(key);
        String configured = blankToNull(properties.apply(property));
        String source = "system property " + property;
        if (configured == null) {
            configured = blankToNull(environment.apply(variable));
            source = "environment variable " + variable;
        }
        String display = names.get(0);
        if (configured != null) {
            return configured(display, configured, source, property, variable, install);
        }
        for (String name : names) {
            Path found = onPath(name);
            if (found != null) {
                return new Tool(name, found, true);
            }
        }
        throw new GodwitException(ErrorCode.BACKUP_FAILED, "Cannot take the backup: " + String.join(" or ", names)
                + " is not installed (not found on the PATH).",
                install + ", or set its path with -D" + property + "=/path/to/" + display + " or " + variable
                        + ", or run without a backup.");
    }

    private Tool configured(String display, String configured, String source, String property, String variable,
            String install) {
        String fix = "Point " + property + " (or " + variable + ") at the " + display + " program (" + install
                + "), or remove the setting to use the one on the PATH, or run without a backup.";
        boolean bareName = configured.indexOf('/') < 0 && configured.indexOf(File.separatorChar) < 0;
        if (bareName) {
            Path found = onPath(configured);
            if (found == null) {
                throw new GodwitException(ErrorCode.BACKUP_FAILED,
                        "Cannot take the backup: the " + display + " set by " + source + " ('"
                        + configured + "') is not on the PATH.", fix);
            }
            return new Tool(configured, found, true);
        }
        Path path;
        try {
            path = Path.of(configured).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new GodwitException(ErrorCode.BACKUP_FAILED,
                    "Cannot take the backup: the " + display + " set by " + source + " ('"
                    + configured + "') is not a valid path.", fix);
        }
        if (!Files.exists(path)) {
            throw new GodwitException(ErrorCode.BACKUP_FAILED,
                    "Cannot take the backup: the " + display + " set by " + source + " (" + path
                    + ") does not exist.", fix);
        }
        if (Files.isDirectory(path) || !Files.isExecutable(path)) {
            throw new GodwitException(ErrorCode.BACKUP_FAILED,
                    "Cannot take the backup: the " + display + " set by " + source + " (" + path
                    + ") is not an executable program.", fix);
        }
        String name = path.getFileName().toString();
        if (windows && name.toLowerCase(Locale.ROOT).endsWith(".exe")) {
            name = name.substring(0, name.length() - 4);
        }
        return new Tool(name, path, false);
    }

    /**
     * How a restore command should name the companion of {@code tool} (pg_restore for pg_dump, say):
     * the first of {@code names} found next to it, by bare name when {@code tool} came from the PATH
     * and by full path otherwise; the first name when none is there.
     */
    public String companion(Tool tool, List<String> names) {
        Path dir = tool.path().getParent();
        if (dir != null) {
            for (String name : names) {
                for (String candidate : candidates(name)) {
                    Path sibling = dir.resolve(candidate);
                    if (Files.isRegularFile(sibling) && Files.isExecutable(sibling)) {
                        return tool.onPath() ? name : sibling.toString();
                    }
                }
            }
        }
        return names.get(0);
    }

    private Path onPath(String name) {
        String path = environment.apply("PATH");
        if (path == null || path.isBlank()) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            for (String candidate : candidates(name)) {
                try {
                    Path file = Path.of(dir, candidate);
                    if (Files.isRegularFile(file) && Files.isExecutable(file)) {
                        return file.toAbsolutePath();
                    }
                } catch (InvalidPathException ignored) {
                    // a PATH entry that is no path: skip it
                }
            }
        }
        return null;
    }

    private List<String> candidates(String name) {
        List<String> out = new ArrayList<>();
        out.add(name);
        if (windows && !name.toLowerCase(Locale.ROOT).endsWith(".exe")) {
            out.add(name + ".exe");
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
