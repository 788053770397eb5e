package dev.godwit.internal.config;

import dev.godwit.spi.ModelOptions;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Builds {@link Settings} from {@code godwit.toml}, the process environment and the command line.
 *
 * <p>The database URL is chosen by {@link UrlPrecedence}: {@code --url}; {@code url} in the
 * environment chosen with {@code -e}; {@code DATABASE_URL}; {@code url} at the top of the config
 * file; {@code sqlite:///godwit.db}. The {@code user} and {@code password} keys, when set (not
 * blank), replace the credentials of whichever URL wins. Every other key is taken from the chosen
 * environment if it sets it, else from the top of the file, else its default (see
 * {@link ConfigScope}).
 *
 * <p>Relative paths ({@code migrations}, {@code backup_dir}) are resolved against the config file's
 * folder. A relative SQLite path in a URL is resolved against the config file's folder when the URL
 * came from the config file, and against the base folder otherwise ({@code --url},
 * {@code DATABASE_URL}, the default {@code <baseDir>/godwit.db}). Defaults are under the base
 * folder. {@code dev_url} is kept as written (after interpolation).
 *
 * <p>Every string value may use {@code ${VAR}} and {@code ${VAR:-default}} (see
 * {@link Interpolator}); only the values a run uses are expanded, so an unset variable in an
 * environment that was not chosen is no error. Unknown keys and wrong types are errors anywhere in
 * the file. Optional strings ({@code user}, {@code password}, {@code schema}, {@code model},
 * {@code dev_url}) that are blank count as unset.
 */
public final class SettingsLoader {
    /** The config file looked for in the base folder. */
    public static final String CONFIG_FILE_NAME = "godwit.toml";
    /** The environment variable holding a database URL. */
    public static final String DATABASE_URL_VARIABLE = "DATABASE_URL";

    /**
     * What to load settings for.
     *
     * @param baseDir the folder the run behaves as if started in
     * @param configFile the {@code --config} file (relative: to baseDir), or null for
     *     {@code <baseDir>/godwit.toml} if it exists
     * @param environment the environment chosen with {@code -e}, or null
     * @param urlOverride the {@code --url} flag (or the URL given to the Java API), or null
     * @param urlOverrideSource how {@code urlOverride}'s source is named ({@code --url}, {@code api})
     * @param env the process environment (null: empty)
     */
    public record LoadRequest(Path baseDir, Path configFile, String environment, String urlOverride,
            String urlOverrideSource, Map<String, String> env) {
        public LoadRequest {
            Objects.requireNonNull(baseDir, "baseDir");
            urlOverrideSource = urlOverrideSource == null ? "--url" : urlOverrideSource;
            env = env == null ? Map.of() : Map.copyOf(env);
        }

        /** A request whose {@code urlOverride}, if any, is the {@code --url} flag. */
        public LoadRequest(Path baseDir, Path configFile, String environment, String urlOverride,
                Map<String, String> env) {
            this(baseDir, configFile, environment, urlOverride, "--url", env);
        }

        /** A request with no flags: the config file in {@code baseDir}, if any, and {@code env}. */
        public static LoadRequest of(Path baseDir, Map<String, String> env) {
            return new LoadRequest(baseDir, null, null, null, env);
        }
    }

    private SettingsLoader() {}

    /**
     * The settings for {@code request}.
     *
     * @throws GodwitException for a missing {@code --config} file, a TOML syntax error, an unknown
     *     key or environment, a wrong value type, an unset variable or an unusable URL
     */
    public static Settings load(LoadRequest request) {
        Path baseDir = request.baseDir().toAbsolutePath().normalize();
        Path configPath = findConfigFile(request, baseDir);
        TomlFile toml = configPath == null ? null : TomlFile.read(configPath);
        if (toml != null) {
            validate(toml);
        }
        ConfigScope scope = new ConfigScope(toml, chooseEnvironment(toml, request.environment(), baseDir), request.environment(),
                request.env());
        Path configDir = configPath == null ? baseDir : configPath.getParent();

        ChosenUrl chosen = chooseUrl(request, scope, configPath, baseDir);
        DatabaseUrl url = chosen.url().withCredentials(scope.optionalText(ConfigKey.USER),
                scope.optionalText(ConfigKey.PASSWORD));

        return new Settings(
                baseDir,
                configPath,
                request.environment(),
                url,
                chosen.source(),
                scope.path(ConfigKey.MIGRATIONS, configDir, baseDir.resolve(Settings.DEFAULT_MIGRATIONS)),
                scope.text(ConfigKey.FILE_TEMPLATE, Settings.DEFAULT_FILE_TEMPLATE),
                scope.text(ConfigKey.VERSION_TABLE, Settings.DEFAULT_VERSION_TABLE),
                scope.text(ConfigKey.HISTORY_TABLE, Settings.DEFAULT_HISTORY_TABLE),
                scope.optionalText(ConfigKey.SCHEMA),
                scope.duration(ConfigKey.LOCK_TIMEOUT, Settings.DEFAULT_LOCK_TIMEOUT),
                scope.bool(ConfigKey.CONFIRM, false),
                scope.bool(ConfigKey.BACKUP, false),
                scope.path(ConfigKey.BACKUP_DIR, configDir, baseDir.resolve(Settings.DEFAULT_BACKUP_DIR)),
                scope.optionalText(ConfigKey.MODEL),
                scope.optionalText(ConfigKey.DEV_URL),
                scope.textList(ConfigKey.EXCLUDE_TABLES),
                scope.bool(ConfigKey.EXCLUDE_TOOL_TABLES, true),
                new Timeouts(scope.duration(ConfigKey.CONNECT_TIMEOUT, Timeouts.DEFAULT_CONNECT),
                        scope.duration(ConfigKey.STATEMENT_LOCK_TIMEOUT, Timeouts.DEFAULT_STATEMENT_LOCK)),
                new ModelOptions(scope.textList(ConfigKey.CLASSPATH), scope.optionalText(ConfigKey.JPA_PHYSICAL_NAMING),
                        scope.optionalText(ConfigKey.JPA_IMPLICIT_NAMING)),
                new DialectTargets(DialectNames.read(scope.textList(ConfigKey.DIALECTS)), scope.textList(ConfigKey.DEV_URLS)),
                scope.optionalText(ConfigKey.BACKUP_COMMAND));
    }

