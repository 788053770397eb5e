package dev.godwit.internal.run;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Reads the revision files (and, for a run that checks or applies them, splits every revision into
 * its statements and checksums) on a thread of its own, while the caller opens the connection and
 * reads the bookkeeping tables. The two are independent and, for a project with hundreds of
 * revisions, each is a large share of a short command's time; side by side they take the time of
 * the longer one.
 *
 * <p>A revision that does not split is left for whoever asks for it (see {@link Revisions#split}),
 * so that only a revision the command needs can fail it. Problems with the files themselves (a
 * malformed header, a cycle) are thrown by {@link #join()}, exactly as a plain load throws them.
 */
final class RevisionLoading {
    private final FutureTask<Revisions> task;

    private RevisionLoading(FutureTask<Revisions> task) {
        this.task = task;
    }

    /**
     * Starts loading with {@code source}; with {@code options}, also splits every revision ahead.
     * The thread is a daemon, so a stalled file system never keeps the JVM alive.
     */
    static RevisionLoading start(Supplier<Revisions> source, Reading options) {
        FutureTask<Revisions> task = new FutureTask<>(() -> {
            Revisions revisions = source.get();
            if (options != null) {
                revisions.splitAll(options);
            }
            return revisions;
        });
        Thread thread = new Thread(task, "godwit-revisions");
        thread.setDaemon(true);
        thread.start();
        return new RevisionLoading(task);
    }

    /** Waits for the revisions; rethrows what loading them threw. */
    Revisions join() {
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new GodwitException(ErrorCode.IO_FAILED, "Could not read the revision files: " + cause,
                    "The cause has the full error.", cause, Map.of("see", "cause"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GodwitException(ErrorCode.INTERRUPTED,
                    "Interrupted while reading the revision files", "Run the command again.", e);
        }
    }
}
