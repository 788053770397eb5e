package dev.godwit.internal.script;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The migrations folder: every {@code *.sql} file directly in it is a revision file. */
public final class ScriptDirectory {
    private ScriptDirectory() {}

    /**
     * Parses every non-hidden {@code *.sql} file directly in {@code dir}, in file-name order.
     *
     * @throws GodwitException when the folder is missing or a file is malformed
     */
    public static List<RevisionFile> load(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.exists(dir)) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION, "migrations folder " + dir + " does not exist",
                    "create it (init writes one) or set `migrations` in godwit.toml", null,
                    Map.of("migrations", dir.toString()));
        }
        if (!Files.isDirectory(dir)) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION, "migrations folder " + dir + " is not a folder",
                    "create it (init writes one) or set `migrations` in godwit.toml", null,
                    Map.of("migrations", dir.toString()));
        }
        List<RevisionFile> files = new ArrayList<>();
        for (Path file : revisionFiles(dir)) {
            files.add(RevisionFileParser.parse(file));
        }
        return List.copyOf(files);
    }

    /**
     * The revision files, sorted by name. Listed with java.io where it can be: on a JVM that has
     * just started that costs a fraction of a {@link Files#list} stream.
     */
    private static List<Path> revisionFiles(Path dir) {
        if (dir.getFileSystem() != FileSystems.getDefault()) {
            return revisionFilesNio(dir);
        }
        File folder = dir.toFile();
        String[] names = folder.list();
        if (names == null) {
            throw new GodwitException(ErrorCode.IO_FAILED,
                    "cannot list migrations folder " + dir, "check that the folder is readable");
        }
        Arrays.sort(names);
        List<Path> files = new ArrayList<>(names.length);
        for (String name : names) {
            if (isRevisionFileName(name) && new File(folder, name).isFile()) {
                files.add(dir.resolve(name));
            }
        }
        return files;
    }

    private static List<Path> revisionFilesNio(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> isRevisionFileName(p.getFileName().toString()) && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new GodwitException(ErrorCode.IO_FAILED,
                    "cannot list migrations folder " + dir + " (" + e.getMessage() + ")",
                    "check that the folder is readable");
        }
    }

    private static boolean isRevisionFileName(String name) {
        return !name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(".sql");
    }
}
