package dev.godwit.spring.boot;

import static dev.godwit.spring.boot.RevisionFolder.BROKEN;
import static dev.godwit.spring.boot.RevisionFolder.CUSTOMERS;
import static dev.godwit.spring.boot.RevisionFolder.ORDERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.Godwit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code godwit} health indicator and Actuator endpoint in a real application on each database:
 * UP at the heads; DOWN with the pending revisions while one is pending (mode none); DOWN with the
 * failed run when a revision failed (and, on MariaDB, was left half applied); the endpoint shows the
 * current revisions, heads, pending ones and the audit history.
 */
class GodwitHealthIndicatorTest {
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
    void upAtTheHeadsDownWhileARevisionIsPendingOrFailed(String kind) {
        db = BootDb.create(kind, dir);
        RevisionFolder revisions = new RevisionFolder(dir);
        Map<String, String> props = Apps.with(db.properties(), "godwit.locations", revisions.location());
        try (ConfigurableApplicationContext app = Apps.start(props)) {
            Health health = health(app);
            assertEquals(Status.UP, health.getStatus());
            assertEquals(0, health.getDetails().get("pending"));
            assertEquals(List.of(CUSTOMERS), health.getDetails().get("current"));
            GodwitEndpoint.Report report = app.getBean(GodwitEndpoint.class).status();
            assertEquals(List.of(CUSTOMERS), report.current());
            assertEquals(List.of(CUSTOMERS), report.heads());
            assertTrue(report.upToDate());
            assertEquals(List.of(CUSTOMERS + " upgrade true"), history(report));
        }

        revisions.withOrders();
        try (ConfigurableApplicationContext app = Apps.start(Apps.with(props, "godwit.mode", "none"))) {
            Health health = health(app);
            assertEquals(Status.DOWN, health.getStatus());
            assertEquals(1, health.getDetails().get("pending"));
            assertEquals(List.of(ORDERS), health.getDetails().get("pendingRevisions"));
            assertEquals(List.of(CUSTOMERS), health.getDetails().get("current"));
            assertEquals(List.of(ORDERS), health.getDetails().get("heads"));
            assertFalse(health.getDetails().containsKey("failed"), health.getDetails()::toString);
            GodwitEndpoint.Report report = app.getBean(GodwitEndpoint.class).status();
            assertEquals(List.of(ORDERS), report.pendingRevisions());
            assertEquals(1, report.pending());
            assertFalse(report.upToDate());
        }

        revisions.withBroken();
        assertThrows(Exception.class, () -> Apps.start(props).close());
        assertEquals(kind.equals("mariadb"), db.hasTable("invoices"), "half applied only where DDL is not transactional");
        assertTrue(db.hasTable("orders"));
        try (ConfigurableApplicationContext app = Apps.start(Apps.with(props, "godwit.mode", "none"))) {
            Health health = health(app);
            assertEquals(Status.DOWN, health.getStatus());
            assertEquals(List.of(ORDERS), health.getDetails().get("current"));
            assertEquals(List.of(BROKEN), health.getDetails().get("pendingRevisions"));
            @SuppressWarnings("unchecked")
            Map<String, Object> failed = (Map<String, Object>) health.getDetails().get("failed");
            assertEquals(BROKEN, failed.get("revision"));
            assertEquals("upgrade", failed.get("action"));
            assertTrue(String.valueOf(failed.get("error")).startsWith("statement 2: "), failed::toString);
            GodwitEndpoint.Report report = app.getBean(GodwitEndpoint.class).status();
            assertEquals(List.of(BROKEN + " upgrade false", ORDERS + " upgrade true", CUSTOMERS + " upgrade true"),
                    history(report));
        }
    }

    @Test
    void downWithTheErrorCodeWhenTheStatusCannotBeRead() throws IOException {
        Path revisions = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(revisions.resolve("20261206_090000_aaaaaaaaaaaa_broken.sql"), "-- revision: aaaaaaaaaaaa\n"
                + "-- revises:\n-- message: no upgrade section\n\nCREATE TABLE t (id INTEGER);\n");
        Godwit godwit = Godwit.configure().baseDirectory(dir).url("sqlite:///health.db").migrations(revisions)
                .environmentVariables(java.util.Map.of()).load();
        Health health = new GodwitHealthIndicator(godwit).health();
        assertEquals(Status.DOWN, health.getStatus());
        assertEquals("BAD_REVISION_FILE", health.getDetails().get("code"));
    }

    private static Health health(ConfigurableApplicationContext app) {
        return app.getBean("godwitHealthIndicator", GodwitHealthIndicator.class).health();
    }

    private static List<String> history(GodwitEndpoint.Report report) {
        return report.history().stream().map(e -> e.revision() + " " + e.action() + " " + e.success()).toList();
    }
}
