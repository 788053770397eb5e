package dev.godwit.internal.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.internal.db.Database;
import dev.godwit.internal.db.Databases;
import dev.godwit.internal.db.sqlite.SqliteDialect;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sections per dialect: parsing every shape, the errors, writing them. */
class DialectSectionsTest {
    private static final Path FILE = Path.of("migrations", "multi.sql");

    private static RevisionFile parse(String content) {
        return RevisionFileParser.parse(FILE, content);
    }

    private static String sql(Section s) {
        return s.statements(SqliteDialect.SPLITTER_OPTIONS).stream().map(Statement::sql).reduce((a, b) -> a + "|" + b)
                .orElse("");
    }

    @Test
    void sharedAndOwnSections() {
        RevisionFile f = parse("-- revision: a\n-- +upgrade\nCREATE TABLE t (d text);\n"
                + "-- +upgrade sqlite\nCREATE TABLE t (d datetime);\n"
                + "-- +downgrade\nDROP TABLE t;\n"
                + "-- +downgrade   POSTGRES  -- a comment\nDROP TABLE t CASCADE;\n");
        assertEquals("CREATE TABLE t (d text)", sql(f.upgrade()));
        assertEquals("CREATE TABLE t (d datetime)", sql(f.upgrade("sqlite")));
        assertEquals("CREATE TABLE t (d text)", sql(f.upgrade("postgresql")));
        assertEquals("CREATE TABLE t (d text)", sql(f.upgrade("mariadb")));
        assertEquals("DROP TABLE t CASCADE", sql(f.downgrade("postgresql")));
        assertEquals("DROP TABLE t CASCADE", sql(f.downgrade("postgres")));
        assertEquals("DROP TABLE t", sql(f.downgrade("sqlite")));
        assertEquals("DROP TABLE t", sql(f.downgrade(null)));
        assertEquals(List.of("postgresql", "sqlite"), f.dialects());
        assertEquals(5, f.upgrade("sqlite").firstLine());
        assertTrue(f.runsOn("mysql"));
    }

    @Test
    void ownSectionsOnlyAnyOrder() {
        RevisionFile f = parse("-- revision: a\n\n-- +downgrade sqlite\nDROP TABLE s;\n"
                + "-- +upgrade mariadb\nCREATE TABLE m (id INT AUTO_INCREMENT PRIMARY KEY);\n"
                + "-- +upgrade sqlite\nCREATE TABLE s (id INTEGER);\n-- +downgrade mysql\nDROP TABLE m;\n");
        assertFalse(f.upgrade().present());
        assertFalse(f.downgrade().present());
        assertEquals("CREATE TABLE s (id INTEGER)", sql(f.upgrade("sqlite")));
        assertEquals("DROP TABLE s", sql(f.downgrade("sqlite")));
        assertEquals("DROP TABLE m", sql(f.downgrade("mysql")));
        assertFalse(f.runsOn("postgresql"));
        assertFalse(f.upgrade("postgresql").present());
        assertEquals(List.of("mysql", "sqlite"), f.dialects());
    }

    @Test
    void sharedOnlyIsAsBefore() {
        RevisionFile f = parse("-- revision: a\n-- +upgrade\nSELECT 1;\n-- +downgrade\nSELECT 2;\n");
        assertEquals(List.of(), f.dialects());
        assertEquals(f.upgrade(), f.upgrade("sqlite"));
        assertEquals(f.downgrade(), f.downgrade("postgresql"));
    }

    private static GodwitException fails(String content) {
        GodwitException e = assertThrows(GodwitException.class, () -> parse(content));
        assertEquals(ErrorCode.BAD_REVISION_FILE, e.code());
        assertFalse(e.hint().isBlank());
        return e;
    }

    @Test
    void errors() {
        GodwitException e = fails("-- revision: a\n-- +upgrade\nSELECT 1;\n-- +upgrade oracle\nSELECT 2;\n");
        assertEquals(FILE + ":4: unexpected text after `-- +upgrade`: `oracle`", e.getMessage());
        assertTrue(e.hint().contains("postgresql"), e.hint());
        e = fails("-- revision: a\n-- +upgrade sqlite\nSELECT 1;\n-- +downgrade\n-- +upgrade SQLite\nSELECT 2;\n");
        assertEquals(FILE + ":5: second `-- +upgrade sqlite` marker (the first is at line 2)", e.getMessage());
        e = fails("-- revision: a\n-- +upgrade mysql\n-- +upgrade mariadb\n");
        assertEquals(FILE + ":3: second `-- +upgrade mysql` marker (the first is at line 2)", e.getMessage());
        e = fails("-- revision: a\n\n-- +downgrade postgresql\nDROP TABLE t;\n");
        assertEquals(FILE + ":3: no `-- +upgrade` section", e.getMessage());
        e = fails("-- revision: a\n-- +upgrade sqlite extra\n");
        assertEquals(FILE + ":2: unexpected text after `-- +upgrade`: `sqlite extra`", e.getMessage());
        e = fails("-- revision: a\n-- +upgrade sqlite\nSELECT 1;\n-- transaction: false\n");
        assertTrue(e.getMessage().startsWith(FILE + ":4: header `-- transaction:` below the section marker at line 2"),
                e.getMessage());
    }

