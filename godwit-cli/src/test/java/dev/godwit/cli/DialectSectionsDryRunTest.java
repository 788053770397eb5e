package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.failed;
import static dev.godwit.cli.support.Checks.notContains;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.Rev;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * `upgrade --dry-run` and `downgrade --dry-run` on revisions with a section per database show the
 * statements of the connected database's own section (else the shared one) and run nothing; a
 * revision with neither a section for the connected database nor a shared one is refused before
 * anything runs, in a dry run as in a real one.
 */
class DialectSectionsDryRunTest {

    private static final String ONE = "-- revision: d1\n-- revises:\n-- message: marks\n\n"
            + "-- +upgrade\nCREATE TABLE shared_marks (id INTEGER);\nDROP TABLE IF EXISTS shared_gone;\n\n"
            + "-- +upgrade postgresql\nCREATE TABLE pg_marks (id INTEGER);\nDROP TABLE IF EXISTS pg_gone;\n\n"
            + "-- +upgrade mysql\nCREATE TABLE my_marks (id INTEGER);\nCREATE TABLE my_more (id INTEGER);\n"
            + "DROP TABLE IF EXISTS my_gone;\n\n"
            + "-- +upgrade sqlite\nDROP TABLE IF EXISTS lite_gone;\nCREATE TABLE lite_marks (id INTEGER);\n\n"
            + "-- +downgrade postgresql\nDROP TABLE pg_marks;\n\n"
            + "-- +downgrade\nDROP TABLE IF EXISTS my_marks;\nDROP TABLE IF EXISTS my_more;\n"
            + "DROP TABLE IF EXISTS lite_marks;\n";
    private static final String TWO = "-- revision: d2\n-- revises: d1\n-- message: shared\n\n"
            + "-- +upgrade\nCREATE TABLE everywhere (id INTEGER);\n\n"
            + "-- +upgrade sqlite\n\n"
            + "-- +downgrade\nDROP TABLE everywhere;\n\n"
            + "-- +downgrade sqlite\n";

    /**
     * The plan counts the statements of the database's own sections (else the shared ones) and
     * shows those that drop or lose data; the dry run leaves the database as it was.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void theDryRunShowsTheConnectedDatabasesSection(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        Path project = dir.resolve("project");
        try (TestDatabase db = TestDatabase.create(kind, project, "gapsxiii")) {
            db.writeConfig(project, "dialects = [\"postgresql\", \"sqlite\", \"mysql\"]");
            Path folder = Rev.versions(project);
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("d1.sql"), ONE);
            Files.writeString(folder.resolve("d2.sql"), TWO);
            String up = ok(Cli.run(project, "upgrade", "--dry-run")).out();
            String down;
            switch (kind) {
                case SQLITE:
                    contains(up, "Will run 2 revision(s), 2 statement(s):", "WARNING d1: DROP TABLE IF EXISTS lite_gone");
                    notContains(up, "shared_gone", "pg_gone", "my_gone", "d2: ");
                    break;
                case POSTGRESQL:
                    contains(up, "Will run 2 revision(s), 3 statement(s):", "WARNING d1: DROP TABLE IF EXISTS pg_gone");
                    notContains(up, "shared_gone", "lite_gone", "my_gone");
                    break;
                default:
                    contains(up, "Will run 2 revision(s), 4 statement(s):", "WARNING d1: DROP TABLE IF EXISTS my_gone");
                    notContains(up, "shared_gone", "lite_gone", "pg_gone");
            }
            contains(up, "Dry run: nothing was run.");
            assertEquals(List.of(), db.userTables());
            assertEquals(List.of(), db.versionRows("godwit_version"));

            ok(Cli.run(project, "upgrade"));
            List<String> built = db.userTables();
            down = ok(Cli.run(project, "downgrade", "--dry-run", "base")).out();
            switch (kind) {
                case SQLITE:
                    contains(down, "Will run 2 revision(s), 3 statement(s):", "WARNING d1: DROP TABLE IF EXISTS lite_marks");
                    notContains(down, "pg_marks", "everywhere");
                    break;
                case POSTGRESQL:
                    contains(down, "Will run 2 revision(s), 2 statement(s):", "WARNING d2: DROP TABLE everywhere",
                            "WARNING d1: DROP TABLE pg_marks");
                    notContains(down, "my_marks", "lite_marks");
                    break;
                default:
                    contains(down, "Will run 2 revision(s), 4 statement(s):", "WARNING d2: DROP TABLE everywhere",
                            "WARNING d1: DROP TABLE IF EXISTS my_more");
                    notContains(down, "pg_marks");
            }
            contains(down, "Dry run: nothing was run.");
            assertEquals(built, db.userTables());
            assertEquals(List.of("d2"), db.versionRows("godwit_version"));
            ok(Cli.run(project, "downgrade", "base"));
            assertEquals(List.of(), db.userTables());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void aRevisionWithoutASectionIsRefusedInADryRunToo(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        Path project = dir.resolve("project");
        try (TestDatabase db = TestDatabase.create(kind, project, "gapsxiii")) {
            db.writeConfig(project);
            Path folder = Rev.versions(project);
            Files.createDirectories(folder);
            String other = kind == TestDatabase.Kind.SQLITE ? "postgresql" : "sqlite";
            Files.writeString(folder.resolve("d1.sql"), "-- revision: d1\n-- revises:\n\n"
                    + "-- +upgrade\nCREATE TABLE first_one (id INTEGER);\n\n-- +downgrade\nDROP TABLE first_one;\n");
            Files.writeString(folder.resolve("d2.sql"), "-- revision: d2\n-- revises: d1\n-- message: other\n\n"
                    + "-- +upgrade " + other + "\nCREATE TABLE other_only (id INTEGER);\n\n"
                    + "-- +downgrade " + other + "\nDROP TABLE other_only;\n");
            String name = kind == TestDatabase.Kind.MARIADB ? "mysql" : kind.name().toLowerCase(java.util.Locale.ROOT);
            for (String[] args : List.of(new String[] {"upgrade", "--dry-run"}, new String[] {"upgrade"})) {
                Cli.Result refused = failed(Cli.run(project, args));
                contains(refused.err(), "Revision d2 has no section for " + name + ": ", "d2.sql",
                        "has `-- +upgrade " + other + "`", "Nothing was run.");
                notContains(refused.out(), "first_one");
                assertFalse(db.tableExists("first_one"));
                assertEquals(List.of(), db.versionRows("godwit_version"));
            }
            ok(Cli.run(project, "upgrade", "d1"));
            Files.writeString(folder.resolve("d2.sql"), "-- revision: d2\n-- revises: d1\n-- message: other\n\n"
                    + "-- +upgrade\nCREATE TABLE other_only (id INTEGER);\n\n"
                    + "-- +downgrade " + other + "\nDROP TABLE other_only;\n");
            ok(Cli.run(project, "upgrade"));
            for (String[] args : List.of(new String[] {"downgrade", "--dry-run", "base"},
                    new String[] {"downgrade", "base"})) {
                Cli.Result refused = failed(Cli.run(project, args));
                contains(refused.err(), "Revision d2 (other) has no downgrade for this database (its file has "
                        + "`-- +downgrade " + other + "` and no shared `-- +downgrade`), so nothing can be downgraded "
                        + "past it. File: ", "d2.sql", "Nothing was run.");
                notContains(refused.out(), "Dry run");
                assertTrue(db.tableExists("other_only") && db.tableExists("first_one"));
                assertEquals(List.of("d2"), db.versionRows("godwit_version"));
            }
        }
    }
}
