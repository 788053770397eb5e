package dev.godwit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A representative run for the class-data-sharing archive the launcher records once: the
 * commands a deploy runs, on a throw-away SQLite project, and a connection attempt with each
 * server driver (to a closed port) so their classes are archived too. Prints nothing.
 */
public final class Training {

    private Training() {
    }

    public static void main(String[] args) throws IOException {
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

    private static void run(String... args) {
        StringWriter sink = new StringWriter();
        Main.run(args, new PrintWriter(sink), new PrintWriter(sink));
    }
}
