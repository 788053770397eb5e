package dev.godwit.internal.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A directory only its owner may enter (created 0700, atomically, in the temporary directory), for
 * the files that hand a tool its password. Closing it deletes it with everything in it; so does
 * {@link ExitCleanup} when Godwit is stopped before that.
 */
public final class PrivateDirectory implements AutoCloseable {
    private final Path path;

    private PrivateDirectory(Path path) {
        this.path = path;
    }

    /** Creates a new private directory named {@code <prefix><random>} in {@code java.io.tmpdir}. */
    public static PrivateDirectory create(String prefix) throws IOException {
        Path dir;
        try {
            FileAttribute<?> ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
            dir = Files.createTempDirectory(prefix, ownerOnly);
        } catch (UnsupportedOperationException e) {
            dir = Files.createTempDirectory(prefix); // no POSIX permissions: the temporary directory is per user
        }
        ExitCleanup.deleteOnExit(dir);
        return new PrivateDirectory(dir);
    }

    public Path path() {
        return path;
    }

    /** Writes a new file {@code name} (0600 from its creation) holding {@code content}. */
    public Path write(String name, String content) throws IOException {
        Path file = path.resolve(name);
        try {
            FileAttribute<?> ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
            Files.createFile(file, ownerOnly);
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, content, StandardOpenOption.TRUNCATE_EXISTING);
        return file;
    }

    /** Deletes the directory and everything in it. */
    @Override
    public void close() {
        ExitCleanup.deleteTree(path);
        ExitCleanup.forget(path);
    }
}
