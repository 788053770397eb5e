package dev.godwit.architecture;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout these tests run in: the folder above the module, holding the parent POM. */
final class Repository {
    private Repository() {
    }

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("godwit-core")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no Godwit checkout above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