    /** The URL of a run and its source label, before the {@code user} and {@code password} keys apply. */
    private record ChosenUrl(DatabaseUrl url, String source) {}

    /** The URL {@link UrlPrecedence} chooses, read; relative SQLite paths as the class comment says. */
    private static ChosenUrl chooseUrl(LoadRequest request, ConfigScope scope, Path configPath, Path baseDir) {
        ConfigScope.Found envUrl = scope.inEnvironment(ConfigKey.URL);
        ConfigScope.Found topUrl = scope.atTop(ConfigKey.URL);
        String variable = request.env().get(DATABASE_URL_VARIABLE);
        Path configDir = configPath == null ? baseDir : configPath.getParent();
        switch (UrlPrecedence.choose(request.urlOverride(), envUrl != null, variable, topUrl != null)) {
            case EXPLICIT:
                String label = request.urlOverrideSource();
                String from = label == null || label.startsWith("--") || label.equals("api") ? "the --url option" : label;
                return new ChosenUrl(parseUrl(request.urlOverride(), baseDir, from),
                        request.urlOverrideSource());
            case ENVIRONMENT_TABLE:
                return new ChosenUrl(parseUrl(scope.text(envUrl), configDir, scope.where(envUrl)),
                        "environment '" + request.environment() + "' in " + configPath.getFileName());
            case VARIABLE:
                return new ChosenUrl(parseUrl(variable, baseDir, "the " + DATABASE_URL_VARIABLE + " environment variable"),
                        DATABASE_URL_VARIABLE);
            case TOP_OF_FILE:
                return new ChosenUrl(parseUrl(scope.text(topUrl), configDir, scope.where(topUrl)),
                        configPath.getFileName().toString());
            default:
                return new ChosenUrl(DatabaseUrl.parse(Settings.DEFAULT_URL, baseDir), Settings.SOURCE_DEFAULT);
        }
    }

    // ---------------------------------------------------------------- the file

