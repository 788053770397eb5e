package dev.godwit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** The extension run through the JUnit engine on a sample test class, on SQLite, PostgreSQL and MariaDB. */
class GodwitExtensionTest {
    static Path project;
    static String url;

    static void write(Path versions, String id, String revises, String message, String up, String down)
            throws Exception {
        Files.createDirectories(versions);
        StringBuilder b = new StringBuilder("-- revision: ").append(id).append('\n');
        if (revises != null) {
            b.append("-- revises: ").append(revises).append('\n');
        }
        b.append("-- message: ").append(message).append("\n\n-- +upgrade\n").append(up).append('\n');
        if (down != null) {
            b.append("\n-- +downgrade\n").append(down).append('\n');
        }
        Files.writeString(versions.resolve(id + ".sql"), b.toString());
    }

    /** The sample test class a user writes; its project is {@link #project}. */
    static class SampleMigrationTest {
        @RegisterExtension
        GodwitExtension godwit = GodwitExtension.forUrl(url)
                .migrations(project.resolve("versions"));

        @TestFactory
        Stream<DynamicTest> migrations() {
            return godwit.migrationTests();
        }

        @Test
        void fillsTheNewColumn() throws Exception {
            try (RevisionDatabase db = godwit.at("e1").withData("INSERT INTO users (id, email) VALUES (1, 'A@B.C')")) {
                db.upgrade("head");
                try (Statement s = db.connection().createStatement();
                     ResultSet rs = s.executeQuery("SELECT email_lower FROM users WHERE id = 1")) {
                    assertTrue(rs.next());
                    assertEquals("a@b.c", rs.getString(1));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.Kind.class)
    void eachRevisionIsADynamicTestAndADataMigrationStartsAtItsRevision(TestDb.Kind kind,
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        try (TestDb db = TestDb.create(kind, dir)) {
            url = db.url();
            passes(dir);
        }
    }

    private static void passes(Path dir) throws Exception {
        project = dir;
        Path versions = dir.resolve("versions");
        write(versions, "e1", null, "create users", "CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100));",
                "DROP TABLE users;");
        write(versions, "e2", "e1", "lower emails", "ALTER TABLE users ADD COLUMN email_lower VARCHAR(100);\n"
                + "UPDATE users SET email_lower = lower(email);", "ALTER TABLE users DROP COLUMN email_lower;");
        write(versions, "e3", "e2", "seed", "INSERT INTO users (id, email) VALUES (99, 'x@y.z');", null);

        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(SampleMigrationTest.class))
                .execute().testEvents();
        tests.assertThatEvents().haveExactly(1, event(displayName("heads"), finishedSuccessfully()))
                .haveExactly(1, event(displayName("e1 create users"), finishedSuccessfully()))
                .haveExactly(1, event(displayName("e2 lower emails"), finishedSuccessfully()))
                .haveExactly(1, event(displayName("e3 seed"), abortedWithReason(message(m -> m.contains("no downgrade")))))
                .haveExactly(1, event(displayName("fillsTheNewColumn()"), finishedSuccessfully()));
    }

    static TestDb jdbc;

    /** The same test class given the database as a container gives it: URL, user and password apart. */
    static class SampleJdbcTest {
        @RegisterExtension
        GodwitExtension godwit = GodwitExtension.forJdbc(jdbc::bareUrl, jdbc::user, jdbc::password)
                .migrations(project.resolve("versions"));

        @TestFactory
        Stream<DynamicTest> migrations() {
            return godwit.migrationTests();
        }

        @Test
        void fillsTheNewColumn() throws Exception {
            try (RevisionDatabase db = godwit.at("e1").withData("INSERT INTO users (id, email) VALUES (1, 'A@B.C')")) {
                assertEquals(null, db.jdbcUrl());
                db.upgrade("head");
                try (Statement s = db.connection().createStatement();
                     ResultSet rs = s.executeQuery("SELECT email_lower FROM users WHERE id = 1")) {
                    assertTrue(rs.next());
                    assertEquals("a@b.c", rs.getString(1));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.Kind.class)
    void forJdbcTakesTheUrlUserAndPasswordApart(TestDb.Kind kind, @org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        try (TestDb db = TestDb.create(kind, dir)) {
            jdbc = db;
            project = dir;
            Path versions = dir.resolve("versions");
            write(versions, "e1", null, "create users", "CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100));",
                    "DROP TABLE users;");
            write(versions, "e2", "e1", "lower emails", "ALTER TABLE users ADD COLUMN email_lower VARCHAR(100);\n"
                    + "UPDATE users SET email_lower = lower(email);", "ALTER TABLE users DROP COLUMN email_lower;");
            EngineTestKit.engine("junit-jupiter").selectors(selectClass(SampleJdbcTest.class)).execute().testEvents()
                    .assertStatistics(stats -> stats.started(4).succeeded(4));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.Kind.class)
    void aDowngradeThatForgetsAnIndexFailsThatRevisionsTest(TestDb.Kind kind, @org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        try (TestDb db = TestDb.create(kind, dir)) {
            url = db.url();
            fails(dir);
        }
    }

    private static void fails(Path dir) throws Exception {
        project = dir;
        Path versions = dir.resolve("versions");
        write(versions, "e1", null, "create users", "CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100));",
                "DROP TABLE users;");
        write(versions, "e2", "e1", "lower emails", "ALTER TABLE users ADD COLUMN email_lower VARCHAR(100);\n"
                + "CREATE INDEX ix_users_email ON users (email);", "ALTER TABLE users DROP COLUMN email_lower;");

        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(SampleMigrationTest.class))
                .execute().testEvents();
        tests.assertThatEvents().haveExactly(1, event(displayName("e1 create users"), finishedSuccessfully()))
                .haveExactly(1, event(displayName("e2 lower emails"), finishedWithFailure(message(m ->
                        m.contains("revision e2: stairway failed") && m.contains("ix_users_email")))));
    }
}
