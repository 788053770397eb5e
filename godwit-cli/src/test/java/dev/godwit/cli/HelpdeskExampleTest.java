package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.Rev;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The help-desk example's revisions upgrade and downgrade to base cleanly on every database. */
class HelpdeskExampleTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "helpdesk").toAbsolutePath().normalize();
    private static final List<String> TABLES = List.of("agents", "departments", "escalation_summaries", "kb_articles",
            "messages", "tickets");

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void theExampleUpgradesAndDowngradesCleanly(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        assertTrue(Files.isDirectory(EXAMPLE.resolve("migrations/versions")), EXAMPLE.toString());
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            Files.createDirectories(Rev.versions(dir));
            try (Stream<Path> files = Files.list(EXAMPLE.resolve("migrations/versions"))) {
                for (Path f : files.toList()) {
                    Files.copy(f, Rev.versions(dir).resolve(f.getFileName()));
                }
            }
            db.writeConfig(dir, "migrations = \"migrations/versions\"");

            Cli.Result up = ok(Cli.run(dir, "upgrade"));
            contains(up.out(), "Running upgrade <base> -> a1c3e5f7b9d1, create departments and agents",
                    "Running upgrade e5a7c9d1f3b5 -> f6b8d0e2a4c6, create escalation summaries",
                    "Upgraded 6 revision(s); the database is at f6b8d0e2a4c6.");
            assertEquals(TABLES, db.userTables());
            assertEquals(List.of("f6b8d0e2a4c6"), db.versionRows("godwit_version"));
            assertEquals(List.of(List.of("Welcome", "hello; world")), db.query("SELECT title, body FROM kb_articles"));
            db.execute("INSERT INTO departments (id, name) VALUES (1, 'Support')");
            db.execute("INSERT INTO agents (id, department_id, email, display_name) VALUES (1, 1, 'a@example.com', 'A')");
            db.execute("INSERT INTO tickets (id, subject, department_id, assigned_agent_id) VALUES ('T-1', 'Help', 1, 1)");
            assertEquals(List.of(List.of("open", "3")), db.query("SELECT status, priority FROM tickets"));
            contains(ok(Cli.run(dir, "current", "--verbose")).out(), "Rev: f6b8d0e2a4c6 (head)", "Up to date.");

            Cli.Result down = ok(Cli.run(dir, "downgrade", "base"));
            contains(down.out(), "Running downgrade f6b8d0e2a4c6 -> e5a7c9d1f3b5",
                    "Running downgrade a1c3e5f7b9d1 -> <base>", "Downgraded 6 revision(s); the database is at <base>.");
            assertEquals(List.of(), db.userTables());
            assertEquals(List.of(), db.versionRows("godwit_version"));

            ok(Cli.run(dir, "upgrade"));
            assertEquals(TABLES, db.userTables());
            assertEquals(List.of("f6b8d0e2a4c6"), db.versionRows("godwit_version"));
        }
    }
}
