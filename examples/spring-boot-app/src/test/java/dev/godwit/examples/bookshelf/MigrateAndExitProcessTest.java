package dev.godwit.examples.bookshelf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bookshelf run as a deploy step runs it: its main class in a process of its own, configured by
 * environment variables only ({@code DATABASE_URL}, {@code GODWIT_MODE=migrate-and-exit}), on each
 * database (SQLite: application.properties' default, {@code bookshelf.db} in the working directory). It migrates, says so, and exits 0; run again it has nothing to do; a target no revision
 * file has makes it exit non-zero with Godwit's message and nothing changed.
 */
class MigrateAndExitProcessTest {
    private TestDatabase db;

    @AfterEach
    void drop() {
        if (db != null) {
            db.drop();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mariadb"})
    void migratesThenExitsWithItsStatus(String kind) throws Exception {
        db = TestDatabase.create(kind);

        Run first = run(Map.of());
        assertThat(first.status).as(first.output).isZero();
        assertThat(first.output).contains("Godwit: running UPGRADE a1b2c3d4e5f6, authors and books",
                "Godwit: running UPGRADE b7c8d9e0f1a2, published year",
                "Godwit: running UPGRADE c4d5e6f7a8b9, sort title",
                "Godwit: running UPGRADE d0e1f2a3b4c5, backfill sort titles",
                "is at d0e1f2a3b4c5",
                "Bookshelf: 0 book(s) by 0 author(s)",
                "Godwit: migration done; exiting (godwit.mode=migrate-and-exit)");
        assertThat(db.rows("SELECT version_num FROM godwit_version")).containsExactly("d0e1f2a3b4c5");

        Run again = run(Map.of());
        assertThat(again.status).as(again.output).isZero();
        assertThat(again.output).doesNotContain("running UPGRADE").contains("is at d0e1f2a3b4c5");

        Run wrong = run(Map.of("GODWIT_TARGET", "ffffffffffff"));
        assertThat(wrong.status).as(wrong.output).isNotZero();
        assertThat(wrong.output).contains("ffffffffffff").doesNotContain("migration done");
        assertThat(db.rows("SELECT revision, action FROM godwit_history ORDER BY id"))
                .containsExactly("a1b2c3d4e5f6|upgrade", "b7c8d9e0f1a2|upgrade", "c4d5e6f7a8b9|upgrade",
                        "d0e1f2a3b4c5|upgrade");
    }

    /** Runs {@code java -cp ... BookshelfApplication} with the database and {@code extra} as environment variables. */
    private Run run(Map<String, String> extra) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                BookshelfApplication.class.getName()));
        Path log = Files.createTempFile("bookshelf-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        if (db.kind().equals("sqlite")) {
            // application.properties' default: bookshelf.db in the working directory
            env.remove("DATABASE_URL");
            builder.directory(Path.of(db.url().substring("jdbc:sqlite:".length())).getParent().toFile());
        } else {
            env.put("DATABASE_URL", db.url());
            env.put("DATABASE_USER", db.user());
            env.put("DATABASE_PASSWORD", db.password());
        }
        if (db.kind().equals("postgres")) {
            env.put("GODWIT_SCHEMA", db.name());
        }
        env.put("GODWIT_MODE", "migrate-and-exit");
        env.put("SPRING_MAIN_WEB_APPLICATION_TYPE", "none"); // a deploy step serves no requests
        env.putAll(extra);
        Process process = builder.start();
        try {
            boolean exited = process.waitFor(2, TimeUnit.MINUTES);
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (!exited) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("the application did not exit:\n" + output);
            }
            return new Run(process.exitValue(), output);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private record Run(int status, String output) {
    }
}
