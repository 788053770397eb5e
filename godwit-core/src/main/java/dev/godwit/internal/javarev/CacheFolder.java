package dev.godwit.internal.javarev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * One folder of compiled Java revisions in the cache, and whether it can be trusted: its
 * {@code .complete} file lists every class file with its SHA-256, written last, so a folder with a
 * class file missing, cut short or changed since (a full disk, a stray edit) is known as damaged
 * and compiled again instead of failing with a misleading error about the source.
 */
final class CacheFolder {
    static final String COMPLETE = ".complete";

    private CacheFolder() {
    }

    /** The class files of {@code folder}, each with its digest, one per line in name order. */
    static String manifest(Path folder) throws IOException {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                MessageDigest sha = CompileKey.sha256();
                sha.update(Files.readAllBytes(file));
                out.append(folder.relativize(file).toString().replace('\\', '/')).append(' ')
                        .append(HexFormat.of().formatHex(sha.digest())).append('\n');
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return out.toString();
    }

    /** Writes the manifest of {@code folder}, marking it complete. */
    static void markComplete(Path folder) throws IOException {
        Files.writeString(folder.resolve(COMPLETE), manifest(folder));
    }

    /** Whether {@code folder} is complete and its class files are those it was completed with. */
    static boolean intact(Path folder) {
        Path complete = folder.resolve(COMPLETE);
        if (!Files.isRegularFile(complete)) {
            return false;
        }
        try {
            return Files.readString(complete).equals(manifest(folder));
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes {@code folder} (first renamed aside, so no run loads from it half deleted); quietly. */
    static void discard(Path folder) {
        try {
            Path aside = Files.createTempDirectory(folder.getParent(), ".discarded-");
            Path moved = aside.resolve("classes");
            Files.move(folder, moved);
            delete(aside);
        } catch (IOException e) {
            // another run moved it first, or it cannot be removed: compiling again replaces it or says why
        }
    }

    /** Deletes {@code folder} and everything in it; quietly. */
    static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            List<Path> deepestFirst = all.sorted(Comparator.reverseOrder()).toList();
            for (Path p : deepestFirst) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // litter in a cache folder is harmless
        }
    }
}
