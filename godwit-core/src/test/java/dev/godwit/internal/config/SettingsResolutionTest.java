package dev.godwit.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.GodwitException;
import dev.godwit.internal.dialect.DialectKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dev_url and model, resolved by the configuration. */
class SettingsResolutionTest {

    @Test
    void theModelIsResolvedAgainstTheConfigFilesFolder(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("conf"));
        Files.writeString(dir.resolve("conf/godwit.toml"), "model = \"schema\"\n");
        Settings s = SettingsLoader.load(new SettingsLoader.LoadRequest(dir, Path.of("conf/godwit.toml"), null, null,
                Map.of()));
        ModelSpec model = s.modelSpec();
        assertFalse(model.isPlugin());
        assertEquals(dir.resolve("conf/schema"), model.folder());
        assertEquals(dir.resolve("conf"), model.base());
    }

    @Test
    void aPluginModelKeepsItsSchemeAndHasNoFolder(@TempDir Path dir) {
        ModelSpec model = Settings.defaults(dir).withModel("jpa:com.example.model").modelSpec();
        assertEquals("jpa", model.scheme());
        assertNull(model.folder());
        assertEquals(dir.toAbsolutePath().normalize(), model.base());
        assertNull(ModelSpec.schemeOf("C:/models"), "a Windows drive is no scheme");
        assertNull(Settings.defaults(dir).modelSpec());
    }

    @Test
    void devUrlIsParsedOnUse(@TempDir Path dir) {
        Settings s = Settings.defaults(dir).withDevUrl("postgres://dev:pw@localhost/scratch");
        DatabaseUrl dev = s.devDatabase();
        assertEquals(DialectKind.POSTGRESQL, dev.kind());
        assertEquals("scratch", dev.database());
        assertEquals("pw", dev.password());
        assertNull(Settings.defaults(dir).devDatabase());
        Settings bad = Settings.defaults(dir).withDevUrl("nonsense");
        GodwitException e = assertThrows(GodwitException.class, bad::devDatabase);
        assertTrue(e.getMessage().contains("nonsense"), e.getMessage());
    }
}
