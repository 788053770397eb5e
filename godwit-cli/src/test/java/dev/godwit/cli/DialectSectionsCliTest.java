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
import dev.godwit.cli.support.SqlClient;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One set of revision files with sections per dialect (issue 13) upgrades and downgrades on
 * SQLite, PostgreSQL and MariaDB, each database running its own section (or the shared one),
 * judged by the database's catalog; the offline scripts of each dialect, printed from a SQLite
 * project, run in the real clients; validate warns about a dialect a revision cannot run on.
 */
class DialectSectionsCliTest {

    static final String EVENTS = "-- revision: m1\n-- revises:\n-- message: events\n\n"
            + "-- +upgrade\n"
            + "CREATE TABLE events (id INTEGER NOT NULL PRIMARY KEY, happened_at TIMESTAMP NOT NULL);\n\n"
            + "-- +upgrade sqlite\n"
            + "CREATE TABLE events (id INTEGER NOT NULL PRIMARY KEY, happened_at DATETIME NOT NULL);\n\n"
            + "-- +upgrade mariadb\n"
            + "CREATE TABLE events (id INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY, happened_at DATETIME(6) NOT NULL);\n\n"
            + "-- +downgrade\nDROP TABLE events;\n";
    static final String NOTE = "-- revision: m2\n-- revises: m1\n-- message: note\n\n"
            + "-- +downgrade\nALTER TABLE events DROP COLUMN note;\n\n"
            + "-- +upgrade postgresql\nALTER TABLE events ADD COLUMN note TEXT;\n\n"
            + "-- +upgrade\nALTER TABLE events ADD COLUMN note VARCHAR(20);\n";

