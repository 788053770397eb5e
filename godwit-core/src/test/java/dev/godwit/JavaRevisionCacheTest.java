package dev.godwit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.RevisionInfo;
import dev.godwit.testdb.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compiled-class cache of {@code .java} revisions attacked: a damaged class file in it (a full
 * disk, a stray edit) and two runs compiling the same new source at once. Godwit never runs stale
 * or broken code and never blames the source for the cache.
 */
class JavaRevisionCacheTest {
    private static final String SOURCE = """
            import dev.godwit.api.*;
            import java.util.List;

            public class Fill implements JavaRevision {
                public String id() { return "f1"; }
                public List<String> revises() { return List.of("s0"); }
                public void upgrade(RevisionContext ctx) throws Exception {
                    ctx.execute("INSERT INTO notes (id, body) VALUES (1, 'filled')");
                }
                public void downgrade(RevisionContext ctx) throws Exception {
                    ctx.execute("DELETE FROM notes");
                }
            }
            """;

    private static Godwit godwit(Path dir, TestDb db, Path cache) throws Exception {
        GodwitBuilder builder = Godwit.configure().baseDirectory(dir)
                .environmentVariables(Map.of("XDG_CACHE_HOME", cache.toString())).url(db.godwitUrl());
        if (db.kind() == TestDb.Kind.POSTGRESQL) {
            builder.schema(db.schema());
        }
        return builder.load();
    }

    private static Path project(Path dir) throws Exception {
        JavaRevisionFacadeTest.sqlBase(dir);
        Files.writeString(dir.resolve("godwit.toml"), "");
        return Files.writeString(dir.resolve("migrations/versions/Fill.java"), SOURCE);
    }

    private static List<Path> classFiles(Path cache) throws Exception {
        try (Stream<Path> all = Files.walk(cache)) {
            return all.filter(p -> p.toString().endsWith("Fill.class")).toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.godwit.testdb.TestDb#kinds")
    void aDamagedCacheIsCompiledAgain(TestDb.Kind kind, @TempDir Path dir, @TempDir Path cache) throws Exception {
        try (TestDb db = TestDb.open(kind, JavaRevisionHostileTest.PREFIX)) {
            project(dir);
            assertEquals(List.of("f1", "s0"), godwit(dir, db, cache).history(null, false).stream()
                    .map(RevisionInfo::id).toList());
            List<Path> compiled = classFiles(cache);
            assertEquals(1, compiled.size(), compiled.toString());
            // Before: "Fill.java:1: declares no class Fill" (the source blamed for the cache) and nothing ran.
            Files.write(compiled.get(0), new byte[] {(byte) 0xCA, (byte) 0xFE});

            Godwit godwit = godwit(dir, db, cache);
            godwit.upgrade("head");
            assertEquals(List.of("filled"), JavaRevisionFacadeTest.column(db, "SELECT body FROM notes"));
            assertEquals(List.of("f1"), godwit.current().current().stream().map(RevisionInfo::id).toList());

            Files.delete(classFiles(cache).get(0));
            godwit(dir, db, cache).downgrade("s0");
            assertEquals(List.of(), JavaRevisionFacadeTest.column(db, "SELECT body FROM notes"));
        }
    }

    /** The cache is keyed by the sources' bytes: an edit of the same size and time is compiled anew. */
    @Test
    void anEditWithTheSameSizeAndTimeRunsTheNewCode(@TempDir Path dir, @TempDir Path cache) throws Exception {
        try (TestDb db = TestDb.open(TestDb.Kind.SQLITE, JavaRevisionHostileTest.PREFIX)) {
            Path source = project(dir);
            godwit(dir, db, cache).history(null, false);
            java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(source);
            Files.writeString(source, SOURCE.replace("'filled'", "'edited'"));
            Files.setLastModifiedTime(source, time);
            assertEquals(SOURCE.length(), Files.size(source));

            godwit(dir, db, cache).upgrade("head");
            assertEquals(List.of("edited"), JavaRevisionFacadeTest.column(db, "SELECT body FROM notes"));
        }
    }

    @Test
    void runsCompilingTheSameSourceAtOnceAllGetItAndLeaveNoLitter(@TempDir Path dir, @TempDir Path cache)
            throws Exception {
        try (TestDb db = TestDb.open(TestDb.Kind.SQLITE, JavaRevisionHostileTest.PREFIX)) {
            project(dir);
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Future<List<String>>> runs = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    Callable<List<String>> read = () -> godwit(dir, db, cache).history(null, false).stream()
                            .map(RevisionInfo::id).toList();
                    runs.add(pool.submit(read));
                }
                for (Future<List<String>> run : runs) {
                    assertEquals(List.of("f1", "s0"), run.get(120, TimeUnit.SECONDS));
                }
            } finally {
                pool.shutdownNow();
            }
            Path root = cache.resolve("godwit/java-revisions");
            try (Stream<Path> entries = Files.list(root)) {
                List<String> names = entries.map(p -> p.getFileName().toString()).toList();
                assertEquals(1, names.size(), "one folder for the one set of sources, no half-written ones: " + names);
                assertTrue(Files.isRegularFile(root.resolve(names.get(0)).resolve(".complete")));
            }
        }
    }
}
