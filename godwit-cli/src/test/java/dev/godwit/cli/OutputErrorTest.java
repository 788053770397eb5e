package dev.godwit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Cli;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11 #11: output that cannot be written (a full disk: /dev/full) makes the run fail, never exit 0. */
class OutputErrorTest {
    @TempDir
    Path dir;

    @BeforeEach
    void project() throws Exception {
        Files.writeString(dir.resolve("godwit.toml"), "url = \"sqlite:///app.db\"\n");
        Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
        StringBuilder big = new StringBuilder("-- revision: r1\n-- revises:\n-- message: big\n\n-- +upgrade\n");
        for (int i = 0; i < 5000; i++) {
            big.append("CREATE TABLE t").append(i).append(" (a INTEGER); -- ").append("x".repeat(150)).append('\n');
        }
        big.append("\n-- +downgrade\nDROP TABLE t0;\n");
        Files.writeString(versions.resolve("r1_big.sql"), big);
    }

    @Test
    void aFullDiskFailsTheRun() throws Exception {
        assertTrue(Files.exists(Path.of("/dev/full")), "this test needs /dev/full");
        assertEquals(0, Cli.run(dir, "upgrade").exit());
        for (String[] command : List.of(new String[] {"upgrade", "--sql", "base:head"}, new String[] {"history"},
                new String[] {"log", "--json"}, new String[] {"--help"})) {
            Path err = dir.resolve("err.txt");
            int exit = run(new File("/dev/full"), err.toFile(), command);
            String stderr = Files.readString(err);
            assertEquals(1, exit, String.join(" ", command) + ": " + stderr);
            assertTrue(stderr.contains("Could not write all of the output"), stderr);
        }
    }

    @Test
    void writableOutputStillSucceeds() throws Exception {
        Path out = dir.resolve("script.sql");
        Path err = dir.resolve("err.txt");
        assertEquals(0, run(out.toFile(), err.toFile(), "upgrade", "--sql"), Files.readString(err));
        assertTrue(Files.size(out) > 100_000, "the whole script: " + Files.size(out));
        assertTrue(Files.readString(out).contains("CREATE TABLE t4999"));
    }

    private int run(File out, File err, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "dev.godwit.cli.Main",
                "-C", dir.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out).redirectError(err);
        pb.environment().remove("DATABASE_URL");
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("godwit did not finish in 120 s");
        }
        return p.exitValue();
    }
}
