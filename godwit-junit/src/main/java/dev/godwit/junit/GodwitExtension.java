package dev.godwit.junit;

import dev.godwit.Godwit;
import dev.godwit.GodwitBuilder;
import dev.godwit.api.MigrationTestReport;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.extension.Extension;

/**
 * Migration tests in a project's own JUnit 5 suite, against the database server its tests use:
 *
 * <pre>{@code
 * @RegisterExtension
 * static GodwitExtension godwit = GodwitExtension.forUrl("jdbc:postgresql://localhost/app_test?user=app")
 *         .migrations(Path.of("src/main/resources/db/versions"));
 *
 * @TestFactory
 * Stream<DynamicTest> migrations() {
 *     return godwit.migrationTests();   // heads, one test per revision (the stairway), the model
 * }
 *
 * @Test
 * void fillsTheNewColumn() throws Exception {
 *     try (RevisionDatabase db = godwit.at("1a2b3c").withData("INSERT INTO users (id) VALUES (1)")) {
 *         db.upgrade("head");
 *         // assert on db.connection()
 *     }
 * }
 * }</pre>
 *
 * The migration tests ({@link #migrationTests()}) run on a scratch database made next to the
 * configured one and removed afterwards ({@link Godwit#test}); {@link #at} works on the configured
 * database itself, which should be the tests' own. For the migration tests alone, a class annotated
 * {@link GodwitMigrationTests} needs no code at all.
 */
public final class GodwitExtension implements Extension {
    private final String url;
    private final Path config;
    private final Path migrations;
    private final boolean requireDowngrades;
    private final List<String> heads;
    private final Supplier<? extends DataSource> dataSource;
    /** Where {@link #url} came from, for messages about it. */
    private final String urlSource;

    private GodwitExtension(String url, Path config, Path migrations, boolean requireDowngrades, List<String> heads,
                            Supplier<? extends DataSource> dataSource, String urlSource) {
        this.url = url;
        this.config = config;
        this.migrations = migrations;
        this.requireDowngrades = requireDowngrades;
        this.heads = List.copyOf(heads);
        this.dataSource = dataSource;
        this.urlSource = urlSource;
    }

    /**
     * The project whose database is {@code url} (a JDBC URL with its user and password, or any URL
     * godwit.toml accepts); the revisions are in {@code migrations/versions} unless
     * {@link #migrations} says otherwise.
     */
    public static GodwitExtension forUrl(String url) {
        return new GodwitExtension(url, null, null, false, List.of(), null, "GodwitExtension.forUrl(...)");
    }

    /** The project configured by {@code godwitToml} (its URL, revisions and model). */
    public static GodwitExtension forConfig(Path godwitToml) {
        return new GodwitExtension(null, godwitToml, null, false, List.of(), null, null);
    }

    /**
     * The project whose database is reached with a JDBC URL, a user and a password (each may be null),
     * kept apart: what a Testcontainers container started by the static initializer hands out,
     * {@code forJdbc(pg.getJdbcUrl(), pg.getUsername(), pg.getPassword())}.
     */
    public static GodwitExtension forJdbc(String jdbcUrl, String user, String password) {
        DriverDataSource source = DriverDataSource.of(jdbcUrl, user, password);
        return forDataSource(() -> source);
    }

    /**
     * {@link #forJdbc(String, String, String)} read when a test first needs the database, not when the
     * extension is made: for a container started later by its own extension,
     * {@code forJdbc(pg::getJdbcUrl, pg::getUsername, pg::getPassword)}.
     */
    public static GodwitExtension forJdbc(Supplier<String> jdbcUrl, Supplier<String> user, Supplier<String> password) {
        return forDataSource(() -> DriverDataSource.of(jdbcUrl.get(), user.get(), password.get()));
    }

    /** The project whose database is the one {@code source} reaches (the tests' own pool). */
    public static GodwitExtension forDataSource(DataSource source) {
        return forDataSource(() -> source);
    }

    static GodwitExtension forDataSource(Supplier<? extends DataSource> source) {
        return new GodwitExtension(null, null, null, false, List.of(), source, null);
    }

