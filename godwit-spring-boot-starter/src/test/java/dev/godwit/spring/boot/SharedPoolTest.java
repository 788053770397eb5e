package dev.godwit.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.godwit.Godwit;
import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.spring.boot.app.CustomerCounter;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Godwit borrows the application's own pool (HikariCP, as Spring Boot configures it): the upgrade at
 * start-up, the health indicator and the endpoint run through it, a pool of one connection is enough,
 * each connection comes back with the application's session (schema or database, lock timeouts,
 * autocommit), a pool with no free connection fails within its own timeout, and no password is printed.
 */
@ExtendWith(OutputCaptureExtension.class)
class SharedPoolTest {
    private static final String PASSWORD = "starterds-Secret-4711";
    @TempDir
    Path dir;
    private BootDb db;
    private String godwitSchema;

    @AfterEach
    void drop() {
        if (db != null) {
            if (godwitSchema != null) {
                db.dropNamespace(godwitSchema);
            }
            db.drop();
        }
    }

    /**
     * PostgreSQL and MariaDB: the application has its own {@code customers} (three rows) in its own
     * schema or database, and {@code godwit.schema} names another one; with one connection in the pool,
     * the application's queries after Godwit's run still land in the application's schema.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mariadb"})
    void aPoolOfOneConnectionIsEnoughAndComesBackWithTheApplicationsSession(String kind) {
        db = BootDb.create(kind, dir);
        Map<String, String> props = Apps.with(db.properties(), "spring.datasource.hikari.maximum-pool-size", "1");
        int appRows = 0;
        if (!kind.equals("sqlite")) {
            godwitSchema = db.schema() + "_gw";
            db.createSchema();
            db.execute("CREATE TABLE customers (id BIGINT NOT NULL, name VARCHAR(100) NOT NULL, PRIMARY KEY (id))");
            db.execute("INSERT INTO customers VALUES (1, 'a'), (2, 'b'), (3, 'c')");
            appRows = 3;
            props = Apps.with(props, "godwit.schema", godwitSchema);
        }
        String fresh = db.freshSession();
        try (ConfigurableApplicationContext app = Apps.start(props)) {
            assertEquals(appRows, app.getBean(CustomerCounter.class).countAtStartup(), "read in the application's schema");
            Godwit godwit = app.getBean(Godwit.class);
            assertEquals("dataSource", godwit.configuration().urlSource());
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertApplicationSession(jdbc, fresh, appRows);

            Health health = app.getBean("godwitHealthIndicator", GodwitHealthIndicator.class).health();
            assertEquals(Status.UP, health.getStatus(), health.getDetails()::toString);
            GodwitEndpoint.Report report = app.getBean(GodwitEndpoint.class).status();
            assertTrue(report.upToDate());
            assertEquals(1, report.history().size());
            assertApplicationSession(jdbc, fresh, appRows);

            HikariDataSource pool = app.getBean(HikariDataSource.class);
            assertEquals(1, pool.getHikariPoolMXBean().getTotalConnections());
            assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections(), "every connection was given back");
        }
        if (godwitSchema != null) {
            assertTrue(db.hasTable(godwitSchema, "godwit_version"), "Godwit's tables are in godwit.schema");
            assertTrue(db.hasTable(godwitSchema, "customers"), "the revision ran in godwit.schema");
            assertFalse(db.hasTable(db.schema(), "godwit_version"));
        } else {
            assertTrue(db.hasTable("godwit_version"));
        }
    }

    private void assertApplicationSession(JdbcTemplate jdbc, String fresh, int appRows) {
        assertEquals(fresh, jdbc.queryForObject(db.sessionSql(), String.class),
                "the pool's connection has the session a new connection has, not Godwit's");
        assertTrue(jdbc.execute((ConnectionCallback<Boolean>) Connection::getAutoCommit), "autocommit");
        assertEquals(appRows, jdbc.queryForObject("SELECT COUNT(*) FROM customers", Integer.class));
    }

    /**
     * While the application holds the pool's only connection, Godwit waits for one as long as the
     * pool's connection timeout, then fails with the pool's own words (its size); the health
     * indicator says DOWN with the code; once the connection is back, Godwit works again.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mariadb"})
    void aPoolWithNoFreeConnectionFailsWithinItsTimeoutNamingItsSize(String kind) throws Exception {
        db = BootDb.create(kind, dir);
        try (ConfigurableApplicationContext app = Apps.start(Apps.with(db.properties(),
                "spring.datasource.hikari.maximum-pool-size", "1", "spring.datasource.hikari.connection-timeout", "500"))) {
            Godwit godwit = app.getBean(Godwit.class);
            try (Connection held = app.getBean(HikariDataSource.class).getConnection()) {
                GodwitException e = assertThrows(GodwitException.class, godwit::current);
                assertEquals(ErrorCode.CONNECTION_FAILED, e.code());
                assertTrue(e.getMessage().contains("request timed out after ") && e.getMessage().contains("(total=1, active=1"), e.getMessage());
                assertTrue(e.getMessage().contains("room for Godwit's") && e.getMessage().contains(
                        "spring.datasource.hikari.maximum-pool-size"), e.getMessage());
                Health health = app.getBean("godwitHealthIndicator", GodwitHealthIndicator.class).health();
                assertEquals(Status.DOWN, health.getStatus());
                assertEquals("CONNECTION_FAILED", health.getDetails().get("code"));
            }
            assertTrue(godwit.current().upToDate());
        }
    }

    /**
     * SQLite's backup ({@code godwit.backup=true}) copies the database through a second connection
     * while the run holds the first: a pool of two runs it; a pool of one fails within the pool's
     * timeout, saying so, and runs nothing.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite"})
    void aSqliteBackupTakesASecondConnection(String kind, CapturedOutput output) {
        db = BootDb.create(kind, dir);
        Map<String, String> props = Apps.with(db.properties(), "godwit.backup", "true",
                "godwit.backup-dir", dir.resolve("backups").toString(),
                "spring.datasource.hikari.connection-timeout", "500", "spring.datasource.hikari.maximum-pool-size", "1");
        Exception e = assertThrows(Exception.class, () -> Apps.start(props).close());
        Throwable godwit = e;
        while (godwit != null && !(godwit instanceof GodwitException)) {
            godwit = godwit.getCause();
        }
        GodwitException cause = assertInstanceOf(GodwitException.class, godwit, e::toString);
        assertEquals(ErrorCode.CONNECTION_FAILED, cause.code());
        assertTrue(cause.getMessage().contains("(total=1, active=1") && cause.getMessage().contains("two while it backs up SQLite"),
                cause.getMessage());
        assertFalse(db.hasTable("customers"), "nothing ran");
        try (ConfigurableApplicationContext app = Apps.start(Apps.with(props, "spring.datasource.hikari.maximum-pool-size", "2"))) {
            assertTrue(app.getBean(Godwit.class).current().upToDate());
        }
        assertTrue(output.getAll().contains("Godwit: backup "), "the backup was taken");
    }

    /** The application's DataSource has a password (PostgreSQL's test server trusts; SQLite ignores it): no log line or report shows it. */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void thePasswordIsNeverPrinted(String kind, CapturedOutput output) {
        db = BootDb.create(kind, dir);
        Map<String, String> props = Apps.with(db.properties(), "spring.datasource.username", "postgres",
                "spring.datasource.password", PASSWORD);
        try (ConfigurableApplicationContext app = Apps.start(props)) {
            GodwitEndpoint.Report report = app.getBean(GodwitEndpoint.class).status();
            assertFalse(report.database().contains(PASSWORD), report.database());
            assertEquals("dataSource", app.getBean(Godwit.class).configuration().urlSource());
        }
        try (ConfigurableApplicationContext app = Apps.start(Apps.with(props, "godwit.user", "postgres",
                "godwit.password", PASSWORD))) {
            Godwit godwit = app.getBean(Godwit.class);
            assertEquals("spring", godwit.configuration().urlSource());
            assertFalse(godwit.current().database().contains(PASSWORD), godwit.current().database());
        }
        assertTrue(output.getAll().contains("Godwit: the database "), "the start-up log names the database");
        assertFalse(output.getAll().contains(PASSWORD), "the password is in the output");
    }
}
