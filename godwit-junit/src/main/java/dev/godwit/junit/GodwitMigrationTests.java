package dev.godwit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Runs Godwit's migration checks as tests of the annotated class: a test named {@code heads}, one
 * per revision ({@code <id> <message>}: upgrade, downgrade, upgrade again, and the downgrade
 * restores the schema), and {@code model} when a model is configured; each fails naming the
 * revision, the step and what broke. They run once, on a scratch database made next to the
 * configured one (a temporary SQLite file, a PostgreSQL schema, a MariaDB database) and removed
 * afterwards. The class needs no body:
 *
 * <pre>{@code
 * @GodwitMigrationTests(config = "godwit.toml", url = "${TEST_DATABASE_URL:-jdbc:sqlite:target/test.db}")
 * class MigrationsTest {
 * }
 * }</pre>
 *
 * The tests are found and run by Godwit's own JUnit Platform engine ({@code godwit-migration-tests}),
 * which comes with godwit-junit: Maven Surefire and Gradle run it beside JUnit Jupiter, on the
 * classes they would run anyway (name the class {@code *Test} or {@code *Tests}).
 *
 * <p>Values of {@link #config}, {@link #url} and {@link #migrations} may hold {@code ${NAME}} or
 * {@code ${NAME:-default}}: the system property NAME, else the environment variable NAME, else the
 * default (a blank value counts as unset).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface GodwitMigrationTests {

    /** The godwit.toml, relative to the working directory (empty: godwit.toml there, when there is one). */
    String config() default "";

    /** The database URL (JDBC, or any form godwit.toml accepts); wins over the configuration's. */
    String url() default "";

    /** The folder of the revision files, relative to the working directory; wins over the configuration's. */
    String migrations() default "";

    /**
     * The heads the project intends, when it keeps several branches apart on purpose; empty: the
     * graph must have one head.
     */
    String[] heads() default {};

    /** Whether a revision without a downgrade fails its test (otherwise it is reported as skipped). */
    boolean requireDowngrades() default false;

    /**
     * A class with a no-argument constructor that hands out the tests' DataSource (wins over
     * {@link #url}): the application's pool, or {@link DriverDataSource#of} for a container's
     * {@code getJdbcUrl()}, {@code getUsername()}, {@code getPassword()}.
     */
    Class<? extends Supplier<? extends DataSource>> dataSource() default NoDataSource.class;

    /** The default of {@link #dataSource()}: none. */
    final class NoDataSource implements Supplier<DataSource> {
        private NoDataSource() {
        }

        @Override
        public DataSource get() {
            return null;
        }
    }
}