    private static void revisions(Path project) throws Exception {
        Path folder = Rev.versions(project);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("m1.sql"), EVENTS);
        Files.writeString(folder.resolve("m2.sql"), NOTE);
    }

    /** The type of each column of events as the catalog says, "" when the table is gone. */
    private static List<String> columns(TestDatabase db) throws Exception {
        if (!db.tableExists("events")) {
            return List.of();
        }
        switch (db.kind()) {
            case SQLITE:
                return db.column("SELECT name || ' ' || type FROM pragma_table_info('events') ORDER BY cid");
            case POSTGRESQL:
                return db.column("SELECT column_name || ' ' || data_type FROM information_schema.columns "
                        + "WHERE table_schema = '" + db.schema() + "' AND table_name = 'events' ORDER BY ordinal_position");
            default:
                return db.column("SELECT concat_ws(' ', column_name, column_type, nullif(extra, '')) "
                        + "FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'events' "
                        + "ORDER BY ordinal_position");
        }
    }

    private static List<String> expected(TestDatabase.Kind kind) {
        switch (kind) {
            case SQLITE:
                return List.of("id INTEGER", "happened_at DATETIME", "note VARCHAR(20)");
            case POSTGRESQL:
                return List.of("id integer", "happened_at timestamp without time zone", "note text");
            default:
                return List.of("id int(11) auto_increment", "happened_at datetime(6)", "note varchar(20)");
        }
    }

    private static String name(TestDatabase.Kind kind) {
        return kind == TestDatabase.Kind.MARIADB ? "mariadb" : kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void oneSetOfRevisionsUpgradesAndDowngradesEveryDatabase(TestDatabase.Kind kind, @TempDir Path dir)
            throws Exception {
        Path project = dir.resolve("project");
        try (TestDatabase db = TestDatabase.create(kind, project)) {
            db.writeConfig(project, "dialects = [\"postgresql\", \"sqlite\", \"mariadb\"]");
            revisions(project);
            ok(Cli.run(project, "upgrade", "m1"));
            assertEquals(expected(kind).subList(0, 2), columns(db));
            ok(Cli.run(project, "upgrade", "head"));
            assertEquals(expected(kind), columns(db));
            assertEquals(List.of("m2"), db.versionRows("godwit_version"));
            String validated = ok(Cli.run(project, "validate")).out();
            contains(validated, "OK: 2 applied revision(s), 2 checked");
            ok(Cli.run(project, "downgrade", "m1"));
            assertEquals(expected(kind).subList(0, 2), columns(db));
            ok(Cli.run(project, "downgrade", "base"));
            assertEquals(List.of(), columns(db));
            assertEquals(List.of(), db.versionRows("godwit_version"));
        }
    }

    /**
     * The offline script of each dialect, printed from a project configured for SQLite (no
     * database reached), run by the database's own client, leaves its own column types and its
     * version rows.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void offlineScriptForAnotherDialect(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        Path project = dir.resolve("project");
        try (TestDatabase target = TestDatabase.create(kind, dir.resolve("target"))) {
            Files.createDirectories(project);
            if (kind == TestDatabase.Kind.SQLITE) {
                Files.createDirectories(Path.of(target.database()).getParent());
            }
            Files.writeString(project.resolve("godwit.toml"), "url = \"sqlite:///local.db\"\n"
                    + (target.schema() == null ? "" : "schema = \"" + target.schema() + "\"\n"));
            revisions(project);
            String up = ok(Cli.run(project, "upgrade", "--sql", "--dialect", name(kind))).out();
            assertFalse(Files.exists(project.resolve("local.db")), "--sql must not open the configured database");
            if (kind == TestDatabase.Kind.SQLITE) {
                contains(up, "DATETIME NOT NULL", "note VARCHAR(20)");
                notContains(up, "AUTO_INCREMENT", "TIMESTAMP NOT NULL", "note TEXT");
            } else if (kind == TestDatabase.Kind.POSTGRESQL) {
                contains(up, "script for PostgreSQL", "TIMESTAMP NOT NULL", "note TEXT");
                notContains(up, "AUTO_INCREMENT", "DATETIME");
            } else {
                contains(up, "script for MySQL/MariaDB", "AUTO_INCREMENT", "note VARCHAR(20)");
                notContains(up, "TIMESTAMP NOT NULL", "note TEXT");
            }
            SqlClient.run(target, up);
            assertEquals(expected(kind), columns(target));
            assertEquals(List.of("m2"), target.versionRows("godwit_version"));
            String down = ok(Cli.run(project, "downgrade", "--sql", "--dialect", name(kind), "head:base")).out();
            SqlClient.run(target, down);
            assertEquals(List.of(), columns(target));
        }
    }

    @Test
    void validateWarnsAndUpgradeRefusesADialectWithoutASection(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("project");
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, project)) {
            db.writeConfig(project, "dialects = [\"sqlite\", \"postgres\"]");
            Path folder = Rev.versions(project);
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("p1.sql"), "-- revision: p1\n-- revises:\n\n"
                    + "-- +upgrade postgresql\nCREATE TABLE p (id SERIAL PRIMARY KEY);\n"
                    + "-- +downgrade postgresql\nDROP TABLE p;\n");
            Cli.Result validated = Cli.run(project, "validate");
            assertEquals(0, validated.exit(), validated.toString());
            contains(validated.err(), "WARNING: Revision p1 has no section for sqlite (a configured dialect) and no "
                    + "shared one. File: ", "p1.sql", "-- +upgrade sqlite");
            notContains(validated.err(), "section for postgresql");
            Cli.Result refused = failed(Cli.run(project, "upgrade", "head"));
            contains(refused.err(), "Revision p1 has no section for sqlite: ", "p1.sql", "has `-- +upgrade postgresql`",
                    "Nothing was run.");
            assertFalse(db.tableExists("p"));
            assertTrue(db.versionRows("godwit_version").isEmpty());
            contains(failed(Cli.run(project, "upgrade", "--sql", "--dialect", "oracle")).err(),
                    "Unknown dialect 'oracle'");
            Files.writeString(project.resolve("godwit.toml"), "url = \"" + db.url() + "\"\ndialects = [\"sqlit\"]\n");
            contains(failed(Cli.run(project, "validate")).err(), "unknown database 'sqlit'", "Did you mean 'sqlite'?");
        }
    }

    /**
     * A half-applied revision on MariaDB is reported and resumed with the statements of its own
     * section: line numbers, what stays applied and the resumed statements are the mysql section's.
     */
    @Test
    void aHalfAppliedRevisionResumesWithItsOwnSection(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("project");
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.MARIADB, project)) {
            db.writeConfig(project);
            Path folder = Rev.versions(project);
            Files.createDirectories(folder);
            String text = "-- revision: h1\n-- revises:\n-- message: abc\n\n"
                    + "-- +upgrade\nCREATE TABLE shared_only (id INTEGER);\n\n"
                    + "-- +upgrade mysql\nCREATE TABLE a (id INTEGER);\nINSERT INTO no_such_table (id) VALUES (1);\n"
                    + "CREATE TABLE c (id INTEGER);\n\n"
                    + "-- +downgrade\nDROP TABLE shared_only;\n\n"
                    + "-- +downgrade mysql\nDROP TABLE c;\nDROP TABLE b;\nDROP TABLE a;\n";
            Path file = Files.writeString(folder.resolve("h1.sql"), text);
            Cli.Result r = failed(Cli.run(project, "upgrade"));
            contains(r.err(), "Revision h1 (abc) failed in its upgrade at statement 2 of 3, " + file + ":10:",
                    "    1. CREATE TABLE a (id INTEGER)\n");
            Files.writeString(file, text.replace("INSERT INTO no_such_table (id) VALUES (1);", "CREATE TABLE b (id INTEGER);"));
            ok(Cli.run(project, "upgrade", "--resume"));
            assertTrue(db.tableExists("a") && db.tableExists("b") && db.tableExists("c"));
            assertFalse(db.tableExists("shared_only"));
            assertEquals(List.of("h1"), db.versionRows("godwit_version"));
            ok(Cli.run(project, "downgrade", "base"));
            assertFalse(db.tableExists("a") || db.tableExists("b") || db.tableExists("c"));
        }
    }
}
