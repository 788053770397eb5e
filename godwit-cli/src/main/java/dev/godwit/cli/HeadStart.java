package dev.godwit.cli;

import dev.godwit.Godwit;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A head start for the commands that read and checksum every revision file. In a fresh JVM, picocli
 * spends tens of milliseconds reading the command classes' annotations before the command runs;
 * meanwhile a background thread reads godwit.toml and the revision files as the command line most
 * likely means them ({@link Godwit#preload()}). The command takes that work only if picocli's
 * reading of the global options is the same; otherwise it is dropped. Reading has no side effects
 * and a failure here is dropped too (the command meets it again and reports it), so a wrong guess
 * costs only the time.
 */
final class HeadStart {
    private static final Set<String> COMMANDS = Set.of("upgrade", "downgrade", "validate");

    private final GlobalOptions guessed;
    private final FutureTask<Godwit> preparing;

    private HeadStart(GlobalOptions guessed) {
        this.guessed = guessed;
        this.preparing = new FutureTask<>(() -> guessed.builder().load().preload());
        Thread thread = new Thread(preparing, "godwit-head-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts the head start for {@code args}, or returns null when the command does not benefit from one. */
    static HeadStart begin(String[] args) {
        String command = Commands.commandName(args);
        if (command == null || !COMMANDS.contains(command)) {
            return null;
        }
        GlobalOptions guessed = guess(args);
        return guessed == null ? null : new HeadStart(guessed);
    }

    /**
     * The configured, preloading API when {@code actual} (picocli's reading) is what was guessed and
     * preparing it worked; null otherwise.
     */
    Godwit take(GlobalOptions actual) {
        if (!guessed.equals(actual)) {
            return null;
        }
        try {
            return preparing.get();
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * The global options as picocli will most likely read them: {@code NAME VALUE} and
     * {@code --name=VALUE} anywhere before {@code --}, for each {@link GlobalOption} that takes a
     * value. Null for a value that does not convert.
     */
    static GlobalOptions guess(String[] args) {
        Map<GlobalOption, String> values = new EnumMap<>(GlobalOption.class);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                break;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            GlobalOption option = GlobalOption.named(name);
            if (option == null || !option.takesValue()) {
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    return null;
                }
                value = args[++i];
            }
            values.put(option, value);
        }
        try {
            Map<GlobalOption, Object> converted = new EnumMap<>(GlobalOption.class);
            values.forEach((option, text) -> converted.put(option, option.convert(text)));
            return GlobalOptions.from(converted::get);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
