package dev.godwit.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.Godwit;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.sqlite.SQLiteDataSource;

/**
 * Where the starter finds the database besides spring.datasource.*: {@code godwit.url} with no
 * DataSource at all, and a DataSource bean of the application's own (borrowed from, named by its
 * connection metadata); and no database at all: no Godwit bean.
 */
class ConnectionSourcesTest {
    @TempDir
    Path dir;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(GodwitAutoConfiguration.class, GodwitEndpointAutoConfiguration.class));

    @Test
    void godwitUrlAloneIsEnough() {
        runner.withPropertyValues("godwit.url=jdbc:sqlite:" + dir.resolve("url.db")).run(context -> {
            assertTrue(context.getBean(Godwit.class).current().upToDate());
            assertEquals("jdbc:sqlite:" + dir.resolve("url.db"), context.getBean(Godwit.class).current().database());
        });
    }

    @Test
    void theActuatorEndpointSaysWhereTheDatabaseStands() {
        runner.withPropertyValues("godwit.url=jdbc:sqlite:" + dir.resolve("endpoint.db")).run(context -> {
            GodwitEndpoint.Report report = context.getBean(GodwitEndpoint.class).status();
            assertEquals(java.util.List.of("5b1e2a3c4d5e"), report.current());
            assertEquals(java.util.List.of("5b1e2a3c4d5e"), report.heads());
            assertEquals(0, report.pending());
            assertTrue(report.upToDate());
        });
    }

    @Test
    void anApplicationDataSourceIsBorrowedFrom() {
        runner.withUserConfiguration(OwnDataSource.class)
                .withPropertyValues("own.url=jdbc:sqlite:" + dir.resolve("own.db")).run(context -> {
                    assertTrue(context.getBean(Godwit.class).current().upToDate());
                    assertEquals("dataSource", context.getBean(Godwit.class).configuration().urlSource());
                    assertTrue(context.getBean(Godwit.class).current().database().endsWith("own.db"));
                });
    }

    @Test
    void aRelativeSqliteFileIsTheOneTheApplicationOpensInItsWorkingDirectory() {
        Path here = Path.of("").toAbsolutePath();
        assertEquals("jdbc:sqlite:" + here.resolve("shop.db"), ConnectionUrl.withCredentials("jdbc:sqlite:shop.db", null, null));
        assertEquals("jdbc:sqlite:" + here.resolve("data/shop.db") + "?journal_mode=WAL",
                ConnectionUrl.withCredentials("jdbc:sqlite:./data/shop.db?journal_mode=WAL", "sa", null));
        assertEquals("jdbc:sqlite:/srv/shop.db", ConnectionUrl.withCredentials("jdbc:sqlite:/srv/shop.db", null, null));
        assertEquals("jdbc:sqlite::memory:", ConnectionUrl.withCredentials("jdbc:sqlite::memory:", null, null));
    }

    @Test
    void blankGodwitUserAndPasswordAreUnsetAndTheDataSourceIsBorrowed() {
        runner.withUserConfiguration(OwnDataSource.class).withPropertyValues("own.url=jdbc:sqlite:" + dir.resolve("blank.db"),
                "godwit.user=", "godwit.password= ").run(context ->
                assertEquals("dataSource", context.getBean(Godwit.class).configuration().urlSource()));
    }

    @Test
    void withoutADatabaseThereIsNoGodwitBean() {
        runner.run(context -> assertEquals(0, context.getBeanNamesForType(Godwit.class).length));
    }

    @Test
    void godwitEnabledFalseTurnsTheStarterOff() {
        runner.withPropertyValues("godwit.enabled=false", "godwit.url=jdbc:sqlite:" + dir.resolve("off.db"))
                .run(context -> assertEquals(0, context.getBeanNamesForType(Godwit.class).length));
    }

    /** A DataSource the application builds itself, with no spring.datasource.url. */
    @Configuration(proxyBeanMethods = false)
    static class OwnDataSource {
        @Bean
        DataSource dataSource(org.springframework.core.env.Environment env) {
            SQLiteDataSource ds = new SQLiteDataSource();
            ds.setUrl(env.getProperty("own.url"));
            return ds;
        }
    }
}