    @Test
    void namesMatchTheRegistry() {
        for (Database d : Databases.all()) {
            assertEquals(d.name(), SectionDialects.canonical(d.name()));
            for (String scheme : d.schemes()) {
                assertEquals(d.name(), SectionDialects.canonical(scheme), scheme);
            }
            assertTrue(SectionDialects.NAMES.contains(d.name()));
        }
        assertEquals(Databases.all().size(), SectionDialects.NAMES.size());
    }

    private static NewRevision revision() {
        return new NewRevision("abc123", List.of("p1"), "multi", Instant.parse("2026-12-06T07:00:00Z"), List.of(),
                List.of(), "CREATE TABLE t (a INT);", "DROP TABLE t;");
    }

    @Test
    void writesSharedOnlyAsBefore() {
        String plain = RevisionFileWriter.render(revision());
        assertEquals(plain, RevisionFileWriter.render(revision().withSections(Map.of(), List.of())));
        assertEquals("-- revision: abc123\n-- revises: p1\n-- message: multi\n-- created: 2026-12-06T07:00:00Z\n\n"
                + "-- +upgrade\nCREATE TABLE t (a INT);\n\n-- +downgrade\nDROP TABLE t;\n", plain);
    }

    @Test
    void writesSectionsPerDialectInAStableOrder() {
        Map<String, SectionText> sections = new LinkedHashMap<>();
        sections.put("sqlite", new SectionText("CREATE TABLE t (d datetime);", "DROP TABLE t;"));
        sections.put("mariadb", new SectionText("CREATE TABLE t (d datetime(6));", null));
        sections.put(null, new SectionText("CREATE TABLE t (d timestamp);", "DROP TABLE t;"));
        String text = RevisionFileWriter.render(revision().withSections(sections,
                List.of("-- WARNING: check the mysql section", "second note")));
        assertEquals("-- revision: abc123\n-- revises: p1\n-- message: multi\n-- created: 2026-12-06T07:00:00Z\n\n"
                + "-- +upgrade\n-- WARNING: check the mysql section\n-- second note\nCREATE TABLE t (d timestamp);\n\n"
                + "-- +upgrade mysql\nCREATE TABLE t (d datetime(6));\n\n"
                + "-- +upgrade sqlite\nCREATE TABLE t (d datetime);\n\n"
                + "-- +downgrade\nDROP TABLE t;\n\n-- +downgrade mysql\n\n\n-- +downgrade sqlite\nDROP TABLE t;\n", text);
        RevisionFile back = RevisionFileParser.parse(FILE, text);
        assertEquals(List.of("mysql", "sqlite"), back.dialects());
        assertEquals("CREATE TABLE t (d datetime)", sql(back.upgrade("sqlite")));
        assertEquals("CREATE TABLE t (d timestamp)", sql(back.upgrade("postgresql")));
        assertEquals("", sql(back.downgrade("mysql")));
    }

    @Test
    void writesNoSharedSectionsWhenNoneIsGiven() {
        String text = RevisionFileWriter.render(revision().withSections(
                Map.of("postgres", new SectionText("CREATE TABLE t (d timestamptz);", "DROP TABLE t;")),
                List.of("-- WARNING: no section for sqlite or mysql")));
        assertTrue(text.endsWith("\n\n-- +upgrade postgresql\n-- WARNING: no section for sqlite or mysql\n"
                + "CREATE TABLE t (d timestamptz);\n\n-- +downgrade postgresql\nDROP TABLE t;\n"), text);
        RevisionFile back = RevisionFileParser.parse(FILE, text);
        assertFalse(back.runsOn("sqlite"));
        GodwitException e = assertThrows(GodwitException.class, () -> revision().withSections(
                Map.of("oracle", new SectionText("x", "y")), List.of()));
        assertEquals(ErrorCode.BAD_ARGUMENT, e.code());
    }
}
