package dev.godwit.spring.boot;

import static dev.godwit.spring.boot.RevisionFolder.CUSTOMERS;
import static dev.godwit.spring.boot.RevisionFolder.ORDERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.Godwit;
import dev.godwit.spring.boot.app.CustomerCounter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code godwit.baseline-on-empty} and {@code godwit.baseline-revision}: a database whose tables exist
 * but that Godwit never managed is stamped (the version table and an audit row, no revision runs),
 * then upgraded from there; an empty database is simply upgraded from the base.
 */
class BaselineTest {
    private static final String HISTORY = "SELECT revision, action, success FROM godwit_history ORDER BY id";

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
    void anExistingDatabaseIsStampedAtTheFirstRevisionThenUpgraded(String kind) {
        db = existing(kind);
        RevisionFolder revisions = new RevisionFolder(dir).withOrders();
        try (ConfigurableApplicationContext app = Apps.start(Apps.with(db.properties(), "godwit.locations",
                revisions.location(), "godwit.baseline-on-empty", "true"))) {
            assertEquals(1, app.getBean(CustomerCounter.class).countAtStartup(), "the existing row is kept");
            assertTrue(app.getBean(Godwit.class).current().upToDate());
        }
        assertEquals(List.of(ORDERS), db.rows("SELECT version_num FROM godwit_version"));
        assertEquals(List.of(CUSTOMERS + "|stamp|" + bool(true), ORDERS + "|upgrade|" + bool(true)), db.rows(HISTORY));
        assertTrue(db.hasTable("orders"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mariadb"})
    void anEmptyDatabaseIsUpgradedFromTheBase(String kind) {
        db = BootDb.create(kind, dir);
        RevisionFolder revisions = new RevisionFolder(dir).withOrders();
        try (ConfigurableApplicationContext app = Apps.start(Apps.with(db.properties(), "godwit.locations",
                revisions.location(), "godwit.baseline-on-empty", "true", "godwit.baseline-revision", ORDERS))) {
            assertEquals(0, app.getBean(CustomerCounter.class).countAtStartup());
        }
        assertEquals(List.of(CUSTOMERS + "|upgrade|" + bool(true), ORDERS + "|upgrade|" + bool(true)), db.rows(HISTORY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mariadb"})
    void aBaselineRevisionAloneStampsThereInAProtectedEnvironment(String kind) {
        db = existing(kind);
        Map<String, String> props = Apps.with(db.properties(), "godwit.baseline-revision", CUSTOMERS,
                "godwit.confirm", "true", "godwit.confirmed-database", db.databaseName());
        try (ConfigurableApplicationContext app = Apps.start(props, StarterTest.Listening.class)) {
            assertEquals(1, app.getBean(CustomerCounter.class).countAtStartup());
            assertEquals(List.of(), app.getBean(StarterTest.Listening.class).events, "no revision ran");
        }
        assertEquals(List.of(CUSTOMERS), db.rows("SELECT version_num FROM godwit_version"));
        assertEquals(List.of(CUSTOMERS + "|stamp|" + bool(true)), db.rows(HISTORY));
    }

    /** A database with the customers table (and a row) but no version table, as before adopting Godwit. */
    private BootDb existing(String kind) {
        BootDb existing = BootDb.create(kind, dir);
        existing.createSchema();
        existing.execute("CREATE TABLE customers (id BIGINT NOT NULL, name VARCHAR(100) NOT NULL, PRIMARY KEY (id))");
        existing.execute("INSERT INTO customers VALUES (1, 'kept')");
        return existing;
    }

    /** How the database's driver reads the history's success column back as text. */
    private String bool(boolean value) {
        return switch (db.kind()) {
            case "postgres" -> value ? "t" : "f";
            default -> value ? "1" : "0";
        };
    }
}
