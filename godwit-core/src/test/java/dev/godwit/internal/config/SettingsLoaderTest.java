package dev.godwit.internal.config;

import dev.godwit.spi.ModelOptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.GodwitException;
import dev.godwit.internal.config.SettingsLoader.LoadRequest;
import dev.godwit.internal.dialect.DialectKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsLoaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    private Settings load(Map<String, String> env) {
        return SettingsLoader.load(LoadRequest.of(dir, env));
    }

    private Settings load(String environment, String urlOverride, Map<String, String> env) {
        return SettingsLoader.load(new LoadRequest(dir, null, environment, urlOverride, env));
    }

    private GodwitException fails(Map<String, String> env) {
        return assertThrows(GodwitException.class, () -> load(env));
    }

    private static void assertContains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), "expected '" + part + "' in: " + text);
        }
    }

    // ------------------------------------------------------------ no file

    @Test
    void noConfigFileGivesDefaults() {
        Settings s = load(Map.of());
        assertEquals(Settings.defaults(dir), s);
        assertNull(s.configFile());
        assertEquals("default", s.urlSource());
        assertEquals("jdbc:sqlite:" + dir.resolve("godwit.db"), s.url().jdbcUrl());
        assertEquals(dir.resolve("migrations/versions"), s.migrations());
        assertEquals(Duration.ofSeconds(60), s.lockTimeout());
    }

    @Test
    void timeoutsDefaultAndAreConfigurablePerEnvironment() throws IOException {
        assertEquals(new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(10)), load(Map.of()).timeouts());
        write("godwit.toml", "connect_timeout = 3\nstatement_lock_timeout = \"1m\"\n"
                + "[environments.prod]\nconnect_timeout = \"500ms\"\nstatement_lock_timeout = 0\n");
        assertEquals(new Timeouts(Duration.ofSeconds(3), Duration.ofMinutes(1)), load(Map.of()).timeouts());
        Settings prod = SettingsLoader.load(new LoadRequest(dir, null, "prod", null, Map.of()));
        assertEquals(new Timeouts(Duration.ofMillis(500), Duration.ZERO), prod.timeouts());
    }

    @Test
    void modelOptionsOfAJpaModel() throws IOException {
        assertEquals(ModelOptions.NONE, load(Map.of()).modelOptions());
        write("godwit.toml", "model = \"jpa:com.example.model\"\n"
                + "classpath = [\"target/classes\", \"target/dependency/*.jar\"]\n"
                + "jpa_physical_naming = \"spring\"\njpa_implicit_naming = \"spring\"\n");
        Settings s = load(Map.of());
        assertEquals("jpa:com.example.model", s.model());
        assertEquals(new ModelOptions(List.of("target/classes", "target/dependency/*.jar"), "spring", "spring"),
                s.modelOptions());
        assertEquals(s.modelOptions(), s.withModel("schema").withUrl("sqlite:///x.db").modelOptions());
    }

    @Test
    void negativeTimeoutsAreRejected() throws IOException {
        write("godwit.toml", "connect_timeout = -1\n");
        GodwitException e = fails(Map.of());
        assertContains(e.getMessage(), "connect_timeout", "negative");
        assertContains(e.hint(), "connect_timeout = 60");
    }

    @Test
    void anEmptyDeviceIsAnEmptyConfigFile() {
        Settings s = SettingsLoader.load(new LoadRequest(dir, Path.of("/dev/null"), null, null, Map.of()));
        assertEquals(Path.of("/dev/null"), s.configFile());
        assertEquals(Settings.DEFAULT_LOCK_TIMEOUT, s.lockTimeout());
    }

    @Test
    void emptyConfigFileGivesDefaults() throws IOException {
        Path file = write("godwit.toml", "");
        Settings s = load(Map.of());
        assertEquals(file, s.configFile());
        assertEquals(Settings.defaults(dir).migrations(), s.migrations());
        assertEquals("default", s.urlSource());
    }

    @Test
    void explicitConfigFileMissing() {
        GodwitException e = assertThrows(GodwitException.class,
                () -> SettingsLoader.load(new LoadRequest(dir, Path.of("nope.toml"), null, null, Map.of())));
        assertContains(e.getMessage(), dir.resolve("nope.toml").toString(), "does not exist");
    }

    @Test
    void explicitConfigFileIsAFolder() {
        GodwitException e = assertThrows(GodwitException.class,
                () -> SettingsLoader.load(new LoadRequest(dir, dir, null, null, Map.of())));
        assertContains(e.getMessage(), "is a folder");
    }

    @Test
    void explicitConfigFileRelativeToBaseDir() throws IOException {
        Path file = write("conf/ci.toml", "version_table = \"ci_version\"\nurl = \"sqlite:///ci.db\"\n");
        Settings s = SettingsLoader.load(new LoadRequest(dir, Path.of("conf/ci.toml"), null, null, Map.of()));
        assertEquals(file, s.configFile());
        assertEquals("ci_version", s.versionTable());
        assertEquals("ci.toml", s.urlSource());
    }

    // ------------------------------------------------------------ every key

    @Test
    void everyTopLevelKey() throws IOException {
        write("godwit.toml", String.join("\n",
                "url = \"postgres://app@db/app\"",
                "user = \"owner\"",
                "password = \"s3cret\"",
                "migrations = \"db/revisions\"",
                "file_template = \"{rev}_{slug}\"",
                "version_table = \"v\"",
                "history_table = \"h\"",
                "schema = \"ops\"",
                "lock_timeout = 5",
                "confirm = true",
                "backup = true",
                "backup_dir = \"/var/backups/app\"",
                "model = \"schema.sql\"",
                "dev_url = \"postgres://dev:devpw@localhost/dev\"",
                "exclude_tables = [\"spatial_ref_sys\", \"audit_log\"]",
                ""));
        Settings s = load(Map.of());
        assertEquals(DialectKind.POSTGRESQL, s.url().kind());
        assertEquals("owner", s.url().user());
        assertEquals("s3cret", s.url().password());
        assertEquals(dir.resolve("db/revisions"), s.migrations());
        assertEquals("{rev}_{slug}", s.fileTemplate());
        assertEquals("v", s.versionTable());
        assertEquals("h", s.historyTable());
        assertEquals("ops", s.schema());
        assertEquals(Duration.ofSeconds(5), s.lockTimeout());
        assertTrue(s.confirm());
        assertTrue(s.backup());
        assertEquals(Path.of("/var/backups/app"), s.backupDir());
        assertEquals("schema.sql", s.model());
        assertEquals("postgres://dev:devpw@localhost/dev", s.devUrl());
        assertEquals(List.of("spatial_ref_sys", "audit_log"), s.excludeTables());
        assertFalse(s.toString().contains("s3cret"), s.toString());
        assertFalse(s.toString().contains("devpw"), s.toString());
    }

    @Test
    void environmentOverridesKeysAndKeepsTheRest() throws IOException {
        write("godwit.toml", String.join("\n",
                "version_table = \"v\"",
                "schema = \"top\"",
                "confirm = false",
                "[environments.production]",
                "schema = \"prod\"",
                "confirm = true",
                ""));
        Settings s = load("production", null, Map.of());
        assertEquals("production", s.environment());
        assertEquals("v", s.versionTable());
        assertEquals("prod", s.schema());
        assertTrue(s.confirm());
        Settings plain = load(Map.of());
        assertNull(plain.environment());
        assertEquals("top", plain.schema());
        assertFalse(plain.confirm());
    }

    @Test
    void blankOptionalStringsAreUnset() throws IOException {
        write("godwit.toml", "schema = \"${S:-}\"\nmodel = \"\"\nuser = \"\"\n");
        Settings s = load(Map.of());
        assertNull(s.schema());
        assertNull(s.model());
        assertNull(s.url().user());
    }

    @Test
    void blankRequiredStringIsAnError() throws IOException {
        write("godwit.toml", "\nversion_table = \"  \"\n");
        GodwitException e = fails(Map.of());
        assertContains(e.getMessage(), "'version_table'", "line 2", "empty");
    }

    // ------------------------------------------------------------ URL precedence

    private static final String OVERRIDE = "postgres://o@override/odb";
    private static final String ENV_URL = "postgres://e@envhost/edb";
    private static final String VARIABLE = "postgres://d@varhost/ddb";
    private static final String TOP = "postgres://t@tophost/tdb";

    /** Every combination of the four URL sources, with and without an environment chosen. */
    @Test
    void urlPrecedenceInEveryCombination() throws IOException {
        for (int mask = 0; mask < 32; mask++) {
            boolean override = (mask & 1) != 0;
            boolean envUrl = (mask & 2) != 0;
            boolean variable = (mask & 4) != 0;
            boolean top = (mask & 8) != 0;
            boolean chooseEnv = (mask & 16) != 0;
            StringBuilder toml = new StringBuilder();
            if (top) {
                toml.append("url = \"").append(TOP).append("\"\n");
            }
            toml.append("[environments.production]\n");
            if (envUrl) {
                toml.append("url = \"").append(ENV_URL).append("\"\n");
            }
            toml.append("confirm = true\n");
            write("godwit.toml", toml.toString());
            Map<String, String> env = variable ? Map.of("DATABASE_URL", VARIABLE) : Map.of();
            Settings s = load(chooseEnv ? "production" : null, override ? OVERRIDE : null, env);

            String expectedSource;
            String expectedUser;
            if (override) {
                expectedSource = "--url";
                expectedUser = "o";
            } else if (envUrl && chooseEnv) {
                expectedSource = "environment 'production' in godwit.toml";
                expectedUser = "e";
            } else if (variable) {
                expectedSource = "DATABASE_URL";
                expectedUser = "d";
            } else if (top) {
                expectedSource = "godwit.toml";
                expectedUser = "t";
            } else {
                expectedSource = "default";
                expectedUser = null;
            }
            String label = "combination " + mask;
            assertEquals(expectedSource, s.urlSource(), label);
            assertEquals(expectedUser, s.url().user(), label);
        }
    }

    @Test
    void chosenEnvironmentUrlBeatsDatabaseUrl() throws IOException {
        write("godwit.toml", "[environments.staging]\nurl = \"" + ENV_URL + "\"\n");
        Settings s = load("staging", null, Map.of("DATABASE_URL", VARIABLE));
        assertEquals("jdbc:postgresql://envhost:5432/edb", s.url().jdbcUrl());
        assertEquals("environment 'staging' in godwit.toml", s.urlSource());
    }

    @Test
    void databaseUrlBeatsTopLevelUrl() throws IOException {
        write("godwit.toml", "url = \"" + TOP + "\"\n");
        Settings s = load(Map.of("DATABASE_URL", VARIABLE));
        assertEquals("jdbc:postgresql://varhost:5432/ddb", s.url().jdbcUrl());
        assertEquals("DATABASE_URL", s.urlSource());
    }

    @Test
    void overrideBeatsAll() throws IOException {
        write("godwit.toml", "url = \"" + TOP + "\"\n[environments.production]\nurl = \"" + ENV_URL + "\"\n");
        Settings s = load("production", OVERRIDE, Map.of("DATABASE_URL", VARIABLE));
        assertEquals("jdbc:postgresql://override:5432/odb", s.url().jdbcUrl());
        assertEquals("--url", s.urlSource());
    }

    @Test
    void environmentWithoutUrlFallsThrough() throws IOException {
        write("godwit.toml", "url = \"" + TOP + "\"\n[environments.ci]\nconfirm = true\n");
        assertEquals("DATABASE_URL", load("ci", null, Map.of("DATABASE_URL", VARIABLE)).urlSource());
        assertEquals("godwit.toml", load("ci", null, Map.of()).urlSource());
    }

    @Test
    void blankDatabaseUrlCountsAsUnset() throws IOException {
        write("godwit.toml", "url = \"" + TOP + "\"\n");
        assertEquals("godwit.toml", load(Map.of("DATABASE_URL", "  ")).urlSource());
    }

    @Test
    void urlSourceNamesTheActualConfigFile() throws IOException {
        write("conf/ci.toml", "url = \"" + TOP + "\"\n[environments.x]\nurl = \"" + ENV_URL + "\"\n");
        LoadRequest request = new LoadRequest(dir, Path.of("conf/ci.toml"), "x", null, Map.of());
        assertEquals("environment 'x' in ci.toml", SettingsLoader.load(request).urlSource());
    }

    @Test
    void badUrlSaysWhereItCameFromAndHidesThePassword() throws IOException {
        write("godwit.toml", "\n\nurl = \"postgres://app:Pw%24ecret@db:99999/app\"\n");
        GodwitException e = fails(Map.of());
        assertContains(e.getMessage(), "bad port", "key 'url'", "line 3", "postgres://app:***@db:99999/app");
        assertFalse((e.getMessage() + e.hint()).contains("ecret"));

        GodwitException fromVariable = fails(Map.of("DATABASE_URL", "mysql://root:Pw$ecret@db"));
        assertContains(fromVariable.getMessage(), "DATABASE_URL", "names no database");
        assertFalse(fromVariable.getMessage().contains("ecret"));

        GodwitException fromFlag = assertThrows(GodwitException.class,
                () -> load(null, "oracle://u:Pw$ecret@db/x", Map.of()));
        assertContains(fromFlag.getMessage(), "--url", "unknown scheme");
        assertFalse(fromFlag.getMessage().contains("ecret"));
    }

    // ------------------------------------------------------------ credentials

    @Test
    void userAndPasswordKeysOverrideTheUrl() throws IOException {
        write("godwit.toml", "user = \"admin\"\npassword = \"${DB_PASSWORD}\"\n");
        Settings s = load(Map.of("DATABASE_URL", "postgres://app:old@db/app", "DB_PASSWORD", "n3w!@#"));
        assertEquals("admin", s.url().user());
        assertEquals("n3w!@#", s.url().password());
        assertEquals("postgres://admin:***@db/app", s.url().masked());
        assertEquals("n3w!@#", s.url().connectionProperties().getProperty("password"));
    }

    @Test
    void environmentCredentials() throws IOException {
        write("godwit.toml", "url = \"postgres://db/app\"\n[environments.prod]\nuser = \"deploy\"\n");
        assertEquals("deploy", load("prod", null, Map.of()).url().user());
        assertNull(load(Map.of()).url().user());
    }

    // ------------------------------------------------------------ interpolation

    @Test
    void interpolationWithDefaults() throws IOException {
        write("godwit.toml", String.join("\n",
                "url = \"postgres://${DB_USER:-app}@${DB_HOST}:${DB_PORT:-5432}/${DB_NAME:-app}\"",
                "schema = \"${SCHEMA:-public}\"",
                "version_table = \"${PREFIX}_version\"",
                ""));
        Settings s = load(Map.of("DB_HOST", "db.internal", "DB_NAME", "", "PREFIX", "acme"));
        assertEquals("jdbc:postgresql://db.internal:5432/app", s.url().jdbcUrl());
        assertEquals("app", s.url().user());
        assertEquals("public", s.schema());
        assertEquals("acme_version", s.versionTable());
    }

    @Test
    void interpolationEscape() throws IOException {
        write("godwit.toml", "file_template = \"$${rev}_{slug}_$$\"\n");
        assertEquals("${rev}_{slug}_$$", load(Map.of()).fileTemplate());
    }

    @Test
    void missingVariableNamesVariableAndKey() throws IOException {
        write("godwit.toml", "[environments.production]\nurl = \"${PROD_DATABASE_URL}\"\n");
        GodwitException e = assertThrows(GodwitException.class, () -> load("production", null, Map.of()));
        assertContains(e.getMessage(), "PROD_DATABASE_URL", "'environments.production.url'", "line 2");
        assertContains(e.hint(), "${PROD_DATABASE_URL:-");
    }

    @Test
    void unusedValuesAreNotInterpolated() throws IOException {
        write("godwit.toml", "url = \"${NOT_SET}\"\n[environments.production]\nurl = \"${ALSO_NOT_SET}\"\n");
        assertEquals("--url", load(null, "sqlite://", Map.of()).urlSource());
        assertEquals("DATABASE_URL", load(Map.of("DATABASE_URL", "sqlite://")).urlSource());
    }

    @Test
    void interpolationEverywhere() throws IOException {
        write("godwit.toml", String.join("\n",
                "migrations = \"${ROOT}/revisions\"",
                "backup_dir = \"${ROOT}/backups\"",
                "lock_timeout = \"${LOCK:-2m}\"",
                "exclude_tables = [\"${T1}\", \"static\"]",
                "dev_url = \"${DEV_URL:-sqlite://}\"",
                "model = \"${MODEL}\"",
                ""));
        Settings s = load(Map.of("ROOT", "/data", "T1", "spatial", "MODEL", "m.sql"));
        assertEquals(Path.of("/data/revisions"), s.migrations());
        assertEquals(Path.of("/data/backups"), s.backupDir());
        assertEquals(Duration.ofMinutes(2), s.lockTimeout());
        assertEquals(List.of("spatial", "static"), s.excludeTables());
        assertEquals("sqlite://", s.devUrl());
        assertEquals("m.sql", s.model());
    }

    @Test
    void passwordFromMissingVariableDoesNotLeakTheTemplate() throws IOException {
        write("godwit.toml", "password = \"Pw$ecret${MISSING}\"\n");
        GodwitException e = fails(Map.of());
        assertContains(e.getMessage(), "MISSING", "'password'");
        assertFalse((e.getMessage() + e.hint()).contains("ecret"));
    }

    // ------------------------------------------------------------ unknown keys and environments

    @Test
    void unknownTopLevelKeyWithLineAndSuggestion() throws IOException {
        write("godwit.toml", "url = \"sqlite://\"\n\nverison_table = \"v\"\n");
        GodwitException e = fails(Map.of());
        assertContains(e.getMessage(), "Unknown key 'verison_table'", "line 3", dir.resolve("godwit.toml").toString());
        assertContains(e.hint(), "'verison_table' -> 'version_table'", "version_table", "lock_timeout",
                "[environments.NAME]");
    }

    @Test
    void unknownKeyInEnvironment() throws IOException {
        write("godwit.toml", "[environments.production]\nurl = \"sqlite://\"\nconfrim = true\n");
        GodwitException e = fails(Map.of());
        assertContains(e.getMessage(), "'environments.production.confrim'", "line 3");
        assertContains(e.hint(), "'confrim' -> 'confirm'");
    }

    @Test
    void everyKeyWithTwoLettersSwappedGetsADidYouMeanAtEveryLevel() throws IOException {
        for (ConfigKey key : ConfigKey.values()) {
            String k = key.key;
            int at = k.length() / 2 - 1;
            String typo = k.substring(0, at) + k.charAt(at + 1) + k.charAt(at) + k.substring(at + 2);
            if (typo.equals(k)) {
                typo = k.substring(0, k.length() - 1);
            }
            write("godwit.toml", typo + " = \"x\"\n");
            assertContains(fails(Map.of()).hint(), "'" + typo + "' -> '" + k + "'");
            write("godwit.toml", "[environments.staging]\n" + typo + " = \"x\"\n");
            assertContains(fails(Map.of()).hint(), "'" + typo + "' -> '" + k + "'");
        }
        write("godwit.toml", "modle = \"schema\"\n");
        assertContains(fails(Map.of()).hint(), "Did you mean 'modle' -> 'model'?");
    }

    @Test
    void unknownKeyInEnvironmentNotChosenIsStillAnError() throws IOException {
        write("godwit.toml", "[environments.a]\nconfirm = true\n[environments.b]\nbakup = true\n");
        GodwitException e = assertThrows(GodwitException.class, () -> load("a", null, Map.of()));
        assertContains(e.getMessage(), "'environments.b.bakup'", "line 4");
    }

    @Test
    void severalUnknownKeysAreAllNamedInLineOrder() throws IOException {
        write("godwit.toml", "foo = 1\n[environments.x]\nbar = 2\n");
        GodwitException e = fails(Map.of());
        assertContains(e.getMessage(), "Unknown keys", "'foo' (line 1), 'environments.x.bar' (line 3)");
    }

    @Test
    void misspelledEnvironmentsTable() throws IOException {
        write("godwit.toml", "[environment.production]\nurl = \"sqlite://\"\n");
        GodwitException e = fails(Map.of());
        assertContains(e.getMessage(), "'environment'", "line 1");
        assertContains(e.hint(), "-> 'environments'");
    }

    @Test
    void unknownKeyInDottedAndQuotedForms() throws IOException {
        write("godwit.toml", "\"schemaa\" = \"x\"\n");
        assertContains(fails(Map.of()).getMessage(), "'schemaa' (line 1)");
        write("godwit.toml", "url = \"sqlite://\"\nenvironments.prod.urll = \"x\"\n");
        assertContains(fails(Map.of()).getMessage(), "'environments.prod.urll' (line 2)");
    }

    @Test
    void unknownEnvironmentListsDefinedOnes() throws IOException {
        write("godwit.toml", "[environments.staging]\nconfirm = true\n[environments.production]\nconfirm = true\n");
        GodwitException e = assertThrows(GodwitException.class, () -> load("prod", null, Map.of()));
        assertContains(e.getMessage(), "Unknown environment 'prod'", "production, staging");
        assertContains(e.hint(), "production, staging");
    }

    @Test
    void unknownEnvironmentWhenNoneDefined() throws IOException {
        write("godwit.toml", "url = \"sqlite://\"\n");
        GodwitException e = assertThrows(GodwitException.class, () -> load("prod", null, Map.of()));
        assertContains(e.getMessage(), "none are defined");
        assertContains(e.hint(), "[environments.prod]");
    }

    @Test
    void environmentWithoutConfigFile() {
        GodwitException e = assertThrows(GodwitException.class, () -> load("prod", null, Map.of()));
        assertContains(e.getMessage(), "'prod'", "no config file");
    }

    // ------------------------------------------------------------ syntax and types

    @Test
    void syntaxErrorNamesFileLineAndReason() throws IOException {
        write("godwit.toml", "url = \"sqlite://\"\n\n[environments.prod]\nconfirm = true\nbad bad\n");
        GodwitException e = fails(Map.of());
        assertContains(e.getMessage(), "Syntax error in " + dir.resolve("godwit.toml"), "at line 5",
                "Invalid character");
    }

    @Test
    void syntaxErrorUnterminatedString() throws IOException {
        write("godwit.toml", "# comment\nschema = \"ops\n");
        assertContains(fails(Map.of()).getMessage(), "at line 2");
    }

    @Test
    void syntaxErrorDuplicateKey() throws IOException {
        write("godwit.toml", "schema = \"a\"\n\nschema = \"b\"\n");
        assertContains(fails(Map.of()).getMessage(), "at line 3", "schema");
    }

    @Test
    void syntaxErrorOnPasswordLineHidesTheValue() throws IOException {
        write("godwit.toml", "password = Pw$ecret!x\n");
        GodwitException e = fails(Map.of());
        assertContains(e.getMessage(), "at line 1");
        assertFalse(e.getMessage().contains("ecret"), e.getMessage());
    }

    @Test
    void syntaxErrorOnUrlLineMasksThePassword() throws IOException {
        write("godwit.toml", "url = 'postgres://app:Pw$ecret@db/app\n");
        GodwitException e = fails(Map.of());
        assertContains(e.getMessage(), "at line 1");
        assertFalse(e.getMessage().contains("ecret"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "version_table = 42|'version_table'|must be a string, not an integer",
        "confirm = \"yes\"|'confirm'|must be true or false, not a string",
        "backup = 1|'backup'|must be true or false",
        "lock_timeout = 1.5|'lock_timeout'|not a float",
        "lock_timeout = true|'lock_timeout'|number of seconds",
        "exclude_tables = \"a\"|'exclude_tables'|must be an array of strings",
        "exclude_tables = [\"a\", 1]|'exclude_tables'|must be an array of strings, not an array",
        "url = { host = \"x\" }|'url'|not a table",
        "migrations = 1979-05-27|'migrations'|not a date or time",
        "environments = 3|'environments'|must be a table of environments",
        "environments.prod = 3|'environments.prod'|must be a table",
        "[environments.prod]\\nschema = false|'environments.prod.schema'|must be a string",
    })
    void wrongTypesNameTheKey(String toml, String key, String problem) throws IOException {
        write("godwit.toml", toml.replace("\\n", "\n") + "\n");
        GodwitException e = fails(Map.of());
        assertContains(e.getMessage(), key, problem, "line ");
    }

    // ------------------------------------------------------------ paths

    @Test
    void pathsAreRelativeToTheConfigFileFolder() throws IOException {
        write("conf/godwit.toml", String.join("\n",
                "url = \"sqlite:///data/app.db\"",
                "migrations = \"../db/versions\"",
                "backup_dir = \"bk\"",
                ""));
        Settings s = SettingsLoader.load(new LoadRequest(dir, Path.of("conf/godwit.toml"), null, null, Map.of()));
        assertEquals(dir.resolve("db/versions"), s.migrations());
        assertEquals(dir.resolve("conf/bk"), s.backupDir());
        assertEquals("jdbc:sqlite:" + dir.resolve("conf/data/app.db"), s.url().jdbcUrl());
    }

    @Test
    void defaultsStayUnderTheBaseFolder() throws IOException {
        write("conf/godwit.toml", "schema = \"x\"\n");
        Settings s = SettingsLoader.load(new LoadRequest(dir, Path.of("conf/godwit.toml"), null, null, Map.of()));
        assertEquals(dir.resolve("migrations/versions"), s.migrations());
        assertEquals(dir.resolve("backups"), s.backupDir());
        assertEquals("jdbc:sqlite:" + dir.resolve("godwit.db"), s.url().jdbcUrl());
    }

    @Test
    void sqliteFromFlagOrVariableIsRelativeToTheBaseFolder() throws IOException {
        write("conf/godwit.toml", "schema = \"x\"\n");
        Settings fromVariable = SettingsLoader.load(
                new LoadRequest(dir, Path.of("conf/godwit.toml"), null, null, Map.of("DATABASE_URL", "sqlite:///v.db")));
        assertEquals("jdbc:sqlite:" + dir.resolve("v.db"), fromVariable.url().jdbcUrl());
        Settings fromFlag = SettingsLoader.load(
                new LoadRequest(dir, Path.of("conf/godwit.toml"), null, "sqlite:///f.db", Map.of()));
        assertEquals("jdbc:sqlite:" + dir.resolve("f.db"), fromFlag.url().jdbcUrl());
    }

    @Test
    void environmentSqliteUrlIsRelativeToTheConfigFolder() throws IOException {
        write("conf/godwit.toml", "[environments.test]\nurl = \"sqlite:///test.db\"\n");
        Settings s = SettingsLoader.load(new LoadRequest(dir, Path.of("conf/godwit.toml"), "test", null, Map.of()));
        assertEquals("jdbc:sqlite:" + dir.resolve("conf/test.db"), s.url().jdbcUrl());
    }

    @Test
    void relativeBaseDirIsMadeAbsolute() {
        Settings s = SettingsLoader.load(LoadRequest.of(Path.of("some/where"), Map.of()));
        assertTrue(s.baseDir().isAbsolute());
        assertTrue(s.migrations().isAbsolute());
    }

    // ------------------------------------------------------------ lock_timeout

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "90|PT1M30S",
        "0|PT0S",
        "\"90s\"|PT1M30S",
        "\"120\"|PT2M",
        "\"2m\"|PT2M",
        "\"1h\"|PT1H",
        "\"500ms\"|PT0.5S",
        "\"1m30s\"|PT1M30S",
        "\"PT45S\"|PT45S",
    })
    void lockTimeoutForms(String value, String expected) throws IOException {
        write("godwit.toml", "lock_timeout = " + value + "\n");
        assertEquals(Duration.parse(expected), load(Map.of()).lockTimeout());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"-5|negative", "\"soon\"|not a duration", "\"5 parsecs\"|not a duration"})
    void badLockTimeouts(String value, String problem) throws IOException {
        write("godwit.toml", "lock_timeout = " + value + "\n");
        GodwitException e = fails(Map.of());
        assertContains(e.getMessage(), "'lock_timeout'", problem, "line 1");
        assertContains(e.hint(), "90s");
    }

    // ------------------------------------------------------------ odds and ends

    @Test
    void byteOrderMarkIsSkipped() throws IOException {
        write("godwit.toml", "\uFEFFschema = \"bom\"\n");
        assertEquals("bom", load(Map.of()).schema());
    }

    @Test
    void requestCopiesTheEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("DATABASE_URL", "sqlite://");
        LoadRequest request = LoadRequest.of(dir, env);
        env.clear();
        assertEquals("DATABASE_URL", SettingsLoader.load(request).urlSource());
        assertEquals(Map.of(), new LoadRequest(dir, null, null, null, null).env());
    }
}
