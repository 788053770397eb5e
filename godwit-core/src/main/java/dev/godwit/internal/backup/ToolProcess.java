package dev.godwit.internal.backup;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a database tool: no standard input (a tool that would prompt for a password gets end of
 * file instead of hanging), standard output into the backup file or discarded, standard error kept
 * (its last lines, with the password masked) for the error message, and a bounded wait.
 */
public final class ToolProcess {
    static final int TAIL_LINES = 30;
    private static final int MAX_LINE = 2000;
    private static final String MASK = "***";

    /** How the tool ended: its exit code and the last lines of its standard error. */
    public record Result(int exitCode, List<String> stderr) {
        public Result {
            stderr = List.copyOf(stderr);
        }

        public boolean stderrContains(String text) {
            String needle = text.toLowerCase(Locale.ROOT);
            for (String line : stderr) {
                if (line.toLowerCase(Locale.ROOT).contains(needle)) {
                    return true;
                }
            }
            return false;
        }

        /** The standard error lines indented for a message, or a note that there were none. */
        public String stderrBlock() {
            if (stderr.isEmpty()) {
                return "  (no error output)";
            }
            StringBuilder out = new StringBuilder();
            for (String line : stderr) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append("  ").append(line);
            }
            return out.toString();
        }
    }

    private ToolProcess() {}

    /**
     * Runs {@code argv} and waits for it.
     *
     * @param environment variables to add to the inherited environment (a null value removes one)
     * @param stdout      the file standard output goes to, or null to discard it
     * @param secret      the password, masked in everything kept from standard error; may be null
     * @param what        what the run does, for messages ("backing up app on db:5432")
     * @throws GodwitException when the tool cannot start, runs longer than {@code timeout}, or the
     *                         wait is interrupted; the tool is stopped in the last two cases
     */
    public static Result run(ToolLocator.Tool tool, List<String> argv, Map<String, String> environment, Path stdout,
            Duration timeout, String secret, String what) {
        ProcessBuilder builder = new ProcessBuilder(argv);
        Map<String, String> env = builder.environment();
        englishMessages(env);
        for (Map.Entry<String, String> e : environment.entrySet()) {
            if (e.getValue() == null) {
                env.remove(e.getKey());
            } else {
                env.put(e.getKey(), e.getValue());
            }
        }
        builder.redirectOutput(stdout == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile()));
        builder.redirectError(ProcessBuilder.Redirect.PIPE);

        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new GodwitException(ErrorCode.BACKUP_FAILED,
                    "Cannot start " + tool.name() + " (" + tool.path() + ") " + what + ": "
                    + mask(e.getMessage(), secret), "Check that " + tool.path()
                    + " is an executable program you may run, or run without a backup.", e);
        }
        ExitCleanup.watch(process);
        try {
            return await(process, tool, timeout, secret, what);
        } finally {
            ExitCleanup.forget(process);
        }
    }

    private static Result await(Process process, ToolLocator.Tool tool, Duration timeout, String secret, String what) {
        closeQuietly(process.getOutputStream());
        StderrTail tail = new StderrTail(process.getErrorStream(), secret);
        Thread reader = new Thread(tail, "godwit-backup-stderr");
        reader.setDaemon(true);
        reader.start();

        boolean finished;
        try {
            finished = process.waitFor(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            stop(process);
            Thread.currentThread().interrupt();
            throw new GodwitException(ErrorCode.INTERRUPTED,
                    "The backup was interrupted while " + tool.name() + " was " + what
                    + "; " + tool.name() + " was stopped.", "Run the command again.", e);
        }
        if (!finished) {
            stop(process);
            joinQuietly(reader);
            throw new GodwitException(ErrorCode.BACKUP_FAILED,
                    tool.name() + " did not finish within " + format(timeout) + " " + what
                    + "; it was stopped and its partial backup deleted. Its last output:\n"
                    + new Result(-1, tail.lines()).stderrBlock(),
                    "A lock held by another session may block the backup, or the database is larger than the"
                            + " timeout allows: end that session or raise the backup timeout, or run without a backup.");
        }
        joinQuietly(reader);
        if (ExitCleanup.exiting()) {
            throw new GodwitException(ErrorCode.INTERRUPTED,
                    "Godwit is being stopped: " + tool.name() + " was stopped while " + what
                    + ", and its partial backup deleted.", "Run the command again.");
        }
        return new Result(process.exitValue(), tail.lines());
    }

    /**
     * Tool messages in English, so that failures can be recognised (and searched for): LC_MESSAGES=C,
     * with LC_ALL (which would override it) moved to LC_CTYPE.
     */
    private static void englishMessages(Map<String, String> env) {
        String all = env.remove("LC_ALL");
        if (all != null && !all.isEmpty()) {
            env.put("LC_CTYPE", all);
        }
        env.put("LC_MESSAGES", "C");
    }

    /** {@code text} with every occurrence of {@code secret} replaced by {@code ***}. */
    public static String mask(String text, String secret) {
        if (text == null || secret == null || secret.isEmpty()) {
            return text;
        }
        return text.replace(secret, MASK);
    }

    /** A duration as people write it: 1h, 90s, 1h30m, 500ms. */
    public static String format(Duration d) {
        if (d.toMillis() < 1000) {
            return d.toMillis() + "ms";
        }
        long s = d.getSeconds();
        StringBuilder out = new StringBuilder();
        if (s >= 3600) {
            out.append(s / 3600).append('h');
        }
        if (s % 3600 >= 60) {
            out.append(s % 3600 / 60).append('m');
        }
        if (s % 60 > 0) {
            out.append(s % 60).append('s');
        }
        return out.toString();
    }

    /** Stops the tool and its children: SIGTERM, then SIGKILL for what did not end in time. */
    private static void stop(Process process) {
        ExitCleanup.stop(process);
    }

    private static void joinQuietly(Thread reader) {
        try {
            reader.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(OutputStream out) {
        try {
            out.close();
        } catch (IOException ignored) {
            // the tool has already gone; its exit code will tell
        }
    }

    /** Reads standard error to its end, keeping the last lines, masked and cut to a sane length. */
    private static final class StderrTail implements Runnable {
        private final InputStream in;
        private final String secret;
        private final Deque<String> lines = new ArrayDeque<>();

        public StderrTail(InputStream in, String secret) {
            this.in = in;
            this.secret = secret;
        }

        @Override
        public void run() {
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    add(line);
                }
            } catch (IOException ignored) {
                // the stream closes when the tool is stopped: keep what was read
            }
        }

        private synchronized void add(String line) {
            String kept = mask(line, secret).stripTrailing();
            if (kept.isEmpty()) {
                return;
            }
            if (kept.length() > MAX_LINE) {
                kept = kept.substring(0, MAX_LINE) + "...";
            }
            lines.addLast(kept);
            if (lines.size() > TAIL_LINES) {
                lines.removeFirst();
            }
        }

        synchronized List<String> lines() {
            return new ArrayList<>(lines);
        }
    }
}
