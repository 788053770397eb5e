package dev.godwit.script;

import dev.godwit.api.GodwitException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
            throw new GodwitException("migrations folder " + dir + " does not exist",
                    "run `godwit init` or set `migrations` in godwit.toml");
        }
        if (!Files.isDirectory(dir)) {
            throw new GodwitException("migrations folder " + dir + " is not a folder",
                    "run `godwit init` or set `migrations` in godwit.toml");
        }
        List<RevisionFile> files = new ArrayList<>();
        for (Path file : revisionFiles(dir)) {
            files.add(RevisionFileParser.parse(file));
        }
        return List.copyOf(files);
    }

    private static List<Path> revisionFiles(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(ScriptDirectory::isRevisionFile)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new GodwitException("cannot list migrations folder " + dir + " (" + e.getMessage() + ")",
                    "check that the folder is readable");
        }
    }

    private static boolean isRevisionFile(Path path) {
        String name = path.getFileName().toString();
        return !name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(".sql")
                && Files.isRegularFile(path);
    }
}
