package dev.godwit.cli;

import dev.godwit.GodwitBuilder;
import dev.godwit.Godwit;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/**
 * The global options a run's configuration comes from ({@link GlobalOption} declares them), as one value: two readings of a command line
 * are the same configuration exactly when they are equal.
 *
 * @param directory {@code -C}: run as if started there
 * @param config {@code --config}
 * @param environment {@code -e}
 * @param url {@code --url}
 * @param lockTimeout {@code --lock-timeout}, in seconds
 * @param statementLockTimeout {@code --statement-lock-timeout}, in seconds
 */
record GlobalOptions(Path directory, Path config, String environment, String url, Integer lockTimeout,
        Integer statementLockTimeout) {

    // equals and hashCode written out: a record's generated ones are bootstrapped through method
    // handles on first use, which costs a fresh JVM more than the comparison itself.
    @Override
    public boolean equals(Object o) {
        return o instanceof GlobalOptions g && Objects.equals(directory, g.directory) && Objects.equals(config, g.config)
                && Objects.equals(environment, g.environment) && Objects.equals(url, g.url)
                && Objects.equals(lockTimeout, g.lockTimeout)
                && Objects.equals(statementLockTimeout, g.statementLockTimeout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(directory, config, environment, url, lockTimeout, statementLockTimeout);
    }

    /** The options whose values {@code value} gives (null: not given), read as {@link GlobalOption#type}. */
    static GlobalOptions from(Function<GlobalOption, Object> value) {
        return new GlobalOptions((Path) value.apply(GlobalOption.DIRECTORY), (Path) value.apply(GlobalOption.CONFIG),
                (String) value.apply(GlobalOption.ENVIRONMENT), (String) value.apply(GlobalOption.URL),
                (Integer) value.apply(GlobalOption.LOCK_TIMEOUT), (Integer) value.apply(GlobalOption.STATEMENT_LOCK_TIMEOUT));
    }

    /** The working directory the run behaves as if started in. */
    Path baseDirectory() {
        Path cwd = Path.of("").toAbsolutePath();
        return directory == null ? cwd : cwd.resolve(directory).normalize();
    }

    /** The API's builder for these options. */
    GodwitBuilder builder() {
        GodwitBuilder builder = Godwit.configure().baseDirectory(baseDirectory());
        if (config != null) {
            builder.configFile(baseDirectory().resolve(config));
        }
        if (environment != null) {
            builder.environment(environment);
        }
        if (url != null) {
            builder.url(url).urlSourceLabel("--url");
        }
        if (lockTimeout != null) {
            builder.lockTimeout(java.time.Duration.ofSeconds(nonNegative("--lock-timeout", lockTimeout)));
        }
        if (statementLockTimeout != null) {
            builder.statementLockTimeout(java.time.Duration.ofSeconds(
                    nonNegative("--statement-lock-timeout", statementLockTimeout)));
        }
        return builder;
    }

    private static int nonNegative(String option, int seconds) {
        if (seconds < 0) {
            throw new dev.godwit.api.GodwitException(dev.godwit.api.ErrorCode.BAD_ARGUMENT,
                    option + " " + seconds + " is negative.",
                    "Give the number of seconds to wait: 0 or more.");
        }
        return seconds;
    }
}
