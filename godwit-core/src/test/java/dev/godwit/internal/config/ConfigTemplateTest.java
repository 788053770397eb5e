package dev.godwit.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.internal.config.SettingsLoader.LoadRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTemplateTest {
    @TempDir
    Path dir;

    @Test
    void renderedTemplateLoadsToTheDefaults() throws IOException {
        Path file = dir.resolve("godwit.toml");
        Files.writeString(file, ConfigTemplate.render("migrations/versions"));
        Settings loaded = SettingsLoader.load(LoadRequest.of(dir, Map.of()));
        Settings defaults = Settings.defaults(dir);
        assertEquals(defaults.withUrl(defaults.url(), "godwit.toml"),
                new Settings(loaded.baseDir(), null, loaded.environment(), loaded.url(), loaded.urlSource(),
                        loaded.migrations(), loaded.fileTemplate(), loaded.versionTable(), loaded.historyTable(),
                        loaded.schema(), loaded.lockTimeout(), loaded.confirm(), loaded.backup(), loaded.backupDir(),
                        loaded.model(), loaded.devUrl(), loaded.excludeTables(), loaded.excludeToolTables(),
                        loaded.timeouts()));
        assertEquals(file, loaded.configFile());
        assertEquals(defaults.url().jdbcUrl(), loaded.url().jdbcUrl());
    }

    @Test
    void templateUrlGivesWayToDatabaseUrl() throws IOException {
        Files.writeString(dir.resolve("godwit.toml"), ConfigTemplate.render("migrations/versions"));
        Settings s = SettingsLoader.load(LoadRequest.of(dir, Map.of("DATABASE_URL", "postgres://db/app")));
        assertEquals("DATABASE_URL", s.urlSource());
    }

    @Test
    void templateMentionsEveryDocumentedKey() {
        String text = ConfigTemplate.render("migrations/versions");
        for (String expected : new String[] {"url = \"sqlite:///godwit.db\"", "migrations = \"migrations/versions\"",
            "# file_template", "# version_table", "# schema", "# lock_timeout", "# [environments.production]",
            "# url = \"${DATABASE_URL}\"", "# confirm = true", "# model = \"schema\""}) {
            assertTrue(text.contains(expected), expected);
        }
    }

    @Test
    void uncommentedExamplesAreValid() throws IOException {
        StringBuilder uncommented = new StringBuilder();
        for (String line : ConfigTemplate.render("db").split("\n")) {
            boolean example = line.startsWith("# ") && (line.contains(" = ") || line.startsWith("# ["));
            uncommented.append(example ? line.substring(2) : line).append('\n');
        }
        Files.writeString(dir.resolve("godwit.toml"), uncommented.toString());
        Settings s = SettingsLoader.load(new LoadRequest(dir, null, "production", null,
                Map.of("DB_PASSWORD", "pw", "DATABASE_URL", "postgres://db/app")));
        assertEquals("environment 'production' in godwit.toml", s.urlSource());
        assertEquals("app", s.url().user());
        assertEquals("pw", s.url().password());
        assertTrue(s.confirm());
        assertEquals("public", s.schema());
        assertEquals(Duration.ofSeconds(60), s.lockTimeout());
        assertEquals(dir.resolve("db"), s.migrations());
        assertEquals("schema", s.model());
    }

    @Test
    void migrationsDirIsEscaped() throws IOException {
        Files.writeString(dir.resolve("godwit.toml"), ConfigTemplate.render("odd \"dir\\x"));
        Settings s = SettingsLoader.load(LoadRequest.of(dir, Map.of()));
        assertEquals(dir.resolve("odd \"dir\\x"), s.migrations());
    }
}
