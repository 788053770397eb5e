package dev.godwit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The built distribution archive ({@code target/godwit-VERSION.tar.gz}, made by {@code package}
 * before these ITs run), unpacked with {@code tar} into a test's folder, and {@code bin/godwit}
 * run as a process of its own.
 */
final class Dist {

    static final String VERSION = System.getProperty("godwit.version", "0.1.0-SNAPSHOT");
    static final Path BASE = Path.of(System.getProperty("godwit.dist.archive",
            "target/godwit-" + VERSION)).toAbsolutePath();
    static final Path TAR = Path.of(BASE + ".tar.gz");
    static final Path ZIP = Path.of(BASE + ".zip");
    /** The repository root (the ITs run in godwit-dist/). */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** The user nobody; tests running as root use it where write permission must count. */
    static final String NOBODY = "65534";

    private Dist() {
    }

    /** Unpacks the tar.gz into {@code dir} and returns the install folder (dir/godwit-VERSION). */
    static Path unpack(Path dir) throws Exception {
        assertTrue(Files.isRegularFile(TAR), "no " + TAR + ": run mvn package first");
        Run tar = run(List.of("tar", "-xzf", TAR.toString(), "-C", dir.toString()), dir, env -> { });
        assertEquals(0, tar.exit(), tar.toString());
        Path home = dir.resolve("godwit-" + VERSION);
        assertTrue(Files.isExecutable(home.resolve("bin/godwit")), "bin/godwit is not executable");
        return home;
    }

    /** The output of one process: its exit code, standard output and standard error. */
    record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    /** Runs {@code command} in {@code dir}; {@code env} adjusts the environment (which has no DATABASE_URL etc.). */
    static Run run(List<String> command, Path dir, Consumer<Map<String, String>> env) throws Exception {
        Path out = Files.createTempFile("dist-out", ".txt");
        Path err = Files.createTempFile("dist-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            for (String name : List.of("DATABASE_URL", "GODWIT_JAVA_OPTS", "GODWIT_JPA_LIB", "JAVA_TOOL_OPTIONS",
                    "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
                pb.environment().remove(name);
            }
            env.accept(pb.environment());
            Process p = pb.start();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("timed out after 300 s: " + String.join(" ", command) + "\n"
                        + Files.readString(out) + Files.readString(err));
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** {@code bin/godwit args} of the install at {@code home}, in {@code dir}. */
    static Run godwit(Path home, Path dir, String... args) throws Exception {
        return godwit(home.resolve("bin/godwit"), dir, env -> { }, args);
    }

    static Run godwit(Path launcher, Path dir, Consumer<Map<String, String>> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return run(command, dir, env);
    }

    /** Whether these tests run as root, for whom write bits do not count. */
    static boolean root() throws Exception {
        return run(List.of("id", "-u"), Path.of("."), env -> { }).out().strip().equals("0");
    }

    /** {@code command} as the user nobody when the tests run as root, else as it is. */
    static List<String> asNobody(List<String> command) throws Exception {
        if (!root()) {
            return command;
        }
        List<String> c = new ArrayList<>(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        c.addAll(command);
        return c;
    }

    /** Lets every user into {@code dir} and write there (the tests' @TempDir folders are private). */
    static void openUp(Path dir) throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
    }

    /** The launcher's class-data-sharing archives in {@code dir}. */
    static List<Path> archives(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jsa")).sorted().toList();
        }
    }

    /** Everything in {@code dir} whose name ends with {@code .tmp}, at any depth. */
    static List<Path> leftovers(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    /** Writes a revision's SQL into the one revision file of {@code project}. */
    static void writeSql(Path project, String upgrade, String downgrade) throws IOException {
        Path file;
        try (var files = Files.list(project.resolve("migrations/versions"))) {
            file = files.filter(p -> p.toString().endsWith(".sql")).findFirst().orElseThrow();
        }
        String text = Files.readString(file);
        Files.writeString(file, text.replace("-- +upgrade\n", "-- +upgrade\n" + upgrade + "\n")
                .replace("-- +downgrade\n", "-- +downgrade\n" + downgrade + "\n"));
    }

    static void contains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), "expected \"" + part + "\" in:\n" + text);
        }
    }
}
