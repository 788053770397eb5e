package dev.godwit.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.GodwitException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TomlFileTest {
    private static final Path FILE = Path.of("/x/godwit.toml");

    @Test
    void lineOfKeys() {
        TomlFile toml = TomlFile.parse(FILE, String.join("\n",
                "# top",
                "url = \"sqlite://\"",
                "schema = \"\"\"",
                "a = 1",
                "\"\"\"",
                "'quoted' = 1",
                "[environments.prod]",
                "url = \"x\"",
                "[ environments . \"with.dot\" ]",
                "confirm = true",
                "[environments]",
                "ci.backup = true",
                "dev = { model = \"m\" }",
                ""));
        assertEquals(2, toml.lineOf(List.of("url")));
        assertEquals(3, toml.lineOf(List.of("schema")));
        assertEquals(-1, toml.lineOf(List.of("a")), "inside a multi-line string");
        assertEquals(6, toml.lineOf(List.of("quoted")));
        assertEquals(7, toml.lineOf(List.of("environments")));
        assertEquals(8, toml.lineOf(List.of("environments", "prod", "url")));
        assertEquals(10, toml.lineOf(List.of("environments", "with.dot", "confirm")));
        assertEquals(12, toml.lineOf(List.of("environments", "ci", "backup")));
        assertEquals(13, toml.lineOf(List.of("environments", "dev")));
        assertEquals(-1, toml.lineOf(List.of("environments", "dev", "model")));
        assertEquals(" (line 2)", toml.lineSuffix(List.of("url")));
        assertEquals("", toml.lineSuffix(List.of("nothing")));
    }

    @Test
    void syntaxErrorLines() {
        assertLine("a = 1\nb = \n", 2);
        assertLine("a = [1, 2\nb = 3\n", 2);
        assertLine("\n\n\n[t\n", 4);
        assertLine("a = 1\r\nb = 2\r\nc c\r\n", 3);
    }

    private static void assertLine(String text, int line) {
        GodwitException e = assertThrows(GodwitException.class, () -> TomlFile.parse(FILE, text));
        assertTrue(e.getMessage().contains("at line " + line + ":"), e.getMessage());
        assertTrue(e.getMessage().contains(FILE.toString()), e.getMessage());
    }

    /** Issue 11: "Invalid sequence 116e in numbersqlite:///t.db" said nothing about the missing quotes. */
    @org.junit.jupiter.api.Test
    void unquotedValueSaysItMustBeQuoted() {
        dev.godwit.api.GodwitException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.godwit.api.GodwitException.class,
                () -> TomlFile.parse(java.nio.file.Path.of("godwit.toml"), "\nurl = sqlite:///t.db\n"));
        org.junit.jupiter.api.Assertions.assertEquals(
                "Syntax error in godwit.toml at line 2: the value of 'url' is text and must be quoted.", e.getMessage());
        org.junit.jupiter.api.Assertions.assertTrue(e.hint().contains("url = \"sqlite:///t.db\""), e.hint());
        e = org.junit.jupiter.api.Assertions.assertThrows(dev.godwit.api.GodwitException.class,
                () -> TomlFile.parse(java.nio.file.Path.of("godwit.toml"), "confirm = yes\n"));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("must be true or false"), e.getMessage());
    }
}
