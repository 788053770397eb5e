package dev.godwit.spring.boot;

import static dev.godwit.spring.boot.RevisionFolder.CUSTOMERS;
import static dev.godwit.spring.boot.RevisionFolder.ORDERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

/**
 * {@code godwit.target} a revision behind the head: the upgrade stops there, and validate, the health
 * indicator and the endpoint judge "up to date" against it, with pending revisions counted to it.
 */
class GodwitTargetTest {
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
    void validateHealthAndTheEndpointJudgeByTheTarget(String kind) {
        db = BootDb.create(kind, dir);
        RevisionFolder revisions = new RevisionFolder(dir).withOrders();
        Map<String, String> atFirst = Apps.with(db.properties(), "godwit.locations", revisions.location(),
                "godwit.target", CUSTOMERS);

        Exception e = assertThrows(Exception.class, () -> Apps.start(Apps.with(atFirst, "godwit.mode", "validate")));
        GodwitNotUpToDateException behind = assertInstanceOf(GodwitNotUpToDateException.class,
                NestedExceptionUtils.getMostSpecificCause(e));
        assertEquals(List.of(CUSTOMERS), behind.pending(), "pending is counted to the target, not the head");
        assertTrue(behind.getMessage().contains("is behind godwit.target=" + CUSTOMERS + ": 1 revision(s) to apply ("
                + CUSTOMERS + ")"), behind::getMessage);

        try (ConfigurableApplicationContext app = Apps.start(atFirst)) {
            assertEquals(List.of(CUSTOMERS), db.rows("SELECT version_num FROM godwit_version"));
            assertFalse(db.hasTable("orders"));
            Health health = app.getBean(GodwitHealthIndicator.class).health();
            assertEquals(Status.UP, health.getStatus(), health.getDetails()::toString);
            assertEquals(CUSTOMERS, health.getDetails().get("target"));
            assertEquals(0, health.getDetails().get("pending"));
            assertEquals(List.of(ORDERS), health.getDetails().get("heads"));
            GodwitEndpoint.Report report = app.getBean(GodwitEndpoint.class).status();
            assertEquals(CUSTOMERS, report.target());
            assertEquals(List.of(CUSTOMERS), report.current());
            assertEquals(List.of(ORDERS), report.heads());
            assertEquals(0, report.pending());
            assertTrue(report.upToDate());
        }
        try (ConfigurableApplicationContext app = Apps.start(Apps.with(atFirst, "godwit.mode", "validate"))) {
            assertTrue(app.getBean(GodwitEndpoint.class).status().upToDate());
        }

        Map<String, String> atHeads = Apps.with(atFirst, "godwit.target", "heads");
        Exception toHeads = assertThrows(Exception.class, () -> Apps.start(Apps.with(atHeads, "godwit.mode", "validate")));
        assertEquals(List.of(ORDERS), assertInstanceOf(GodwitNotUpToDateException.class,
                NestedExceptionUtils.getMostSpecificCause(toHeads)).pending());
        try (ConfigurableApplicationContext app = Apps.start(Apps.with(atHeads, "godwit.mode", "none"))) {
            Health health = app.getBean(GodwitHealthIndicator.class).health();
            assertEquals(Status.DOWN, health.getStatus());
            assertEquals(List.of(ORDERS), health.getDetails().get("pendingRevisions"));
        }
    }
}
