package dev.godwit.internal.backup;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Backup file names and the files themselves. A name is {@code <database>-<revision>-<time>.<ext>}
 * with the time in UTC ({@code 20240131T235959Z}); when that file exists already, {@code -2},
 * {@code -3}, ... is added before the extension. A file is claimed by creating it, atomically, so
 * two backups never write to one file and none ever overwrites an existing one.
 */
public final class BackupFiles {
    static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private static final int MAX_PART = 64;
    private static final int MAX_ATTEMPTS = 1000;

    private BackupFiles() {}

    /** The file name without suffix and extension: database, revision and UTC time. */
    public static String baseName(String database, String revision, Instant time) {
        return part(database, "db") + "-" + part(revision, "base") + "-" + STAMP.format(time);
    }

    /** {@code text} reduced to letters, digits, '.', '_' and '-' so it is safe in a file name. */
    public static String part(String text, String fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String s = text.strip().replaceAll("[^A-Za-z0-9._-]+", "_");
        if (s.startsWith(".") || s.startsWith("-")) {
            s = "_" + s.substring(1);
        }
        return s.length() > MAX_PART ? s.substring(0, MAX_PART) : s;
    }

    /**
     * Creates {@code dir} when missing and a new, empty file in it named after the database, revision
     * and time, readable by its owner only (where the file system has POSIX permissions).
     */
    public static Path claim(Path dir, String database, String revision, Instant time, String extension) {
        Path directory = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new GodwitException(ErrorCode.BACKUP_FAILED,
                    "Cannot create the backup directory " + directory + ": " + reason(e),
                    "Choose a backup directory you can write to, or run without a backup.", e);
        }
        String base = baseName(database, revision, time);
        for (int i = 1; i <= MAX_ATTEMPTS; i++) {
            Path file = directory.resolve(base + (i == 1 ? "" : "-" + i) + "." + extension);
            try {
                return createPrivate(file);
            } catch (FileAlreadyExistsException e) {
                // taken: try the next suffix
            } catch (IOException e) {
                throw new GodwitException(ErrorCode.BACKUP_FAILED,
                        "Cannot create the backup file " + file + ": " + reason(e),
                        "Choose a backup directory you can write to, or run without a backup.", e);
            }
        }
        throw new GodwitException(ErrorCode.BACKUP_FAILED,
                "Cannot find a free backup file name " + base + "-N." + extension + " in "
                + directory + ".", "Move old backups out of " + directory + ".");
    }

    private static Path createPrivate(Path file) throws IOException {
        try {
            FileAttribute<?> ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
            return Files.createFile(file, ownerOnly);
        } catch (UnsupportedOperationException e) {
            return Files.createFile(file);
        }
    }

    /**
     * Takes the backup {@code take} writes into {@code file}: the file is deleted when taking it
     * fails, or when Godwit is stopped meanwhile, and kept once {@code take} returns.
     */
    public static Backup keepIfTaken(Path file, java.util.function.Supplier<Backup> take) {
        ExitCleanup.deleteOnExit(file);
        boolean done = false;
        try {
            Backup backup = take.get();
            done = true;
            return backup;
        } finally {
            if (!done) {
                deleteQuietly(file);
            }
            ExitCleanup.forget(file);
        }
    }

    public static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: the caller is already reporting the failure that matters
        }
    }

    public static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new GodwitException(ErrorCode.BACKUP_FAILED,
                    "Cannot read the size of the backup file " + file + ": " + reason(e),
                    "Check the backup directory.", e);
        }
    }

    /** Why an I/O operation failed, in words (the exception's message is usually just the path). */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
