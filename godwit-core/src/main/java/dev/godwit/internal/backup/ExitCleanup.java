package dev.godwit.internal.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What a backup must not leave behind when Godwit is stopped in the middle of it (SIGTERM, SIGINT,
 * {@code System.exit}): the dump tool and its children, which would go on running orphaned, and the
 * files only that backup uses (the private directory with the password, the partial backup file).
 * Normal and exceptional ends clean up in {@code finally}; this covers the ends that skip it, from
 * one JVM shutdown hook, registered on first use. (SIGKILL cannot be caught: nothing runs then.)
 */
public final class ExitCleanup {
    /** How long a stopped tool gets to end on SIGTERM before it is killed. */
    static final long GRACE_MILLIS = 2000;

    private static final Set<Process> PROCESSES = ConcurrentHashMap.newKeySet();
    private static final Set<Path> PATHS = ConcurrentHashMap.newKeySet();
    private static volatile boolean hooked;
    private static volatile boolean exiting;

    private ExitCleanup() {}

    /** Stops {@code process} (and its descendants) if the JVM exits while it runs. */
    public static void watch(Process process) {
        hook();
        PROCESSES.add(process);
        if (exiting) {
            stop(process);
        }
    }

    public static void forget(Process process) {
        PROCESSES.remove(process);
    }

    /** Deletes {@code path} (a file, or a directory with its content) if the JVM exits before {@link #forget}. */
    public static void deleteOnExit(Path path) {
        hook();
        PATHS.add(path);
    }

    public static void forget(Path path) {
        PATHS.remove(path);
    }

    /** True once the JVM is shutting down: a tool that ended now was stopped, not finished. */
    public static boolean exiting() {
        return exiting;
    }

    private static synchronized void hook() {
        if (hooked) {
            return;
        }
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(ExitCleanup::run, "godwit-backup-cleanup"));
            hooked = true;
        } catch (IllegalStateException shuttingDown) {
            exiting = true; // too late for a hook: the caller sees exiting() and stops
        }
    }

    private static void run() {
        exiting = true;
        List<Process> processes = new ArrayList<>(PROCESSES);
        processes.forEach(ExitCleanup::terminate);
        processes.forEach(ExitCleanup::stop);
        for (Path path : new ArrayList<>(PATHS)) {
            deleteTree(path);
        }
    }

    /** Asks {@code process} and its descendants to end (SIGTERM). */
    private static void terminate(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
    }

    /**
     * Stops {@code process} and its descendants: SIGTERM, up to {@link #GRACE_MILLIS} to end, then
     * SIGKILL for whatever is left; returns once the process has ended (or after a last short wait).
     */
    public static void stop(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        terminate(process);
        boolean ended = false;
        try {
            ended = process.waitFor(GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle child : children) {
            child.destroyForcibly();
        }
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ignored) {
                // killed; its new parent reaps it
            }
        }
        if (!ended) {
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Deletes a file, or a directory and everything in it; best effort. */
    public static void deleteTree(Path path) {
        if (path == null || !Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException ignored) {
            // best effort: nothing more can be done while the JVM exits or a failure is reported
        }
    }
}
