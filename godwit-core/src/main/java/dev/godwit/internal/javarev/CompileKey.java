package dev.godwit.internal.javarev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The name of the cache folder of one compilation: a digest of everything its classes depend on
 * (the sources' names and bytes, the compile class path, the Java version), so that any change
 * gives a folder of its own and an unchanged folder finds its classes again.
 */
final class CompileKey {
    private static final String FORMAT = "godwit-java-revisions-v1";

    private CompileKey() {
    }

    static String of(List<Path> sources, String classpath) {
        MessageDigest sha = sha256();
        update(sha, FORMAT);
        update(sha, Runtime.version().toString());
        update(sha, classpath);
        for (Path source : sources) {
            update(sha, source.getFileName().toString());
            try {
                sha.update(Files.readAllBytes(source));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void update(MessageDigest sha, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        sha.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16), (byte) (bytes.length >>> 8),
                (byte) bytes.length});
        sha.update(bytes);
    }
}
