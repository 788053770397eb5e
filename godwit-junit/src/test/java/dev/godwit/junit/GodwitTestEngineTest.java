package dev.godwit.junit;

import static dev.godwit.junit.GodwitExtensionTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Path;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The engine that runs classes annotated {@link GodwitMigrationTests}, through the JUnit Platform as
 * a build tool runs it, on SQLite, PostgreSQL and MariaDB. The annotated classes read their database
 * and revisions from system properties this test sets ({@code ${...}} in the annotation).
 */
class GodwitTestEngineTest {
    private static final String URL = "godwit.junit.engine.url";
    private static final String USER = "godwit.junit.engine.user";
    private static final String PASSWORD = "godwit.junit.engine.password";
    private static final String VERSIONS = "godwit.junit.engine.versions";

    @GodwitMigrationTests(url = "${godwit.junit.engine.url}", migrations = "${godwit.junit.engine.versions}")
    static class ByUrl {
    }

    @GodwitMigrationTests(dataSource = FromProperties.class, migrations = "${godwit.junit.engine.versions}")
    static class ByDataSource {
    }

    @GodwitMigrationTests(url = "${godwit.junit.engine.url}", migrations = "${godwit.junit.engine.versions}",
            heads = {"hb", "ha"})
    static class TwoHeads {
    }

    @GodwitMigrationTests(url = "${godwit.junit.engine.url}", migrations = "${godwit.junit.engine.versions}",
            heads = {"ha", "hc"})
    static class WrongHeads {
    }

    @GodwitMigrationTests(url = "${GODWIT_JUNIT_NO_SUCH_VARIABLE}")
    static class UnsetVariable {
    }

    @GodwitMigrationTests(url = "oracle://scott:tiger@db.example.com/orcl")
    static class UnknownDatabase {
    }

    @GodwitMigrationTests(dataSource = NoServer.class)
    static class ServerMissing {
    }

    /** A supplier that finds no server and, outside CI, skips the class as the project's own suites do. */
    static class NoServer implements Supplier<DataSource> {
        @Override
        public DataSource get() {
            throw new org.opentest4j.TestAbortedException("no server here");
        }
    }

    /** What a user's supplier does with a container: its URL, user and password. */
    static class FromProperties implements Supplier<DataSource> {
        @Override
        public DataSource get() {
            return DriverDataSource.of(System.getProperty(URL), System.getProperty(USER), System.getProperty(PASSWORD));
        }
    }

    @AfterEach
    void clear() {
        for (String key : new String[] {URL, USER, PASSWORD, VERSIONS}) {
            System.clearProperty(key);
        }
    }

    private static Events run(Class<?> type) {
        return EngineTestKit.engine(GodwitTestEngine.ID).selectors(selectClass(type)).execute().allEvents();
    }

