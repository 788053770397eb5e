package dev.godwit.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.Godwit;
import dev.godwit.api.Direction;
import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.MigrationListener;
import dev.godwit.api.RevisionInfo;
import dev.godwit.api.RevisionRun;
import dev.godwit.spring.boot.app.CustomerCounter;
import java.nio.file.Path;
import java.util.List;
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
 * The starter in a real Spring Boot application on each database: the upgrade runs at start-up
 * before JdbcTemplate and Hibernate use the DataSource, the protected-environment policy, the
 * validate and migrate-and-exit modes, listeners and a replaced strategy.
 */
class StarterTest {
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
    void upgradesBeforeJdbcAndHibernateOnAnEmptyDatabase(String kind) {
        // ddl-auto=validate passes on the first start, and CustomerCounter's @PostConstruct reads the table.
        db = BootDb.create(kind, dir);
        try (ConfigurableApplicationContext app = Apps.start(Apps.with(db.properties(),
                "spring.jpa.hibernate.ddl-auto", "validate"))) {
            assertEquals(0, app.getBean(CustomerCounter.class).countAtStartup());
            assertTrue(app.getBean(Godwit.class).current().upToDate());
            jakarta.persistence.EntityManagerFactory jpa = app.getBean(jakarta.persistence.EntityManagerFactory.class);
            try (jakarta.persistence.EntityManager em = jpa.createEntityManager()) {
                assertEquals(0L, em.createQuery("SELECT COUNT(c) FROM Customer c", Long.class).getSingleResult());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mariadb"})
    void aProtectedEnvironmentWithoutConfirmationRefusesToStart(String kind) {
        db = BootDb.create(kind, dir);
        Exception e = assertThrows(Exception.class, () -> Apps.start(Apps.with(db.properties(), "godwit.confirm", "true")));
        GodwitException cause = assertInstanceOf(GodwitException.class, NestedExceptionUtils.getMostSpecificCause(e));
        assertEquals(ErrorCode.CONFIRMATION_REQUIRED, cause.code());
        try (ConfigurableApplicationContext app = Apps.start(Apps.with(db.properties(), "godwit.confirm", "true",
                "godwit.confirmed-database", db.databaseName()))) {
            assertEquals(0, app.getBean(CustomerCounter.class).countAtStartup());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mariadb"})
    void validateRefusesABehindDatabaseAndStartsOnAnUpToDateOne(String kind) {
        db = BootDb.create(kind, dir);
        Exception e = assertThrows(Exception.class, () -> Apps.start(Apps.with(db.properties(), "godwit.mode", "validate")));
        GodwitNotUpToDateException behind = assertInstanceOf(GodwitNotUpToDateException.class,
                NestedExceptionUtils.getMostSpecificCause(e));
        assertEquals(1, behind.status().pending());
        Apps.start(db.properties()).close();
        try (ConfigurableApplicationContext app = Apps.start(Apps.with(db.properties(), "godwit.mode", "validate"))) {
            assertEquals(0, app.getBean(CustomerCounter.class).countAtStartup());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mariadb"})
    void migrateAndExitRunsTheUpgradeThenExitsWithItsStatus(String kind) {
        db = BootDb.create(kind, dir);
        ExitRecorder.STATUSES.clear();
        try (ConfigurableApplicationContext app = Apps.start(Apps.with(db.properties(), "godwit.mode", "migrate-and-exit"),
                ExitRecorder.class)) {
            assertEquals(List.of(0), ExitRecorder.STATUSES);
            assertTrue(app.getBean(Godwit.class).current().upToDate());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite"})
    void listenersHearEachRevisionAndAStrategyReplacesTheUpgrade(String kind) {
        db = BootDb.create(kind, dir);
        try (ConfigurableApplicationContext app = Apps.start(db.properties(), Listening.class)) {
            assertEquals(List.of("starting 5b1e2a3c4d5e UPGRADE", "finished 5b1e2a3c4d5e"), app.getBean(Listening.class).events);
        }
        try (ConfigurableApplicationContext app = Apps.start(Apps.with(db.properties(), "godwit.mode", "none"))) {
            app.getBean(Godwit.class).downgrade("base");
        }
        Exception e = assertThrows(Exception.class, () -> Apps.start(db.properties(), NoUpgrade.class));
        assertTrue(NestedExceptionUtils.getMostSpecificCause(e).getMessage().contains("customers"), e::toString);
        try (ConfigurableApplicationContext app = Apps.start(Apps.with(db.properties(), "godwit.mode", "none",
                "spring.main.lazy-initialization", "true"))) {
            assertFalse(app.getBean(Godwit.class).current().upToDate());
        }
    }

    /** Records migrate-and-exit's status instead of exiting the test's JVM. */
    @Configuration(proxyBeanMethods = false)
    static class ExitRecorder {
        static final List<Integer> STATUSES = new CopyOnWriteArrayList<>();

        @Bean
        GodwitExit recordingExit() {
            return (context, status) -> STATUSES.add(status);
        }
    }

    /** A before/after-revision callback. */
    @Configuration(proxyBeanMethods = false)
    static class Listening implements MigrationListener {
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void starting(RevisionInfo revision, Direction direction) {
            events.add("starting " + revision.id() + " " + direction);
        }

        @Override
        public void finished(RevisionRun run) {
            events.add("finished " + run.revision().id());
        }
    }

    /** A strategy that runs nothing: the JdbcTemplate user then finds no table. */
    @Configuration(proxyBeanMethods = false)
    static class NoUpgrade {
        @Bean
        GodwitMigrationStrategy nothing() {
            return (godwit, target) -> { };
        }
    }
}
