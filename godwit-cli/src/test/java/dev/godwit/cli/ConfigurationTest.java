package dev.godwit.cli;

import dev.godwit.GodwitBuilder;
import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.failed;
import static dev.godwit.cli.support.Checks.notContains;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.ConfigurationInfo;
import dev.godwit.Godwit;
import dev.godwit.api.GodwitException;
import dev.godwit.api.MigrationResult;
import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.Rev;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Where the URL comes from (--url, -e NAME, DATABASE_URL, godwit.toml, ${VAR:-default}), proven by
 * pointing every losing source at a database that cannot be reached; and what a bad URL, a wrong
 * user or password and a refused connection say, never showing the password.
 */
class ConfigurationTest {
    private static final String PASSWORD = "S3cr3tP4ss";
    private static final String UNSET = "GODWIT_E2E_SURELY_UNSET_VARIABLE";

    /** A URL of the same kind that cannot be connected to. */
    private static String unreachable(TestDatabase db, Path dir) {
        switch (db.kind()) {
            case SQLITE:
                return "sqlite:///" + dir.toAbsolutePath().resolve("no/such/folder/x.db");
            case POSTGRESQL:
                return "postgresql://" + db.user() + "@127.0.0.1:1/" + db.database();
            default:
                return "mariadb://" + db.user() + "@127.0.0.1:1/" + db.database();
        }
    }

