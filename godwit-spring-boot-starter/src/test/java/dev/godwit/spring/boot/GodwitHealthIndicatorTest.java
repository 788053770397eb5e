package dev.godwit.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.Godwit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/** The {@code godwit} health indicator in a real application: UP once migrated, DOWN with a pending revision. */
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

    @Test
    void upAfterStartUpMigrationDownWhenARevisionIsPending() throws IOException {
        db = BootDb.create("sqlite", dir);
        Path revisions = Files.createDirectories(dir.resolve("revisions"));
        try (InputStream first = getClass().getResourceAsStream("/db/godwit/20261206_070000_5b1e2a3c4d5e_customers.sql")) {
            Files.copy(first, revisions.resolve("20261206_070000_5b1e2a3c4d5e_customers.sql"));
        }
        String locations = "filesystem:" + revisions;
        try (ConfigurableApplicationContext app = Apps.start(Apps.with(db.properties(), "godwit.locations", locations))) {
            Health health = app.getBean("godwitHealthIndicator", GodwitHealthIndicator.class).health();
            assertEquals(Status.UP, health.getStatus());
            assertEquals(0, health.getDetails().get("pending"));
            assertEquals(List.of("5b1e2a3c4d5e"), health.getDetails().get("current"));
        }
        Files.writeString(revisions.resolve("20261206_080000_7c2d3e4f5a6b_orders.sql"), """
                -- revision: 7c2d3e4f5a6b
                -- revises: 5b1e2a3c4d5e
                -- message: orders
                -- created: 2026-12-06T08:00:00Z

                -- +upgrade
                CREATE TABLE orders (id BIGINT NOT NULL, PRIMARY KEY (id));

                -- +downgrade
                DROP TABLE orders;
                """);
        try (ConfigurableApplicationContext app = Apps.start(Apps.with(db.properties(), "godwit.locations", locations,
                "godwit.mode", "none"))) {
            Health health = app.getBean("godwitHealthIndicator", GodwitHealthIndicator.class).health();
            assertEquals(Status.DOWN, health.getStatus());
            assertEquals(1, health.getDetails().get("pending"));
            assertEquals(List.of("5b1e2a3c4d5e"), health.getDetails().get("current"));
            assertEquals(List.of("7c2d3e4f5a6b"), health.getDetails().get("heads"));
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
}
