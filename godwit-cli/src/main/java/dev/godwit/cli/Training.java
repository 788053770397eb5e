package dev.godwit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A representative run for the class-data-sharing archive the launcher records once: the classes
 * real runs load (a recorded list), then the commands a deploy runs on a throw-away SQLite project.
 * Prints nothing.
 */
public final class Training {

    private Training() {
    }

    public static void main(String[] args) throws IOException {
        preloadRecordedClasses();
        Path dir = Files.createTempDirectory("godwit-training");
        try {
            String d = dir.toString();
            run("-C", d, "init");
            run("-C", d, "revision", "-m", "first", "--rev-id", "aaaaaaaaaaaa");
            Path file;
            try (Stream<Path> files = Files.list(dir.resolve("migrations/versions"))) {
                file = files.findFirst().orElseThrow();
            }
            Files.writeString(file, Files.readString(file).replace("-- +upgrade\n",
                    "-- +upgrade\nCREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR(10) DEFAULT 'a;b');\n")
                    .replace("-- +downgrade\n", "-- +downgrade\nDROP TABLE t;\n"));
            run("-C", d, "upgrade");
            run("-C", d, "upgrade");
            run("-C", d, "current", "--verbose");
            run("-C", d, "history", "--indicate-current");
            run("-C", d, "heads");
            run("-C", d, "upgrade", "--sql", "base:head");
            run("-C", d, "downgrade", "base");
            run("-C", d, "--url", "postgresql://godwit@127.0.0.1:1/none", "current");
            run("-C", d, "--url", "mariadb://godwit@127.0.0.1:1/none", "current");
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Loads the classes real runs on each database load (recorded by tools/update-cds-classes.sh),
     * so that a database this run cannot reach still starts from the archive.
     */
    private static void preloadRecordedClasses() throws IOException {
        ClassLoader loader = Training.class.getClassLoader();
        try (var in = Training.class.getResourceAsStream("cds-classes.txt")) {
            if (in == null) {
                return;
            }
            for (String name : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                try {
                    Class.forName(name.strip(), false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // recorded with another driver version: skip
                }
            }
        }
    }

    private static void run(String... args) {
        StringWriter sink = new StringWriter();
        Main.run(args, new PrintWriter(sink), new PrintWriter(sink));
    }
}