    private static void project(TestDatabase db, Path dir) throws Exception {
        String bad = unreachable(db, dir);
        StringBuilder toml = new StringBuilder();
        toml.append("url = \"").append(bad).append("\"\n");
        if (db.schema() != null) {
            toml.append("schema = \"").append(db.schema()).append("\"\n");
        }
        toml.append("\n[environments.e2e]\nurl = \"").append(db.url()).append("\"\n");
        toml.append("\n[environments.broken]\nurl = \"").append(bad).append("\"\n");
        toml.append("\n[environments.fromvar]\nurl = \"${GODWIT_E2E_URL:-").append(bad).append("}\"\n");
        toml.append("\n[environments.fallback]\nurl = \"${").append(UNSET).append(":-").append(db.url()).append("}\"\n");
        toml.append("\n[environments.novar]\nurl = \"${").append(UNSET).append("}\"\n");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("godwit.toml"), toml.toString());
        Rev.of("k1").message("create k1").up("CREATE TABLE k1 (id INTEGER)").down("DROP TABLE k1").write(dir);
    }

    private static GodwitBuilder api(Path dir, Map<String, String> env) {
        return Godwit.configure().baseDirectory(dir).environmentVariables(env);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void urlPrecedenceThroughTheJavaApi(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            project(db, dir);
            String bad = unreachable(db, dir);

            // -e NAME beats DATABASE_URL (which points nowhere)
            Godwit env = api(dir, Map.of("DATABASE_URL", bad)).environment("e2e").load();
            ConfigurationInfo info = env.configuration();
            assertEquals("environment 'e2e' in godwit.toml", info.urlSource());
            assertEquals(db.url(), info.database());
            assertEquals("e2e", info.environment());
            MigrationResult up = env.upgrade("head");
            assertEquals(List.of("k1"), up.rowsAfter());
            assertEquals(List.of("k1"), db.versionRows("godwit_version"));

            // DATABASE_URL beats url in the file (which points nowhere)
            Godwit variable = api(dir, Map.of("DATABASE_URL", db.url())).load();
            assertEquals("DATABASE_URL", variable.configuration().urlSource());
            assertEquals(List.of("k1"), variable.current().current().stream().map(r -> r.id()).toList());

            // the URL given in code beats -e and DATABASE_URL
            Godwit explicit = api(dir, Map.of("DATABASE_URL", bad)).environment("broken").url(db.url())
                    .urlSourceLabel("--url").load();
            assertEquals("--url", explicit.configuration().urlSource());
            assertTrue(explicit.current().upToDate());

            // without any of them, the file's url is used, and it cannot be reached
            GodwitException e = assertThrows(GodwitException.class, () -> api(dir, Map.of()).load().current());
            assertTrue(e.getMessage().startsWith("Could not connect to "), e.getMessage());
            assertEquals("godwit.toml", api(dir, Map.of()).load().configuration().urlSource());
            // nor can the environment that names the same place, whatever DATABASE_URL says
            assertThrows(GodwitException.class,
                    () -> api(dir, Map.of("DATABASE_URL", db.url())).environment("broken").load().current());

            // ${VAR:-default}: the variable when set, the default when not
            Godwit fromVar = api(dir, Map.of("GODWIT_E2E_URL", db.url())).environment("fromvar").load();
            assertEquals(db.url(), fromVar.configuration().database());
            assertTrue(fromVar.current().upToDate());
            Godwit fallback = api(dir, Map.of()).environment("fallback").load();
            assertEquals(db.url(), fallback.configuration().database());
            assertTrue(fallback.current().upToDate());
            GodwitException unset = assertThrows(GodwitException.class,
                    () -> api(dir, Map.of()).environment("novar").load());
            contains(unset.getMessage(), "The environment variable " + UNSET + " is not set",
                    "environments.novar.url");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void urlPrecedenceOnTheCommandLine(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        assertNull(System.getenv(UNSET), UNSET + " must not be set for this test");
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            project(db, dir);

            Cli.Result r = ok(Cli.run(dir, "-e", "e2e", "upgrade"));
            contains(r.out(), "Running upgrade <base> -> k1");
            assertEquals(List.of("k1"), db.versionRows("godwit_version"));
            r = ok(Cli.run(dir, "-e", "e2e", "current", "--verbose"));
            contains(r.out(), "Database: " + db.url() + " (", "URL from: environment 'e2e' in godwit.toml\n",
                    "Environment: e2e\n", "Up to date.");

            r = ok(Cli.run(dir, "--environment", "broken", "--url", db.url(), "current", "--verbose"));
            contains(r.out(), "Database: " + db.url() + " (", "URL from: --url\n", "Environment: broken\n", "k1 (head)");

            r = ok(Cli.run(dir, "-e", "fallback", "current", "-v"));
            contains(r.out(), "Database: " + db.url() + " (", "URL from: environment 'fallback' in godwit.toml\n");

            r = failed(Cli.run(dir, "-e", "nosuch", "current"));
            contains(r.err(), "Unknown environment 'nosuch'", "defined: broken, e2e, fallback, fromvar, novar");
            r = failed(Cli.run(dir, "-e", "novar", "current"));
            contains(r.err(), "The environment variable " + UNSET + " is not set");

            if (System.getenv("DATABASE_URL") == null) {
                r = failed(Cli.run(dir, "current"));
                contains(r.err(), "Could not connect to " + unreachable(db, dir));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TestDatabase.Kind.class, names = {"POSTGRESQL", "MARIADB"})
    void aWrongUserOrPasswordIsReportedWithoutThePassword(TestDatabase.Kind kind, @TempDir Path dir)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            String scheme = kind == TestDatabase.Kind.POSTGRESQL ? "postgresql" : "mariadb";
            String where = "@" + db.host() + ":" + db.port() + "/" + db.database();
            String url = scheme + "://nosuchuser:" + PASSWORD + where;
            Files.createDirectories(Rev.versions(dir));

            Cli.Result r = failed(Cli.run(dir, "--url", url, "upgrade"));
            contains(r.err(), "ERROR: Could not connect to " + scheme + "://nosuchuser:***" + where + ": ",
                    "Check the user name and password");
            contains(r.err(), kind == TestDatabase.Kind.POSTGRESQL ? "role \"nosuchuser\" does not exist"
                    : "Access denied for user 'nosuchuser'");
            notContains(r.out() + r.err(), PASSWORD);

            Cli.Result debug = Cli.run(dir, "--debug", "--url", url, "current", "--verbose");
            assertNotEquals(0, debug.exit());
            contains(debug.err(), "\tat ");
            notContains(debug.out() + debug.err(), PASSWORD);

            // the same through user/password in godwit.toml
            Files.writeString(dir.resolve("godwit.toml"), "url = \"" + scheme + "://" + db.user() + where
                    + "\"\nuser = \"nosuchuser\"\npassword = \"${GODWIT_E2E_PW:-" + PASSWORD + "}\"\n");
            r = failed(Cli.run(dir, "current"));
            contains(r.err(), "Could not connect to " + scheme + "://nosuchuser:***" + where);
            notContains(r.out() + r.err(), PASSWORD);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void aRefusedConnectionGivesAHint(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        Files.createDirectories(Rev.versions(dir));
        Cli.Result r;
        switch (kind) {
            case SQLITE:
                String url = "sqlite:///" + dir.resolve("no/such/folder/x.db");
                r = failed(Cli.run(dir, "--url", url, "upgrade"));
                contains(r.err(), "ERROR: Could not connect to " + url + ": ", "unable to open database file");
                contains(r.err(), "Check that the folder " + dir.resolve("no/such/folder") + " exists and can be "
                        + "written to.");
                notContains(r.err(), "server");
                return;
            case POSTGRESQL:
                r = failed(Cli.run(dir, "--url", "postgresql://postgres:" + PASSWORD + "@127.0.0.1:1/test", "upgrade"));
                contains(r.err(), "ERROR: Could not connect to postgresql://postgres:***@127.0.0.1:1/test: ",
                        "refused");
                break;
            default:
                r = failed(Cli.run(dir, "--url", "mariadb://root:" + PASSWORD + "@127.0.0.1:1/test", "upgrade"));
                contains(r.err(), "ERROR: Could not connect to mariadb://root:***@127.0.0.1:1/test: ", "refused");
        }
        contains(r.err(), "Is the database server running and reachable at that host and port?");
        notContains(r.out() + r.err(), PASSWORD);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void anUnknownSchemeIsExplained(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            Files.createDirectories(Rev.versions(dir));
            db.writeConfig(dir);
            Cli.Result r = failed(Cli.run(dir, "--url", "oracle://scott:" + PASSWORD + "@db.example.com/orcl", "current"));
            contains(r.err(), "ERROR: The database URL 'oracle://scott:***@db.example.com/orcl' has an unknown scheme "
                    + "'oracle'. It came from the --url option.", "Accepted database URL forms:",
                    "postgresql://user:password@host[:port]/database");
            notContains(r.out() + r.err(), PASSWORD);

            Files.writeString(dir.resolve("godwit.toml"), "url = \"sqlserver://sa:" + PASSWORD + "@h/db\"\n");
            r = failed(Cli.run(dir, "upgrade"));
            contains(r.err(), "has an unknown scheme 'sqlserver'", "It came from key 'url' in "
                    + dir.resolve("godwit.toml"));
            notContains(r.out() + r.err(), PASSWORD);
        }
    }
}
