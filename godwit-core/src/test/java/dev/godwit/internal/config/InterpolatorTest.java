package dev.godwit.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.GodwitException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterpolatorTest {
    private static final Map<String, String> ENV = Map.of("HOST", "db", "EMPTY", "", "PORT", "5433");

    private static String expand(String template) {
        return Interpolator.expand(template, ENV, "key 'url'");
    }

    @Test
    void plainTextUnchanged() {
        assertEquals("postgres://db/app", expand("postgres://db/app"));
        assertEquals("cost: $5 {x}", expand("cost: $5 {x}"));
        assertEquals("trailing $", expand("trailing $"));
    }

    @Test
    void variables() {
        assertEquals("db:5433", expand("${HOST}:${PORT}"));
        assertEquals("", expand("${EMPTY}"));
    }

    @Test
    void defaults() {
        assertEquals("db", expand("${HOST:-other}"));
        assertEquals("other", expand("${MISSING:-other}"));
        assertEquals("other", expand("${EMPTY:-other}"));
        assertEquals("", expand("${MISSING:-}"));
        assertEquals("a:-b", expand("${MISSING:-a:-b}"));
    }

    @Test
    void escape() {
        assertEquals("${HOST}", expand("$${HOST}"));
        assertEquals("$$x", expand("$$x"));
        assertEquals("${db}", expand("$${${HOST}}"));
    }

    @Test
    void missingVariable() {
        GodwitException e = assertThrows(GodwitException.class, () -> expand("x${NOPE}y"));
        assertTrue(e.getMessage().contains("NOPE"), e.getMessage());
        assertTrue(e.getMessage().contains("key 'url'"), e.getMessage());
        assertTrue(e.hint().contains("${NOPE:-value}"), e.hint());
    }

    @Test
    void malformed() {
        assertTrue(assertThrows(GodwitException.class, () -> expand("${HOST")).getMessage().contains("no closing"));
        assertTrue(assertThrows(GodwitException.class, () -> expand("${}")).getMessage().contains("not a variable"));
        assertThrows(GodwitException.class, () -> expand("${1X}"));
        assertThrows(GodwitException.class, () -> expand("${A-B}"));
        assertThrows(GodwitException.class, () -> expand("${A:-${B}}"));
    }

    @Test
    void errorsDoNotQuoteTheTemplate() {
        GodwitException e = assertThrows(GodwitException.class, () -> expand("Pw$ecret${u:Pw$ecret@x}"));
        assertFalse((e.getMessage() + e.hint()).contains("ecret"), e.getMessage());
    }
}
