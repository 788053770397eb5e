package dev.godwit.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.Direction;
import dev.godwit.api.MigrationListener;
import dev.godwit.api.RevisionInfo;
import dev.godwit.spring.boot.app.CustomerCounter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * Two instances of the application starting at once on one database: one runs the revision while
 * the other waits on Godwit's run lock, then finds nothing left to run; both start, and the version
 * and history tables show the revision applied once.
 */
class ConcurrentStartTest {
    static volatile CountDownLatch RUNNING;
    static volatile CountDownLatch RELEASE;
    static final List<String> EVENTS = java.util.Collections.synchronizedList(new ArrayList<>());

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
    @ValueSource(strings = {"postgres", "mariadb"})
    void oneMigratesTheOtherWaitsOnTheLock(String kind) throws Exception {
        db = BootDb.create(kind, dir);
        RUNNING = new CountDownLatch(1);
        RELEASE = new CountDownLatch(1);
        EVENTS.clear();
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> count(Slow.class));
        assertTrue(RUNNING.await(60, TimeUnit.SECONDS), "the first start never ran its revision");
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> count(Waiting.class));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!EVENTS.contains("waiting") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        RELEASE.countDown();
        assertEquals(0, first.get(60, TimeUnit.SECONDS));
        assertEquals(0, second.get(60, TimeUnit.SECONDS));
        assertEquals(List.of("starting", "waiting"), EVENTS.subList(0, 2));
        assertEquals(1, EVENTS.stream().filter("starting"::equals).count(), EVENTS::toString);
        assertEquals(List.of("5b1e2a3c4d5e"), db.rows("SELECT version_num FROM godwit_version"));
        assertEquals(List.of("5b1e2a3c4d5e|upgrade"), db.rows("SELECT revision, action FROM godwit_history"),
                "the revision ran once");
    }

    private Integer count(Class<?> listener) {
        try (ConfigurableApplicationContext app = Apps.start(Apps.with(db.properties(), "godwit.lock-timeout", "60s",
                "spring.jpa.hibernate.ddl-auto", "validate"), listener)) {
            return app.getBean(CustomerCounter.class).countAtStartup();
        }
    }

    /** Holds its revision until the other start waits on the lock. */
    @Configuration(proxyBeanMethods = false)
    static class Slow implements MigrationListener {
        @Override
        public void starting(RevisionInfo revision, Direction direction) {
            EVENTS.add("starting");
            RUNNING.countDown();
            try {
                RELEASE.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Notes that it waits, and whether it ran anything. */
    @Configuration(proxyBeanMethods = false)
    static class Waiting implements MigrationListener {
        @Override
        public void waitingForLock(String holder, Duration timeout) {
            EVENTS.add("waiting");
        }

        @Override
        public void starting(RevisionInfo revision, Direction direction) {
            EVENTS.add("starting");
        }
    }
}