    /** The folder of the revision files, relative to the working directory. */
    public GodwitExtension migrations(Path folder) {
        return new GodwitExtension(url, config, folder, requireDowngrades, heads, dataSource, urlSource);
    }

    /** Whether a revision without a downgrade fails its test (by default it is reported as skipped). */
    public GodwitExtension requireDowngrades(boolean require) {
        return new GodwitExtension(url, config, migrations, require, heads, dataSource, urlSource);
    }

    /**
     * The heads the project intends, when it keeps several branches apart on purpose: the
     * {@code heads} test passes when the revision graph's heads are exactly these, and fails naming
     * the unexpected and the missing ones. By default the graph must have one head.
     */
    public GodwitExtension heads(String... expected) {
        return new GodwitExtension(url, config, migrations, requireDowngrades, List.of(expected), dataSource, urlSource);
    }

    /** This project with its database reached through {@code source} (wins over the URL). */
    GodwitExtension dataSource(Supplier<? extends DataSource> source) {
        return new GodwitExtension(url, config, migrations, requireDowngrades, heads, source, urlSource);
    }

    /** This project with the database URL {@code newUrl}, which came from {@code source}. */
    GodwitExtension url(String newUrl, String source) {
        return new GodwitExtension(newUrl, config, migrations, requireDowngrades, heads, dataSource, source);
    }

    /** A Godwit for this project, for anything else a test wants to do with it. */
    public Godwit godwit() {
        return godwit(b -> { });
    }

    Godwit godwit(Consumer<GodwitBuilder> more) {
        GodwitBuilder builder = Godwit.configure();
        if (config != null) {
            builder.configFile(config);
            Path dir = config.toAbsolutePath().getParent();
            if (dir != null) {
                builder.baseDirectory(dir);
            }
        }
        if (url != null) {
            builder.url(url).urlSourceLabel(urlSource);
        }
        if (dataSource != null) {
            builder.dataSource(dataSource.get());
        }
        if (migrations != null) {
            builder.migrations(migrations.toAbsolutePath());
        }
        builder.backup(false);
        more.accept(builder);
        return builder.load();
    }

    /**
     * Runs the migration test once, on a scratch database, and returns its checks as dynamic tests:
     * {@code heads}, one per revision ({@code <id> <message>}: passes when the stairway held, is
     * skipped when the revision has no downgrade or was not reached, fails naming the step and the
     * difference), and {@code model} when a model is configured. For a {@code @TestFactory}.
     */
    public Stream<DynamicTest> migrationTests() {
        return MigrationTests.of(report());
    }

    /** Runs the migration test once, on a scratch database. */
    MigrationTestReport report() {
        return godwit().test(requireDowngrades, heads);
    }

    /**
     * Starts a test from the configured database at {@code revision}: everything is downgraded to
     * base first, then upgraded to {@code revision}.
     */
    public Start at(String revision) {
        return new Start(this, revision);
    }

    /** The JDBC URL given to {@link #forUrl}, for the connections of {@link #at}; null with a DataSource. */
    String jdbcUrl() {
        if (dataSource != null) {
            return null;
        }
        if (url == null || !url.startsWith("jdbc:")) {
            throw new IllegalStateException("GodwitExtension.at needs the database as a JDBC URL or a DataSource:"
                    + " use forUrl(\"jdbc:...\"), forJdbc(url, user, password) or forDataSource(dataSource)");
        }
        return url;
    }

    /** A new connection to the tests' database, for {@link RevisionDatabase#connection()}. */
    Connection connect() throws SQLException {
        String jdbc = jdbcUrl();
        return jdbc != null ? DriverManager.getConnection(jdbc) : dataSource.get().getConnection();
    }

    /** A database about to be brought to a revision: {@link #withData} adds rows, {@link #open} opens it. */
    public static final class Start {
        private final GodwitExtension project;
        private final String revision;

        Start(GodwitExtension project, String revision) {
            this.project = project;
            this.revision = revision;
        }

        /** Brings the database to the revision and runs {@code statements} there (rows for a data migration). */
        public RevisionDatabase withData(String... statements) {
            return RevisionDatabase.open(project, revision, statements);
        }

        /** Brings the database to the revision, with no data. */
        public RevisionDatabase open() {
            return withData();
        }
    }
}