    private static Path findConfigFile(LoadRequest request, Path baseDir) {
        if (request.configFile() == null) {
            Path candidate = baseDir.resolve(CONFIG_FILE_NAME);
            return Files.isRegularFile(candidate) ? candidate : null;
        }
        Path file = baseDir.resolve(request.configFile()).toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION, "The config file " + file + " is a folder.",
                    "Give the path of a TOML file as the config file, such as " + file.resolve(CONFIG_FILE_NAME) + ".",
                    null, Map.of("setting", "config", "problem", "folder", "config", file.toString()));
        }
        if (!Files.exists(file)) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION, "The config file " + file + " does not exist.",
                    "Check the config file's path, or give none to use " + CONFIG_FILE_NAME
                            + " in " + baseDir + " (or none).", null, Map.of("setting", "config", "problem", "missing",
                            "config", file.toString(), "directory", baseDir.toString()));
        }
        return file;
    }

    /** Rejects unknown keys (all of them at once, by line) and values of the wrong type. */
    private static void validate(TomlFile toml) {
        List<List<String>> unknown = new ArrayList<>();
        List<GodwitException> typeErrors = new ArrayList<>();
        for (Map.Entry<String, Object> entry : toml.root().entrySet()) {
            String key = entry.getKey();
            if (!key.equals(ConfigKey.ENVIRONMENTS)) {
                checkKey(toml, List.of(key), entry.getValue(), unknown, typeErrors);
                continue;
            }
            if (!(entry.getValue() instanceof Map)) {
                throw new GodwitException(ErrorCode.BAD_CONFIGURATION,
                        "'" + key + "' in " + toml.file() + toml.lineSuffix(List.of(key))
                        + " must be a table of environments.",
                        "Write each environment as a table: [environments.production] followed by its keys.");
            }
            for (Map.Entry<String, Object> env : asMap(entry.getValue()).entrySet()) {
                List<String> envPath = List.of(key, env.getKey());
                if (!(env.getValue() instanceof Map)) {
                    throw new GodwitException(ErrorCode.BAD_CONFIGURATION, "'" + dotted(envPath) + "' in " + toml.file()
                            + toml.lineSuffix(envPath) + " must be a table.",
                            "Write it as a table: [environments." + env.getKey() + "] followed by its keys.");
                }
                for (Map.Entry<String, Object> e : asMap(env.getValue()).entrySet()) {
                    checkKey(toml, List.of(key, env.getKey(), e.getKey()), e.getValue(), unknown, typeErrors);
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw unknownKeys(toml, unknown);
        }
        if (!typeErrors.isEmpty()) {
            throw typeErrors.get(0);
        }
    }

    private static void checkKey(TomlFile toml, List<String> path, Object value, List<List<String>> unknown,
            List<GodwitException> typeErrors) {
        ConfigKey key = ConfigKey.byName(path.get(path.size() - 1));
        if (key == null) {
            unknown.add(path);
        } else if (!key.accepts(value)) {
            typeErrors.add(new GodwitException(ErrorCode.BAD_CONFIGURATION,
                    "Key '" + dotted(path) + "' in " + toml.file()
                    + toml.lineSuffix(path) + " must be " + key.type.expected + ", not "
                    + ConfigKey.describe(value) + ".",
                    "Change its value to " + key.type.expected + ".", null,
                    Map.of("file", String.valueOf(toml.file()), "key", dotted(path))));
        }
    }

    private static GodwitException unknownKeys(TomlFile toml, List<List<String>> unknown) {
        unknown.sort(Comparator.comparingInt(p -> {
            int line = toml.lineOf(p);
            return line > 0 ? line : Integer.MAX_VALUE;
        }));
        StringJoiner names = new StringJoiner(", ");
        StringJoiner suggestions = new StringJoiner(", ");
        for (List<String> path : unknown) {
            String name = path.get(path.size() - 1);
            names.add("'" + dotted(path) + "'" + toml.lineSuffix(path));
            String suggestion = ConfigKey.suggest(name, path.size() == 1);
            if (suggestion != null) {
                suggestions.add("'" + name + "' -> '" + suggestion + "'");
            }
        }
        String message = unknown.size() == 1
                ? "Unknown key " + names + " in " + toml.file() + "."
                : "Unknown keys in " + toml.file() + ": " + names + ".";
        String hint = (suggestions.length() > 0 ? "Did you mean " + suggestions + "? " : "")
                + "Known keys: " + ConfigKey.knownKeys()
                + "; at the top level also [environments.NAME] tables, which take the same keys.";
        return new GodwitException(ErrorCode.BAD_CONFIGURATION, message, hint);
    }

    /** The table of the environment chosen with -e, or null when none was chosen. */
    private static Map<String, Object> chooseEnvironment(TomlFile toml, String name, Path baseDir) {
        if (name == null) {
            return null;
        }
        if (toml == null) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION, "Environment '" + name + "' was chosen, but there "
                    + "is no config file (" + baseDir.resolve(CONFIG_FILE_NAME) + " does not exist).",
                    "Create " + CONFIG_FILE_NAME + " (init writes one) with an [environments." + name
                            + "] table, name your config file, or choose no environment.", null,
                    Map.of("setting", "environment", "problem", "no config file", "environment", name));
        }
        Object environments = toml.root().get(ConfigKey.ENVIRONMENTS);
        Map<String, Object> defined = environments instanceof Map
                ? new TreeMap<>(asMap(environments))
                : Map.of();
        Object chosen = defined.get(name);
        if (chosen == null) {
            String list = defined.isEmpty() ? "none are defined" : "defined: " + String.join(", ", defined.keySet());
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION, "Unknown environment '" + name + "' in "
                    + toml.file() + " (" + list + ").", defined.isEmpty()
                            ? "Add an [environments." + name + "] table to " + toml.file() + ", or choose no environment."
                            : "Choose one of " + String.join(", ", defined.keySet()) + ", or add an"
                                    + " [environments." + name + "] table.", null,
                    Map.of("setting", "environment", "problem", "unknown", "environment", name,
                            "defined", String.join(",", defined.keySet()), "config", toml.file().toString()));
        }
        return asMap(chosen);
    }

    private static DatabaseUrl parseUrl(String text, Path base, String from) {
        try {
            return DatabaseUrl.parse(text, base);
        } catch (GodwitException e) {
            throw new GodwitException(e.code(), e.getMessage() + " It came from " + from + ".", e.hint(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object table) {
        return (Map<String, Object>) table;
    }

    private static String dotted(List<String> path) {
        return String.join(".", path);
    }

}
