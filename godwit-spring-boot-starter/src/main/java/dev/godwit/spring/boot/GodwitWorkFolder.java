package dev.godwit.spring.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.springframework.beans.factory.DisposableBean;

/**
 * The temporary folder the starter runs Godwit in (the revision files copied from the class path,
 * the generated godwit.toml of a protected environment), deleted when the context closes.
 */
public final class GodwitWorkFolder implements DisposableBean {
    private final Path path;

    public GodwitWorkFolder() {
        try {
            this.path = Files.createTempDirectory("godwit-spring-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path() {
        return path;
    }

    @Override
    public void destroy() throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var files = Files.walk(path)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
