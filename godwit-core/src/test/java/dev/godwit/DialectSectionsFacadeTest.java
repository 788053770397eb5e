package dev.godwit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.RevisionRequest;
import dev.godwit.api.ValidationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sections per dialect through the Java API: writing them, running them on SQLite, offline SQL of another dialect. */
class DialectSectionsFacadeTest {

    private static Godwit godwit(Path dir, String... toml) throws Exception {
        Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(dir.resolve("godwit.toml"), "url = \"sqlite:///app.db\"\n" + String.join("\n", toml) + "\n");
        return Godwit.configure().baseDirectory(dir).environmentVariables(Map.of()).load();
    }

    @Test
    void aRevisionWrittenWithSectionsPerDialectRunsItsOwnSection(@TempDir Path dir) throws Exception {
        Map<String, RevisionRequest.Sections> sections = new LinkedHashMap<>();
        sections.put("sqlite", new RevisionRequest.Sections("CREATE TABLE t (d DATETIME);", "DROP TABLE t;"));
        sections.put("postgres", new RevisionRequest.Sections("CREATE TABLE t (d TIMESTAMPTZ);", "DROP TABLE t;"));
        Path file = godwit(dir).revision(RevisionRequest.of("events").withDialectSql(sections,
                List.of("-- WARNING: no section for mysql"), true)).file();
        String text = Files.readString(file);
        assertTrue(text.contains("\n\n-- +upgrade postgresql\n-- WARNING: no section for mysql\n"
                + "CREATE TABLE t (d TIMESTAMPTZ);\n\n-- +upgrade sqlite\nCREATE TABLE t (d DATETIME);\n\n"
                + "-- +downgrade postgresql\nDROP TABLE t;\n\n-- +downgrade sqlite\nDROP TABLE t;\n"), text);
        assertFalse(text.contains("-- +upgrade\n"), text);

        Godwit godwit = godwit(dir, "dialects = [\"sqlite\", \"postgresql\", \"mysql\"]");
        godwit.upgrade("head");
        String pg = godwit.upgradeSql("base:head", "postgres");
        assertTrue(pg.contains("CREATE TABLE t (d TIMESTAMPTZ);") && !pg.contains("DATETIME"), pg);
        assertTrue(godwit.upgradeSql("base:head").contains("CREATE TABLE t (d DATETIME);"));
        GodwitException e = assertThrows(GodwitException.class, () -> godwit.upgradeSql("base:head", "mysql"));
        assertEquals(ErrorCode.BAD_REVISION_FILE, e.code());
        assertTrue(e.getMessage().contains("has no section for mysql"), e.getMessage());
        ValidationResult result = godwit.validate();
        assertTrue(result.ok(), result.toString());
        assertEquals(1, result.warnings().size(), result.toString());
        assertTrue(result.warnings().get(0).message().contains("no section for mysql"));
        godwit.downgrade("base");
    }
}
