package dev.godwit.internal.config;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The values of {@code godwit.toml} a run sees: the chosen environment's table over the top of the
 * file, each string expanded ({@code ${VAR}}) when it is used, so that an unset variable in a value
 * the run does not use is no error. Values are typed already ({@link SettingsLoader} validated the
 * file); blank optional strings count as unset.
 */
final class ConfigScope {
    /** A raw value found in the file, with its key path. */
    record Found(Object value, List<String> path) {}

    private final TomlFile toml;
    private final Map<String, Object> environment;
    private final String environmentName;
    private final Map<String, String> env;

    ConfigScope(TomlFile toml, Map<String, Object> environment, String environmentName, Map<String, String> env) {
        this.toml = toml;
        this.environment = environment;
        this.environmentName = environmentName;
        this.env = env;
    }

    Found inEnvironment(ConfigKey key) {
        Object value = environment == null ? null : environment.get(key.key);
        return value == null ? null : new Found(value, List.of(ConfigKey.ENVIRONMENTS, environmentName, key.key));
    }

    Found atTop(ConfigKey key) {
        Object value = toml == null ? null : toml.root().get(key.key);
        return value == null ? null : new Found(value, List.of(key.key));
    }

    Found find(ConfigKey key) {
        Found found = inEnvironment(key);
        return found != null ? found : atTop(key);
    }

    String where(Found found) {
        return "key '" + String.join(".", found.path()) + "' in " + toml.file() + toml.lineSuffix(found.path());
    }

    /** The expanded string value of {@code found}. */
    String text(Found found) {
        return Interpolator.expand((String) found.value(), env, where(found));
    }

    String text(ConfigKey key, String fallback) {
        Found found = find(key);
        if (found == null) {
            return fallback;
        }
        String value = text(found);
        if (value.isBlank()) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION, capitalized(where(found)) + " is empty.",
                    "Give it a value, or remove it to use the default '" + fallback + "'.");
        }
        return value;
    }

    String optionalText(ConfigKey key) {
        Found found = find(key);
        if (found == null) {
            return null;
        }
        String value = text(found);
        return value.isBlank() ? null : value;
    }

    Path path(ConfigKey key, Path relativeTo, Path fallback) {
        Found found = find(key);
        if (found == null) {
            return fallback;
        }
        String value = text(found);
        if (value.isBlank()) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION, capitalized(where(found)) + " is empty.",
                    "Give it a folder, or remove it to use the default " + fallback + ".");
        }
        try {
            return relativeTo.resolve(value.strip()).normalize();
        } catch (InvalidPathException e) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION, capitalized(where(found)) + " is not a valid path: " + e.getReason() + ".",
                    "Give it a folder path, relative to " + relativeTo + " or absolute.", e);
        }
    }

    boolean bool(ConfigKey key, boolean fallback) {
        Found found = find(key);
        return found == null ? fallback : (Boolean) found.value();
    }

    Duration duration(ConfigKey key, Duration fallback) {
        Found found = find(key);
        if (found == null) {
            return fallback;
        }
        String hint = "Give seconds as a number (" + key.key + " = 60) or a string with a unit:"
                + " \"90s\", \"2m\", \"1h\", \"500ms\", \"1m30s\".";
        if (found.value() instanceof Number) {
            long seconds = ((Number) found.value()).longValue();
            if (seconds < 0) {
                throw new GodwitException(ErrorCode.BAD_CONFIGURATION, capitalized(where(found)) + " is negative.", hint);
            }
            return Duration.ofSeconds(seconds);
        }
        String value = text(found);
        Duration parsed = Durations.parse(value);
        if (parsed == null) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION, capitalized(where(found)) + " is not a duration: '" + value + "'.", hint);
        }
        return parsed;
    }

    List<String> textList(ConfigKey key) {
        Found found = find(key);
        if (found == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object item : (List<?>) found.value()) {
            String value = Interpolator.expand((String) item, env, where(found)).strip();
            if (value.isEmpty()) {
                throw new GodwitException(ErrorCode.BAD_CONFIGURATION, capitalized(where(found)) + " holds an empty name.",
                        "Remove the empty string from the array.");
            }
            out.add(value);
        }
        return out;
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
