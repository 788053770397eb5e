package dev.godwit.internal.script;

import dev.godwit.internal.db.postgres.PostgresDialect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Well-formed revision files. */
class RevisionFileParserTest {
    private static final Path FILE = Path.of("migrations", "r.sql");
    private static final SplitterOptions PG = PostgresDialect.SPLITTER_OPTIONS;

    static final String EXAMPLE = String.join("\n",
            "-- revision: 3f2a9c1b7d4e",
            "-- revises: 1a2b3c4d5e6f",
            "-- message: add last_login to users",
            "-- created: 2026-11-21T10:30:00Z",
            "",
            "-- +upgrade",
            "ALTER TABLE users ADD COLUMN last_login TIMESTAMP;",
            "",
            "-- +downgrade",
            "ALTER TABLE users DROP COLUMN last_login;",
            "");

    private static RevisionFile parse(String content) {
        return RevisionFileParser.parse(FILE, content);
    }

    @Test
    void parsesTheDocumentedExample() {
        RevisionFile f = parse(EXAMPLE);
        assertEquals(FILE, f.path());
        assertEquals("3f2a9c1b7d4e", f.revision());
        assertEquals(List.of("1a2b3c4d5e6f"), f.revises());
        assertEquals("add last_login to users", f.message());
        assertEquals("2026-11-21T10:30:00Z", f.created());
        assertEquals(List.of(), f.branchLabels());
        assertEquals(List.of(), f.dependsOn());
        assertTrue(f.transactional());
        assertFalse(f.isBase());
        assertFalse(f.isMerge());
        assertEquals(new Section("ALTER TABLE users ADD COLUMN last_login TIMESTAMP;\n\n", 7, true), f.upgrade());
        assertEquals(new Section("ALTER TABLE users DROP COLUMN last_login;\n", 10, true), f.downgrade());
        List<Statement> up = RevisionFileParser.statements(f, true, PG);
        assertEquals(List.of(new Statement("ALTER TABLE users ADD COLUMN last_login TIMESTAMP", 7, 1)), up);
        assertEquals(List.of(new Statement("ALTER TABLE users DROP COLUMN last_login", 10, 1)),
                RevisionFileParser.statements(f, false, PG));
    }

    @Test
    void allHeaderKeys() {
        RevisionFile f = parse(String.join("\n",
                "\uFEFF",
                "-- Plain comments in the header area are fine",
                "--revision:abc_123",
                "",
                "--   Revises :  a1 , , b2,  ",
                "-- message:   spaced out   ",
                "-- branch-labels: feature.x, hot-fix",
                "-- depends-on: other_branch, 9f8e7d6c5b4a",
                "-- transaction: FALSE",
                "-- see https://example.com/ticket/1",
                "-- +upgrade",
                "SELECT 1;"));
        assertEquals("abc_123", f.revision());
        assertEquals(List.of("a1", "b2"), f.revises());
        assertTrue(f.isMerge());
        assertEquals("spaced out", f.message());
        assertEquals("", f.created());
        assertEquals(List.of("feature.x", "hot-fix"), f.branchLabels());
        assertEquals(List.of("other_branch", "9f8e7d6c5b4a"), f.dependsOn());
        assertFalse(f.transactional());
        assertEquals(12, f.upgrade().firstLine());
        assertFalse(f.downgrade().present());
        assertTrue(f.downgrade().isEmpty(PG));
    }

    @Test
    void emptyOrMissingRevisesMeansBase() {
        assertTrue(parse("-- revision: a\n-- revises:\n-- +upgrade\n").isBase());
        assertTrue(parse("-- revision: a\n-- +upgrade\nSELECT 1;").isBase());
        assertTrue(parse("-- revision: a\n-- revises: , \n-- +upgrade\n").isBase());
    }

    @Test
    void transactionDefaultsToTrue() {
        assertTrue(parse("-- revision: a\n-- transaction: true\n-- +upgrade\n").transactional());
        assertTrue(parse("-- revision: a\n-- +upgrade\n").transactional());
    }

    @Test
    void markerSpellings() {
        for (String up : List.of("-- +upgrade", "--+upgrade", "--   +UPGRADE   ", "  -- +Upgrade\t", "-- +upgrade -- apply")) {
            RevisionFile f = parse("-- revision: a\n" + up + "\nSELECT 1;\n--+DownGrade\nSELECT 2;");
            assertEquals(3, f.upgrade().firstLine(), up);
            assertEquals(5, f.downgrade().firstLine(), up);
            assertEquals("SELECT 1;\n", f.upgrade().sql(), up);
        }
    }

