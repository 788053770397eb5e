package dev.godwit.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.Godwit;
import dev.godwit.api.AuditEntry;
import dev.godwit.api.GodwitException;
import dev.godwit.api.JavaRevision;
import dev.godwit.api.RevisionContext;
import dev.godwit.spring.boot.revisions.NotesRevision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;

/**
 * Every {@link JavaRevision} bean is a revision: a SQL revision creates and fills {@code members},
 * a Java revision bean with an injected plain service backfills {@code display_name} in batches, and
 * a failing bean stops the start-up with a message naming the revision and the class, rolled back
 * where the database can.
 */
class JavaRevisionBeansTest {
    static final String MEMBERS = "a1000000000a";
    static final String DISPLAY_NAMES = "b2000000000b";
    static final String BROKEN = "c3000000000c";
    @TempDir
    Path dir;
    private BootDb db;

    @AfterEach
    void drop() {
        if (db != null) {
            db.drop();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mariadb"})
    void aJavaRevisionBeanBackfillsAColumnInBatchesWithAnInjectedService(String kind) throws IOException {
        db = BootDb.create(kind, dir, "startertwo_");
        Map<String, String> props = Apps.with(db.properties(), "godwit.locations", "filesystem:" + sqlRevision());
        try (ConfigurableApplicationContext app = Apps.start(props, Backfill.class)) {
            assertEquals(List.of(3, 3, 1), app.getBean(DisplayNamesRevision.class).batches);
            assertEquals(List.of("1|ada lovelace|Ada Lovelace", "2|GRACE HOPPER|Grace Hopper", "3|alan turing|Alan Turing",
                    "4|edsger dijkstra|Edsger Dijkstra", "5|barbara liskov|Barbara Liskov", "6|ken THOMPSON|Ken Thompson",
                    "7|margaret hamilton|Margaret Hamilton"),
                    db.rows("SELECT id, name, display_name FROM members ORDER BY id"));
            assertEquals(List.of(DISPLAY_NAMES), db.rows("SELECT version_num FROM godwit_version"));
            GodwitEndpoint.Report report = app.getBean(GodwitEndpoint.class).status();
            assertEquals(List.of(DISPLAY_NAMES), report.heads());
            assertTrue(report.upToDate());
            assertEquals(List.of(DISPLAY_NAMES + " upgrade true display names", MEMBERS + " upgrade true members",
                    RevisionFolder.CUSTOMERS + " upgrade true customers"),
                    report.history().stream().map(JavaRevisionBeansTest::line).toList());
            assertEquals("display names", app.getBean(Godwit.class).current().current().get(0).message());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mariadb"})
    void aFailingJavaRevisionBeanStopsTheStartUpNamingTheRevisionAndClass(String kind) throws IOException {
        db = BootDb.create(kind, dir, "startertwo_");
        Map<String, String> props = Apps.with(db.properties(), "godwit.locations", "filesystem:" + sqlRevision());
        Exception e = assertThrows(Exception.class, () -> Apps.start(props, Backfill.class, Broken.class).close());
        GodwitException cause = assertInstanceOf(GodwitException.class, godwitCause(e), e::toString);
        String message = cause.getMessage() + "\n" + cause.hint();
        assertTrue(message.contains("Revision " + BROKEN + " (break the shelf) failed in its upgrade, in Java class "
                + BrokenRevision.class.getName()), message);
        assertTrue(message.contains("threw java.lang.IllegalStateException: member 4 is not allowed"), message);
        assertEquals(List.of(DISPLAY_NAMES), db.rows("SELECT version_num FROM godwit_version"),
                "the revisions before it stay applied");
        List<String> shouted = db.rows("SELECT id FROM members WHERE display_name = 'BROKEN'");
        if (kind.equals("mariadb")) {
            // No transaction around a revision on MariaDB: what the code changed before it threw stays, and it says so.
            assertEquals(7, shouted.size());
            assertTrue(db.hasTable("broken_leftover"));
            assertTrue(message.contains("what " + BrokenRevision.class.getName() + ".upgrade() changed before it threw"),
                    message);
        } else {
            assertEquals(List.of(), shouted, "the update is rolled back");
            assertFalse(db.hasTable("broken_leftover"), "the table it created is rolled back");
            assertTrue(message.contains("Revision " + BROKEN + " was rolled back; nothing of it stays applied"), message);
        }
        // What Spring Boot prints when the start-up fails: Godwit's message and its hint.
        org.springframework.boot.diagnostics.FailureAnalysis analysis = new GodwitFailureAnalyzer().analyze(e);
        String told = analysis.getDescription() + "\n" + analysis.getAction();
        assertTrue(told.contains("in Java class " + BrokenRevision.class.getName()), told);
        assertTrue(told.contains(cause.hint()), told);
        List<String> failed = db.rows("SELECT revision, action, success FROM godwit_history WHERE revision = '" + BROKEN + "'");
        assertEquals(1, failed.size(), failed::toString);
        assertTrue(failed.get(0).startsWith(BROKEN + "|upgrade|"), failed::toString);
        assertTrue(List.of("false", "0", "f").contains(failed.get(0).split("\\|")[2]), failed::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mariadb"})
    void classesOfTheJavaRevisionPackagesAreRevisionsToo(String kind) {
        db = BootDb.create(kind, dir, "startertwo_");
        RevisionFolder revisions = new RevisionFolder(dir);
        try (ConfigurableApplicationContext app = Apps.start(Apps.with(db.properties(), "godwit.locations",
                revisions.location(), "godwit.java-revision-packages", "dev.godwit.spring.boot.revisions"))) {
            assertEquals(List.of(NotesRevision.ID), app.getBean(GodwitEndpoint.class).status().current());
        }
        String dialect = kind.equals("mariadb") ? "mysql" : kind.equals("postgres") ? "postgresql" : "sqlite";
        assertEquals(List.of("1|written by " + dialect), db.rows("SELECT id, body FROM notes"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mariadb"})
    void aJavaRevisionBeanThatNeedsARepositoryIsACircularDependencyAtStartUp(String kind) throws IOException {
        // The repository needs the EntityManagerFactory, which waits for Godwit's upgrade, which needs the revision.
        db = BootDb.create(kind, dir, "startertwo_");
        Map<String, String> props = Apps.with(db.properties(), "godwit.locations", "filesystem:" + sqlRevision());
        Exception e = assertThrows(Exception.class, () -> Apps.start(props, NeedsRepository.class).close());
        assertInstanceOf(org.springframework.beans.factory.BeanCurrentlyInCreationException.class,
                NestedExceptionUtils.getMostSpecificCause(e), e::toString);
        String told = e.getMessage();
        assertTrue(told.contains("repositoryRevision") && told.contains("customerRepository"), told);
        assertFalse(db.hasTable("members"), "nothing ran");
    }

    private static Throwable godwitCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof GodwitException) {
                return t;
            }
        }
        return NestedExceptionUtils.getMostSpecificCause(e);
    }

    private static String line(AuditEntry entry) {
        return entry.revision() + " " + entry.action() + " " + entry.success() + " " + entry.message();
    }

    /** The test application's customers revision (its JdbcTemplate user reads the table) and one that creates and fills {@code members}. */
    private Path sqlRevision() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("revisions"));
        String customers = "20261206_070000_" + RevisionFolder.CUSTOMERS + "_customers.sql";
        try (var in = getClass().getResourceAsStream("/db/godwit/" + customers)) {
            Files.copy(in, folder.resolve(customers));
        }
        Files.writeString(folder.resolve("20261206_100000_a1000000000a_members.sql"), """
                -- revision: a1000000000a
                -- revises: 5b1e2a3c4d5e
                -- message: members
                -- created: 2026-12-06T10:00:00Z

                -- +upgrade
                CREATE TABLE members (
                    id INTEGER NOT NULL,
                    name VARCHAR(100) NOT NULL,
                    display_name VARCHAR(100),
                    PRIMARY KEY (id)
                );
                INSERT INTO members (id, name) VALUES (1, 'ada lovelace'), (2, 'GRACE HOPPER'), (3, 'alan turing'),
                    (4, 'edsger dijkstra'), (5, 'barbara liskov'), (6, 'ken THOMPSON'), (7, 'margaret hamilton');

                -- +downgrade
                DROP TABLE members;
                """);
        return folder;
    }

    /** A plain service of the application: how a member's name is shown. */
    static class DisplayNames {
        String of(String name) {
            List<String> words = new ArrayList<>();
            for (String word : name.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                words.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
            }
            return String.join(" ", words);
        }
    }

    /** Backfills {@code display_name} three rows at a time with the application's {@link DisplayNames}. */
    static class DisplayNamesRevision implements JavaRevision {
        final List<Integer> batches = new CopyOnWriteArrayList<>();
        private final DisplayNames names;

        DisplayNamesRevision(DisplayNames names) {
            this.names = names;
        }

        @Override
        public String id() {
            return DISPLAY_NAMES;
        }

        @Override
        public List<String> revises() {
            return List.of(MEMBERS);
        }

        @Override
        public String message() {
            return "display names";
        }

        @Override
        public void upgrade(RevisionContext ctx) throws Exception {
            ctx.inBatches("SELECT id, name FROM members WHERE id > ? ORDER BY id", 0, 3, rows -> {
                batches.add(rows.size());
                List<List<Object>> updates = new ArrayList<>();
                for (Map<String, Object> row : rows) {
                    updates.add(List.of(names.of((String) row.get("name")), row.get("id")));
                }
                ctx.executeBatch("UPDATE members SET display_name = ? WHERE id = ?", updates);
            });
        }

        @Override
        public void downgrade(RevisionContext ctx) throws Exception {
            ctx.execute("UPDATE members SET display_name = NULL");
        }
    }

    /** Changes every row and creates a table, then throws. */
    static class BrokenRevision implements JavaRevision {
        @Override
        public String id() {
            return BROKEN;
        }

        @Override
        public List<String> revises() {
            return List.of(DISPLAY_NAMES);
        }

        @Override
        public String message() {
            return "break the shelf";
        }

        @Override
        public void upgrade(RevisionContext ctx) throws Exception {
            ctx.execute("UPDATE members SET display_name = 'BROKEN'");
            ctx.execute("CREATE TABLE broken_leftover (id INTEGER NOT NULL PRIMARY KEY)");
            throw new IllegalStateException("member 4 is not allowed");
        }

        @Override
        public void downgrade(RevisionContext ctx) {
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Backfill {
        @Bean
        DisplayNames displayNames() {
            return new DisplayNames();
        }

        @Bean
        DisplayNamesRevision displayNamesRevision(DisplayNames names) {
            return new DisplayNamesRevision(names);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class NeedsRepository {
        @Bean
        JavaRevision repositoryRevision(dev.godwit.spring.boot.app.CustomerRepository customers) {
            return new BrokenRevision();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Broken {
        @Bean
        BrokenRevision brokenRevision() {
            return new BrokenRevision();
        }
    }
}
