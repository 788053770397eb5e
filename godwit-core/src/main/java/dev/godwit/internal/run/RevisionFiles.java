package dev.godwit.internal.run;

import dev.godwit.internal.javarev.JavaRevisionSources;
import java.nio.file.Path;

/**
 * A project's revision files as a command sees them: read once, when first needed or ahead of need
 * ({@link #preload}), and read again only after a command wrote a new one ({@link #reload}).
 * Thread-safe: a preload runs on a thread of its own.
 */
public final class RevisionFiles {
    private final Path folder;
    private final JavaRevisionSources java;
    private Revisions revisions;
    private RevisionLoading loading;

    public RevisionFiles(Path folder) {
        this(folder, JavaRevisionSources.NONE);
    }

    /** The files of {@code folder} and the Java revisions of the folder and of {@code java}. */
    public RevisionFiles(Path folder, JavaRevisionSources java) {
        this.folder = folder;
        this.java = java;
    }

    /**
     * Starts reading the files on a background thread, and with {@code options} (may be null)
     * splitting and checksumming every revision too, unless they are read or being read already.
     * What goes wrong is thrown by {@link #get()}, as if the files were read there.
     */
    public synchronized void preload(Reading options) {
        if (revisions == null && loading == null) {
            loading = RevisionLoading.start(() -> Revisions.load(folder, java), options);
        }
    }

    /** The revisions, read now or by the preload (waiting for it to finish). */
    public synchronized Revisions get() {
        if (revisions == null) {
            RevisionLoading pending = loading;
            loading = null;
            revisions = pending != null ? pending.join() : Revisions.load(folder, java);
        }
        return revisions;
    }

    /** Waits for the files; what reading them threw, or null when they were read. */
    public RuntimeException failure() {
        try {
            get();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** Reads the files again (after a new revision was written). */
    public synchronized Revisions reload() {
        revisions = null;
        loading = null;
        return get();
    }
}