    @Test
    void downgradeMayComeFirst() {
        RevisionFile f = parse("-- revision: a\n-- +downgrade\nDROP TABLE t;\n-- +upgrade\nCREATE TABLE t (a INT);\n");
        assertEquals("CREATE TABLE t (a INT);\n", f.upgrade().sql());
        assertEquals(5, f.upgrade().firstLine());
        assertEquals("DROP TABLE t;\n", f.downgrade().sql());
        assertEquals(3, f.downgrade().firstLine());
    }

    @Test
    void emptyAndCommentOnlyDowngradeIsAllowed() {
        RevisionFile f = parse("-- revision: a\n-- +upgrade\nSELECT 1;\n-- +downgrade\n-- irreversible: data is gone\n/* sorry */\n");
        assertTrue(f.downgrade().present());
        assertTrue(f.downgrade().isEmpty(PG));
        assertFalse(f.upgrade().isEmpty(PG));
        RevisionFile atEnd = parse("-- revision: a\n-- +upgrade\nSELECT 1;\n-- +downgrade");
        assertEquals(new Section("", 5, true), atEnd.downgrade());
    }

    @Test
    void keyValueCommentsInsideSectionsAreSqlCommentsUnlessTheyAreHeaderKeys() {
        RevisionFile f = parse("-- revision: a\n-- +upgrade\n-- nonsense: x\nSELECT 1;\n");
        assertEquals("a", f.revision());
        assertEquals(List.of(new Statement("SELECT 1", 4, 1)), f.upgrade().statements(PG));
        // a header key there would be silently ignored: refused (see RevisionFileErrorsTest)
        assertThrows(dev.godwit.api.GodwitException.class,
                () -> parse("-- revision: a\n-- +upgrade\n-- revision: b\nSELECT 1;\n"));
    }

    @Test
    void crlfFilesKeepLineNumbers() {
        RevisionFile f = parse(EXAMPLE.replace("\n", "\r\n"));
        assertEquals(7, f.upgrade().firstLine());
        assertEquals("ALTER TABLE users ADD COLUMN last_login TIMESTAMP;\r\n\r\n", f.upgrade().sql());
        assertEquals(10, RevisionFileParser.statements(f, false, PG).get(0).line());
    }

    @Test
    void statementsCarryFileLineNumbers() {
        RevisionFile f = parse(String.join("\n",
                "-- revision: a",
                "-- +upgrade",
                "CREATE TABLE t (",
                "  a INT",
                ");",
                "",
                "-- seed",
                "INSERT INTO t VALUES (1);",
                "-- +downgrade",
                "DROP TABLE t;"));
        List<Statement> up = RevisionFileParser.statements(f, true, PG);
        assertEquals(List.of(3, 8), up.stream().map(Statement::line).toList());
        assertEquals(List.of(1, 2), up.stream().map(Statement::index).toList());
        assertEquals(10, RevisionFileParser.statements(f, false, PG).get(0).line());
    }

    @Test
    void absentDowngradeHasNoStatements() {
        RevisionFile f = parse("-- revision: a\n-- +upgrade\nSELECT 1;");
        assertEquals(List.of(), RevisionFileParser.statements(f, false, PG));
    }

    @Test
    void parsesFromDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.sql");
        Files.write(file, ("\uFEFF" + EXAMPLE).getBytes(StandardCharsets.UTF_8));
        RevisionFile f = RevisionFileParser.parse(file);
        assertEquals(file, f.path());
        assertEquals("3f2a9c1b7d4e", f.revision());
        assertEquals(7, f.upgrade().firstLine());
    }

    @Test
    void utf8ContentIsKept(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.sql");
        Files.writeString(file, "-- revision: a\n-- message: café ☕\n-- +upgrade\nINSERT INTO t VALUES ('naïve');\n");
        RevisionFile f = RevisionFileParser.parse(file);
        assertEquals("café ☕", f.message());
        assertEquals("INSERT INTO t VALUES ('naïve')", f.upgrade().statements(PG).get(0).sql());
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsText(@TempDir Path dir) throws Exception {
        // U+FFFD is also what a lenient decoder puts for a malformed byte: written on purpose, it is valid.
        Path file = dir.resolve("x.sql");
        Files.writeString(file, "-- revision: a\n-- message: odd \uFFFD\n-- +upgrade\nSELECT '\uFFFD';\n");
        RevisionFile f = RevisionFileParser.parse(file);
        assertEquals("odd \uFFFD", f.message());
        assertEquals("SELECT '\uFFFD'", f.upgrade().statements(PG).get(0).sql());
    }

    @Test
    void notesThatDoNotLookLikeKeysAreComments() {
        RevisionFile f = parse(String.join("\n",
                "-- revision: a",
                "-- 2nd attempt: after the outage",
                "-- https://example.com/ticket/1",
                "-- -- dashes: too",
                "--",
                "-- +upgrade",
                "SELECT 1;"));
        assertEquals("a", f.revision());
        assertEquals(7, f.upgrade().firstLine());
    }
}
