package dev.godwit.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * The global options of {@code godwit}, declared once. picocli's options are built from this table
 * ({@link GlobalOptionSpecs}, inherited by every command), and the command line is read with it
 * before picocli is even loaded: {@link Commands#commandName} skips the options' values to find the
 * command, and {@link HeadStart#guess} reads the values to start work early. Reading it costs no
 * annotation processing, so it keeps a short run's start-up short.
 */
enum GlobalOption {
    DIRECTORY(Path.class, "DIR", "Run as if started in DIR.", "-C"),
    CONFIG(Path.class, "FILE", "The configuration file (default: godwit.toml in the working directory).",
            "-c", "--config"),
    ENVIRONMENT(String.class, "NAME", "Apply [environments.NAME] from godwit.toml.", "-e", "--environment"),
    URL(String.class, "URL", "The database URL; wins over every other source.", "--url"),
    LOCK_TIMEOUT(Integer.class, "SECONDS",
            "How long to wait for another run's lock (default 60, lock_timeout in godwit.toml).", "--lock-timeout"),
    STATEMENT_LOCK_TIMEOUT(Integer.class, "SECONDS", "How long a statement of a revision waits for a lock another"
            + " session holds (default 10, statement_lock_timeout in godwit.toml; 0: forever).",
            "--statement-lock-timeout"),
    DEBUG(boolean.class, null, "Print stack traces of errors.", "--debug");

    /** The value's type: {@code boolean} for a flag, which takes no value. */
    final Class<?> type;
    /** How the value is named in the usage help; null for a flag. */
    final String paramLabel;
    /** The usage help's description. */
    final String description;
    /** The option's names, short first. */
    final List<String> names;

    GlobalOption(Class<?> type, String paramLabel, String description, String... names) {
        this.type = type;
        this.paramLabel = paramLabel;
        this.description = description;
        this.names = List.of(names);
    }

    /** Whether the option is followed by a value ({@code --url URL}), unlike a flag ({@code --debug}). */
    boolean takesValue() {
        return type != boolean.class;
    }

    /** The option's longest name, as picocli finds it. */
    String longName() {
        return names.get(names.size() - 1);
    }

    /** The global option named {@code name} exactly, or null. */
    static GlobalOption named(String name) {
        for (GlobalOption option : values()) {
            if (option.names.contains(name)) {
                return option;
            }
        }
        return null;
    }

    /** Whether {@code arg} is the name of a global option that takes a value. */
    static boolean takesValue(String arg) {
        GlobalOption option = named(arg);
        return option != null && option.takesValue();
    }

    /**
     * {@code text} converted to this option's type, as picocli converts it.
     *
     * @throws RuntimeException when it does not convert (not a number, not a path)
     */
    Object convert(String text) {
        if (type == Path.class) {
            return Path.of(text);
        }
        if (type == Integer.class) {
            return Integer.valueOf(text);
        }
        return type == boolean.class ? Boolean.valueOf(text) : text;
    }
}
