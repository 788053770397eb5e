package dev.godwit.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.godwit.Godwit;
import dev.godwit.spring.boot.app.CustomerCounter;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/**
 * What wins over the application's pool: {@code godwit.url} (with {@code godwit.user} and
 * {@code godwit.password}), {@code godwit.user} alone (the application's database as another user),
 * and a {@link GodwitDataSource} bean, a pool of Godwit's own beside the application's.
 */
class DedicatedConnectionTest {
    @TempDir
    Path dir;
    private BootDb db;
    private static BootDb other;

    @AfterEach
    void drop() {
        if (db != null) {
            db.drop();
        }
        if (other != null) {
            other.drop();
            other = null;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mariadb"})
    void godwitUrlAndGodwitUserOpenConnectionsOfGodwitsOwn(String kind) {
        db = BootDb.create(kind, dir);
        String url = db.url();
        try (ConfigurableApplicationContext app = Apps.start(Apps.with(db.properties(), "godwit.url", url,
                "godwit.user", db.user() == null ? "" : db.user(), "godwit.password", db.password() == null ? "" : db.password()))) {
            Godwit godwit = app.getBean(Godwit.class);
            assertEquals("spring", godwit.configuration().urlSource(), "a URL, not the DataSource");
            assertEquals(0, app.getBean(CustomerCounter.class).countAtStartup());
            assertEquals(0, app.getBean(HikariDataSource.class).getHikariPoolMXBean().getActiveConnections());
        }
        try (ConfigurableApplicationContext app = Apps.start(Apps.with(db.properties(), "godwit.user",
                db.user() == null ? "sa" : db.user()))) {
            Godwit godwit = app.getBean(Godwit.class);
            assertEquals("spring", godwit.configuration().urlSource());
            assertTrue(godwit.current().database().contains(kind.equals("sqlite") ? "app.db" : db.schema()),
                    godwit.current().database());
            assertTrue(godwit.current().upToDate());
        }
        assertTrue(db.hasTable("godwit_version"));
    }

    /**
     * A {@code @GodwitDataSource} bean reaching another database (schema) than the application's
     * {@code @Primary} one: Godwit's tables and the revision land there, the application's DataSource
     * is not touched by Godwit.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mariadb"})
    void aGodwitDataSourceBeanIsBorrowedInsteadOfTheApplicationsOne(String kind) throws java.io.IOException {
        db = BootDb.create(kind, dir);
        other = BootDb.create(kind, java.nio.file.Files.createDirectories(dir.resolve("other")));
        db.createSchema();
        other.createSchema();
        db.execute("CREATE TABLE customers (id BIGINT NOT NULL, name VARCHAR(100) NOT NULL, PRIMARY KEY (id))");
        java.util.Map<String, String> props = Apps.with(db.properties(), "other.url", other.url(),
                "other.user", other.user() == null ? "" : other.user());
        props.remove("godwit.schema");
        try (ConfigurableApplicationContext app = Apps.start(props, TwoPools.class)) {
            Godwit godwit = app.getBean(Godwit.class);
            assertEquals("dataSource", godwit.configuration().urlSource());
            assertTrue(godwit.current().upToDate());
            assertEquals(0, app.getBean(CustomerCounter.class).countAtStartup());
        }
        assertTrue(other.hasTable("godwit_version"), "Godwit's tables are in the @GodwitDataSource's database");
        assertTrue(other.hasTable("customers"));
        assertFalse(db.hasTable("godwit_version"), "nothing of Godwit's in the application's database");
    }

    /** The application's pool ({@code spring.datasource.*}, primary) and a pool of Godwit's own ({@code other.*}). */
    @Configuration(proxyBeanMethods = false)
    static class TwoPools {
        @Bean
        @Primary
        HikariDataSource dataSource(DataSourceProperties properties) {
            return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        }

        @Bean
        @GodwitDataSource
        DataSource godwitDataSource(Environment env) {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(env.getProperty("other.url"));
            String user = env.getProperty("other.user");
            if (user != null && !user.isEmpty()) {
                pool.setUsername(user);
            }
            pool.setMaximumPoolSize(1);
            return pool;
        }
    }
}
