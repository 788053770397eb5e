package dev.godwit.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.internal.db.Databases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dialects} and {@code dev_urls}: read, validated, each URL standing for its own database. */
class DialectTargetsTest {

    @TempDir
    Path dir;

    private Settings load(String toml) throws IOException {
        Files.writeString(dir.resolve("godwit.toml"), toml);
        return SettingsLoader.load(new SettingsLoader.LoadRequest(dir, null, null, null, null, Map.of()));
    }

    @Test
    void readsDialectsAndDevUrls() throws IOException {
        Settings s = load("dialects = [\"postgresql\", \"sqlite\", \"mysql\"]\n"
                + "dev_urls = [\"postgresql://admin:pw1@db1/scratch\", \"mysql://root:pw2@db2/scratch\"]\n");
        assertEquals(List.of("postgresql", "sqlite", "mysql"), s.dialects());
        assertEquals("db1", s.targets().devUrlFor(Databases.named("postgresql").orElseThrow(), dir).orElseThrow()
                .hosts().get(0).name());
        assertEquals("db2", s.targets().devUrlFor(Databases.named("mysql").orElseThrow(), dir).orElseThrow()
                .hosts().get(0).name());
        assertTrue(s.targets().devUrlFor(Databases.named("sqlite").orElseThrow(), dir).isEmpty());
        assertFalse(s.toString().contains("pw1") || s.toString().contains("pw2"), s.toString());
    }

    @Test
    void noDialectsByDefault() throws IOException {
        Settings s = load("url = \"sqlite:///x.db\"\n");
        assertEquals(List.of(), s.dialects());
        assertTrue(s.targets().isEmpty());
        assertEquals(List.of(), Settings.defaults(dir).dialects());
    }

    @Test
    void refusesUnknownAndRepeatedNames() {
        GodwitException unknown = assertThrows(GodwitException.class, () -> load("dialects = [\"oracle\"]\n"));
        assertEquals(ErrorCode.BAD_CONFIGURATION, unknown.code());
        assertTrue(unknown.getMessage().contains("'oracle'"), unknown.getMessage());
        GodwitException twice = assertThrows(GodwitException.class,
                () -> load("dialects = [\"sqlite\", \"sqlite\"]\n"));
        assertTrue(twice.getMessage().contains("twice"), twice.getMessage());
        assertThrows(GodwitException.class, () -> load("dialects = \"sqlite\"\n"));
    }
}
