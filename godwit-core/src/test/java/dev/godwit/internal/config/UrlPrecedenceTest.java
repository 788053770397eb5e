package dev.godwit.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.internal.config.UrlPrecedence.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The URL precedence rule, alone and as the loader applies it for the CLI and the Java API. */
class UrlPrecedenceTest {

    @Test
    void theRule() {
        assertEquals(Source.EXPLICIT, UrlPrecedence.choose("x", true, "v", true));
        assertEquals(Source.ENVIRONMENT_TABLE, UrlPrecedence.choose(null, true, "v", true));
        assertEquals(Source.VARIABLE, UrlPrecedence.choose(null, false, "v", true));
        assertEquals(Source.TOP_OF_FILE, UrlPrecedence.choose(null, false, " ", true), "a blank DATABASE_URL is unset");
        assertEquals(Source.TOP_OF_FILE, UrlPrecedence.choose(null, false, null, true));
        assertEquals(Source.DEFAULT, UrlPrecedence.choose(null, false, null, false));
    }

    @Test
    void theLoaderFollowsIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("godwit.toml"), "url = \"sqlite:///top.db\"\n"
                + "[environments.prod]\nurl = \"sqlite:///prod.db\"\n");
        Map<String, String> env = Map.of("DATABASE_URL", "sqlite:///variable.db");
        assertEquals(dir.resolve("flag.db").toString(), load(dir, "prod", "sqlite:///flag.db", "--url", env));
        assertEquals(dir.resolve("prod.db").toString(), load(dir, "prod", null, null, env));
        assertEquals(dir.resolve("variable.db").toString(), load(dir, null, null, null, env));
        assertEquals(dir.resolve("top.db").toString(), load(dir, null, null, null, Map.of()));
    }

    @Test
    void theExplicitUrlIsLabelledAsItsGiverSays(@TempDir Path dir) {
        Settings api = SettingsLoader.load(new SettingsLoader.LoadRequest(dir, null, null, "sqlite://", "api", Map.of()));
        assertEquals("api", api.urlSource());
        Settings cli = SettingsLoader.load(new SettingsLoader.LoadRequest(dir, null, null, "sqlite://", Map.of()));
        assertEquals("--url", cli.urlSource());
        assertEquals(Settings.SOURCE_DEFAULT,
                SettingsLoader.load(new SettingsLoader.LoadRequest(dir, null, null, null, "api", Map.of())).urlSource());
    }

    private static String load(Path dir, String environment, String url, String label, Map<String, String> env) {
        return SettingsLoader.load(new SettingsLoader.LoadRequest(dir, null, environment, url, label, env)).url().database();
    }
}
