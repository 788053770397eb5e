package dev.godwit.cli.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Child processes in tests, never waited for without a bound: output goes to a file (a pipe read to
 * its end would block as long as the process lives), and a process that outlives its time is
 * stopped (with its descendants) and fails the test, naming the command and what it printed.
 */
public final class Processes {

    /** How a command ended: its exit code and everything it printed (standard output and error). */
    public record Run(int exit, String output) {
        @Override
        public String toString() {
            return "exit " + exit + ":\n" + output;
        }
    }

    private Processes() {
    }

    /** Runs {@code command} with bash, as a person pasting it would, standard input empty. */
    public static Run bash(String command, long seconds) throws IOException, InterruptedException {
        return run(List.of("bash", "-c", command), null, seconds);
    }

    /**
     * Runs {@code command}, writing {@code input} (or nothing) to its standard input, and waits at
     * most {@code seconds} for it.
     */
    public static Run run(List<String> command, byte[] input, long seconds) throws IOException, InterruptedException {
        Path output = Files.createTempFile("godwit-test-process", ".out");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            if (input == null) {
                pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            }
            Process p = pb.start();
            if (input != null) {
                try (var in = p.getOutputStream()) {
                    in.write(input);
                }
            }
            int exit = await(p, seconds, String.join(" ", command), output);
            return new Run(exit, Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /**
     * Waits at most {@code seconds} for {@code p}; when it has not ended by then it is stopped
     * (SIGTERM, then SIGKILL, descendants too) and the test fails with {@code what} and the output
     * so far (from {@code output}, may be null).
     */
    public static int await(Process p, long seconds, String what, Path output) throws InterruptedException {
        if (p.waitFor(seconds, TimeUnit.SECONDS)) {
            return p.exitValue();
        }
        stop(p);
        String printed = "";
        if (output != null) {
            try {
                printed = Files.readString(output, StandardCharsets.UTF_8);
            } catch (IOException e) {
                printed = "(output unreadable: " + e.getMessage() + ")";
            }
        }
        return fail(what + " did not finish within " + seconds + " s and was stopped; its output:\n" + printed);
    }

    /** Stops {@code p} and its descendants: SIGTERM, then SIGKILL after a few seconds. */
    public static void stop(Process p) throws InterruptedException {
        List<ProcessHandle> children = p.descendants().toList();
        p.destroy();
        children.forEach(ProcessHandle::destroy);
        if (!p.waitFor(5, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        children.forEach(ProcessHandle::destroyForcibly);
        p.waitFor(5, TimeUnit.SECONDS);
    }
}