    private static void project(TestDb db, Path dir) throws Exception {
        System.setProperty(URL, db.url());
        System.setProperty(VERSIONS, dir.resolve("versions").toString());
        write(dir.resolve("versions"), "e1", null, "create users",
                "CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100));", "DROP TABLE users;");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.Kind.class)
    void aContainerPerClassAndATestPerCheck(TestDb.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDb db = TestDb.create(kind, dir)) {
            project(db, dir);
            write(dir.resolve("versions"), "e2", "e1", "lower emails", "ALTER TABLE users ADD COLUMN email_lower VARCHAR(100);",
                    "ALTER TABLE users DROP COLUMN email_lower;");
            write(dir.resolve("versions"), "e3", "e2", "seed", "INSERT INTO users (id, email) VALUES (99, 'x@y.z');", null);
            run(ByUrl.class).assertThatEvents()
                    .haveExactly(1, event(container(displayName("ByUrl")), finishedSuccessfully()))
                    .haveExactly(1, event(displayName("heads"), finishedSuccessfully()))
                    .haveExactly(1, event(displayName("e1 create users"), finishedSuccessfully()))
                    .haveExactly(1, event(displayName("e2 lower emails"), finishedSuccessfully()))
                    .haveExactly(1, event(displayName("e3 seed"), abortedWithReason(message(m -> m.contains("no downgrade")))));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.Kind.class)
    void aBrokenDowngradeFailsItsRevisionNamingWhatDiffers(TestDb.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDb db = TestDb.create(kind, dir)) {
            project(db, dir);
            write(dir.resolve("versions"), "e2", "e1", "index emails", "CREATE INDEX ix_users_email ON users (email);",
                    "SELECT 1;");
            Events events = run(ByUrl.class);
            events.assertThatEvents()
                    .haveExactly(1, event(displayName("e1 create users"), finishedSuccessfully()))
                    .haveExactly(1, event(displayName("e2 index emails"), finishedWithFailure(message(m ->
                            m.startsWith("revision e2: stairway failed") && m.contains("ix_users_email")))));
            assertEquals(1, events.failed().count(), "only e2's test fails, not its class");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.Kind.class)
    void aDataSourceSupplierReachesTheDatabase(TestDb.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDb db = TestDb.create(kind, dir)) {
            project(db, dir);
            System.setProperty(URL, db.bareUrl());
            if (db.user() != null) {
                System.setProperty(USER, db.user());
                System.setProperty(PASSWORD, db.password());
            }
            run(ByDataSource.class).assertThatEvents()
                    .haveExactly(1, event(displayName("heads"), finishedSuccessfully()))
                    .haveExactly(1, event(displayName("e1 create users"), finishedSuccessfully()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.Kind.class)
    void configuredHeadsPassAndOthersAreNamed(TestDb.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDb db = TestDb.create(kind, dir)) {
            project(db, dir);
            write(dir.resolve("versions"), "ha", "e1", "branch a", "CREATE TABLE a_items (id INTEGER);", "DROP TABLE a_items;");
            write(dir.resolve("versions"), "hb", "e1", "branch b", "CREATE TABLE b_items (id INTEGER);", "DROP TABLE b_items;");
            run(TwoHeads.class).assertThatEvents()
                    .haveExactly(1, event(displayName("heads"), finishedSuccessfully()))
                    .haveExactly(1, event(displayName("ha branch a"), finishedSuccessfully()))
                    .haveExactly(1, event(displayName("hb branch b"), finishedSuccessfully()));
            run(WrongHeads.class).assertThatEvents()
                    .haveExactly(1, event(displayName("heads"), finishedWithFailure(message(m ->
                            m.contains("unexpected head hb") && m.contains("missing head hc")))))
                    .haveExactly(1, event(displayName("ha branch a"), abortedWithReason(message(m -> m.contains("not run")))));
        }
    }

    @Test
    void anUnsetVariableFailsTheClassSayingWhich() {
        run(UnsetVariable.class).assertThatEvents()
                .haveExactly(1, event(container(displayName("UnsetVariable")), finishedWithFailure(message(m ->
                        m.contains("GODWIT_JUNIT_NO_SUCH_VARIABLE") && m.contains(UnsetVariable.class.getName())))));
    }

    @Test
    void aBadUrlFailsTheClassNamingTheAnnotationAndHidingThePassword() {
        run(UnknownDatabase.class).assertThatEvents()
                .haveExactly(1, event(container(displayName("UnknownDatabase")), finishedWithFailure(message(m ->
                        m.contains("oracle://scott:***@db.example.com/orcl") && !m.contains("tiger")
                                && m.contains("It came from the url of @GodwitMigrationTests on "
                                        + UnknownDatabase.class.getName())))));
    }

    @Test
    void aSupplierThatAbortsSkipsTheClass() {
        run(ServerMissing.class).assertThatEvents()
                .haveExactly(1, event(container(displayName("ServerMissing")), abortedWithReason(message("no server here"))));
    }

    @Test
    void onlyAnnotatedClassesAreDiscoveredAndAUniqueIdSelectsOne(@TempDir Path dir) throws Exception {
        EngineExecutionResults plain = EngineTestKit.engine(GodwitTestEngine.ID).selectors(selectClass(GodwitTestEngineTest.class))
                .execute();
        assertEquals(0, plain.containerEvents().started().count() - 1, "only the engine itself");
        System.setProperty(URL, "jdbc:sqlite:" + dir.resolve("app.db"));
        System.setProperty(VERSIONS, dir.resolve("versions").toString());
        write(dir.resolve("versions"), "e1", null, "create users", "CREATE TABLE users (id INTEGER);", "DROP TABLE users;");
        String id = "[engine:" + GodwitTestEngine.ID + "]/[migration-tests:" + ByUrl.class.getName() + "]";
        EngineTestKit.engine(GodwitTestEngine.ID).selectors(selectUniqueId(id)).execute().testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(2));
    }
}
