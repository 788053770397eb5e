package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./godwit} launcher in a throwaway copy of the sources: its first run builds the CLI
 * and prints only plain text, no terminal escape codes from Maven, before Godwit's own output.
 */
class LauncherTest {

    /** The launcher, the parent POM, and each module's POM and main sources (Maven reads every module's POM). */
    private static List<String> sources(Path root) throws java.io.IOException {
        List<String> sources = new java.util.ArrayList<>(List.of("godwit", "pom.xml"));
        java.util.regex.Matcher module = java.util.regex.Pattern.compile("<module>([^<]+)</module>")
                .matcher(Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8));
        while (module.find()) {
            String name = module.group(1).strip();
            sources.add(name + "/pom.xml");
            if (Files.isDirectory(root.resolve(name).resolve("src/main"))) {
                sources.add(name + "/src/main");
            }
        }
        return sources;
    }

    @Test
    void firstRunBuildsWithoutEscapeCodes(@TempDir Path clone) throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        assertTrue(Files.isRegularFile(root.resolve("godwit")), "run from the godwit-cli module: " + root);
        for (String source : sources(root)) {
            copy(root.resolve(source), clone.resolve(source));
        }
        Path out = clone.resolve("stdout.txt");
        Path err = clone.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(clone.resolve("godwit").toString(), "--help")
                .directory(clone.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("MAVEN_OPTS");
        Process p = pb.start();
        assertTrue(p.waitFor(15, TimeUnit.MINUTES), "the first run took more than 15 minutes");
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), () -> "stdout:\n" + stdout + "\nstderr:\n" + stderr);
        contains(stderr, "godwit: building the CLI");
        assertFalse(stderr.contains("\u001b"), () -> "escape codes on stderr: " + stderr.replace("\u001b", "ESC"));
        assertFalse(stdout.contains("\u001b"), () -> "escape codes on stdout: " + stdout.replace("\u001b", "ESC"));
        assertTrue(stdout.startsWith("Usage: godwit"), stdout);
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.isRegularFile(from)) {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
