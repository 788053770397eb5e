package com.example.shop;

import dev.godwit.junit.DriverDataSource;
import dev.godwit.testsupport.TestServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.opentest4j.TestAbortedException;

/**
 * The suite's database servers as DataSources, for {@code @GodwitMigrationTests(dataSource = ...)}:
 * the servers GODWIT_TEST_PG_URL and GODWIT_TEST_MYSQL_URL name, by default the local ones. A
 * Testcontainers container would be handed over the same way:
 * {@code DriverDataSource.of(container.getJdbcUrl(), container.getUsername(), container.getPassword())}.
 * A server that cannot be reached fails the class under CI, and skips it elsewhere.
 */
final class TestServers {

    private TestServers() {
    }

    /** The PostgreSQL test server's database. */
    static final class Postgres implements Supplier<DataSource> {
        @Override
        public DataSource get() {
            TestServer server = TestServer.postgres();
            return reachable("PostgreSQL", "jdbc:postgresql://" + server.host() + ":" + server.port() + "/"
                    + server.database(), server);
        }
    }

    /** The MariaDB test server's database. */
    static final class MariaDb implements Supplier<DataSource> {
        @Override
        public DataSource get() {
            TestServer server = TestServer.mariadb();
            return reachable("MariaDB", "jdbc:mariadb://" + server.host() + ":" + server.port() + "/"
                    + server.database(), server);
        }
    }

    private static DataSource reachable(String name, String url, TestServer server) {
        DataSource source = DriverDataSource.of(url, server.user(), server.password().isEmpty() ? null : server.password());
        try (Connection connection = source.getConnection()) {
            return source;
        } catch (SQLException e) {
            String problem = name + " is not reachable at " + source + ": " + e.getMessage();
            if (TestServer.ci()) {
                throw new IllegalStateException("CI is set and " + problem, e);
            }
            System.err.println("WARNING: " + problem + ": its migration tests are skipped");
            throw new TestAbortedException(problem);
        }
    }
}
