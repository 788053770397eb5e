package dev.godwit.cli.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs `godwit` as a separate JVM process, as a deploy job would, with its output in a file. */
public final class GodwitProcess {
    private final Process process;
    private final Path output;

    private GodwitProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    public static GodwitProcess start(Path dir, Path output, String... args) throws IOException {
        return start(dir, output, List.of(), Map.of(), args);
    }

    /** As {@link #start(Path, Path, String...)}, with JVM options and extra environment variables. */
    public static GodwitProcess start(Path dir, Path output, List<String> jvmOptions, Map<String, String> environment,
            String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("dev.godwit.cli.Main");
        command.add("-C");
        command.add(dir.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        pb.environment().remove("DATABASE_URL");
        pb.environment().putAll(environment);
        return new GodwitProcess(pb.start(), output);
    }

    public Process process() {
        return process;
    }

    /** Waits for the exit status (fails the test after {@code seconds}). */
    public int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("godwit did not finish in " + seconds + " s; output:\n" + output());
        }
        return process.exitValue();
    }

    public String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** Waits until the output contains {@code text}. */
    public void awaitOutput(String text, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (output().contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("godwit exited before printing '" + text + "':\n" + output());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("godwit did not print '" + text + "' in " + seconds + " s:\n" + output());
    }
}
