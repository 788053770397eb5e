package dev.godwit.internal.script;

import dev.godwit.internal.db.postgres.PostgresDialect;
import dev.godwit.internal.db.sqlite.SqliteDialect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.GodwitException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Each malformed file gives a one-line "file:line: what" message and a hint. */
class RevisionFileErrorsTest {
    private static final Path FILE = Path.of("migrations", "bad.sql");
    private static final String PREFIX = FILE + ":";

    private static GodwitException fails(Executable parse) {
        GodwitException e = assertThrows(GodwitException.class, parse);
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertNotNull(e.hint());
        assertFalse(e.hint().isBlank());
        return e;
    }

    private static GodwitException fails(String content) {
        return fails(() -> RevisionFileParser.parse(FILE, content));
    }

    private static void assertMessage(GodwitException e, int line, String what) {
        assertEquals(PREFIX + line + ": " + what, e.getMessage());
    }

    @Test
    void missingRevision() {
        GodwitException e = fails("-- message: hello\n-- +upgrade\nSELECT 1;");
        assertMessage(e, 1, "missing `-- revision:` header");
        assertTrue(e.hint().contains("add a line `-- revision: <id>` at the top of the file"), e.hint());
    }

    @Test
    void emptyFile() {
        assertMessage(fails(""), 1, "missing `-- revision:` header");
    }

    @Test
    void badRevisionId() {
        GodwitException e = fails("\n-- revision: 3f2a-9c1b\n-- +upgrade\n");
        assertMessage(e, 2, "invalid revision id `3f2a-9c1b`");
        assertTrue(e.hint().contains("letters, digits and _"));
        assertMessage(fails("-- revision:\n-- +upgrade\n"), 1, "empty revision id");
    }

    @Test
    void revisionIdLongerThanTheVersionColumn() {
        String id = "a".repeat(65);
        GodwitException e = fails("-- message: long\n-- revision: " + id + "\n-- +upgrade\nSELECT 1;\n");
        assertMessage(e, 2, "revision id `" + id + "` is 65 characters long; the version table holds at most 64");
        assertTrue(e.hint().contains("shorten the id"), e.hint());
        assertEquals("b".repeat(64), RevisionFileParser.parse(FILE, "-- revision: " + "b".repeat(64)
                + "\n-- +upgrade\nSELECT 1;\n").revision());
    }

    @Test
    void headerKeysBelowASectionMarkerAreRefused() {
        GodwitException e = fails("-- revision: a\n-- +upgrade\n-- transaction: false\nCREATE INDEX CONCURRENTLY i ON t (x);\n");
        assertMessage(e, 3, "header `-- transaction:` below the section marker at line 2 would be ignored");
        assertTrue(e.hint().contains("move the line into the header, above line 2"), e.hint());
        assertMessage(fails("-- revision: a\n\n-- +upgrade\nSELECT 1;\n-- +downgrade\n  --  Depends-On : b\n"), 6,
                "header `-- depends-on:` below the section marker at line 3 would be ignored");
        assertMessage(fails("-- revision: a\n-- +downgrade\nSELECT 1;\n-- +upgrade\n-- revises: b\n"), 5,
                "header `-- revises:` below the section marker at line 2 would be ignored");
        // ordinary comments, and keys Godwit does not know, stay comments
        RevisionFile ok = RevisionFileParser.parse(FILE, "-- revision: a\n-- +upgrade\n-- note: keep\n"
                + "-- transaction false is not needed here\nSELECT 1; -- message: inline\n");
        assertEquals("a", ok.revision());
    }

    @Test
    void badRevisesEntry() {
        assertMessage(fails("-- revision: a\n-- revises: b, c d\n-- +upgrade\n"), 2, "invalid entry `c d` in `revises`");
        assertMessage(fails("-- revision: a\n-- revises: b, b\n-- +upgrade\n"), 2, "`revises` lists `b` twice");
        assertMessage(fails("-- revises: a\n-- revision: a\n-- +upgrade\n"), 1, "revision a revises itself");
        assertMessage(fails("-- revision: a\n-- branch-labels: ok, no way\n-- +upgrade\n"), 2,
                "invalid entry `no way` in `branch-labels`");
    }

    @Test
    void duplicateKey() {
        GodwitException e = fails("-- revision: a\n-- message: one\n\n-- Message: two\n-- +upgrade\n");
        assertMessage(e, 4, "duplicate header `message` (first given at line 2)");
        assertTrue(e.hint().contains("-- message:"));
    }

    @Test
    void unknownKeyWithSuggestion() {
        GodwitException e = fails("-- revison: a\n-- +upgrade\n");
        assertMessage(e, 1, "unknown header key `revison`");
        assertTrue(e.hint().startsWith("did you mean `revision`?"), e.hint());
        assertTrue(e.hint().contains("revision, revises, message, created, branch-labels, depends-on, transaction"));
    }

    @Test
    void unknownKeyWithoutSuggestion() {
        GodwitException e = fails("-- revision: a\n-- TODO: write the downgrade\n-- +upgrade\n");
        assertMessage(e, 2, "unknown header key `TODO`");
        assertTrue(e.hint().startsWith("known keys: "), e.hint());
    }

    @Test
    void badTransactionValue() {
        GodwitException e = fails("-- revision: a\n-- transaction: yes\n-- +upgrade\n");
        assertMessage(e, 2, "invalid transaction value `yes`: expected true or false");
        assertTrue(e.hint().contains("-- transaction: false"));
    }

    @Test
    void noUpgradeSection() {
        GodwitException e = fails("-- revision: a\n-- message: m\n");
        assertMessage(e, 1, "no `-- +upgrade` section");
        assertTrue(e.hint().contains("-- +upgrade"));
        assertMessage(fails("-- revision: a\n\n-- +downgrade\nDROP TABLE t;"), 3, "no `-- +upgrade` section");
    }

    @Test
    void duplicateUpgradeMarker() {
        GodwitException e = fails("-- revision: a\n-- +upgrade\nSELECT 1;\n-- +downgrade\nSELECT 2;\n-- +UPGRADE\nSELECT 3;");
        assertMessage(e, 6, "second `-- +upgrade` marker (the first is at line 2)");
        assertMessage(fails("-- revision: a\n-- +upgrade\n-- +downgrade\n-- +downgrade\n"), 4,
                "second `-- +downgrade` marker (the first is at line 3)");
    }

    @Test
    void sqlBeforeTheFirstSection() {
        GodwitException e = fails("-- revision: a\n\nCREATE TABLE t (\n  a INT);\n-- +upgrade\nSELECT 1;");
        assertMessage(e, 3, "statement outside a section: `CREATE TABLE t (`");
        assertTrue(e.hint().contains("-- +upgrade"));
        assertMessage(fails("/* header */\n-- revision: a\n-- +upgrade\n"), 1, "statement outside a section: `/* header */`");
    }

    @Test
    void unknownOrMisspelledMarker() {
        GodwitException e = fails("-- revision: a\n-- +goose Up\nSELECT 1;");
        assertMessage(e, 2, "unknown section marker `-- +goose Up`");
        assertTrue(e.hint().contains("`-- +upgrade` and `-- +downgrade`"));
        assertMessage(fails("-- revision: a\n-- +upgrade\nSELECT 1;\n-- +downgrades\n"), 4, "unknown section marker `-- +downgrades`");
        assertMessage(fails("-- revision: a\n-- +upgrade now\nSELECT 1;"), 2, "unexpected text after `-- +upgrade`: `now`");
    }

    @Test
    void unterminatedStringInASection() {
        RevisionFile f = RevisionFileParser.parse(FILE,
                "-- revision: a\n-- +upgrade\nSELECT 1;\nINSERT INTO t VALUES ('oops);\n-- +downgrade\nSELECT 2;");
        SplitterOptions o = SqliteDialect.SPLITTER_OPTIONS;
        GodwitException e = fails(() -> RevisionFileParser.statements(f, true, o));
        assertMessage(e, 4, "unterminated string literal starting at line 4");
        assertTrue(e.hint().contains("close it with '"));
        assertEquals(1, RevisionFileParser.statements(f, false, o).size());
    }

    @Test
    void unterminatedDollarQuoteInDowngrade() {
        RevisionFile f = RevisionFileParser.parse(FILE,
                "-- revision: a\n-- +upgrade\nSELECT 1;\n-- +downgrade\n\nCREATE FUNCTION f() AS $body$ SELECT 1;\n");
        GodwitException e = fails(() -> RevisionFileParser.statements(f, false, PostgresDialect.SPLITTER_OPTIONS));
        assertMessage(e, 6, "unterminated dollar-quoted string $body$ starting at line 6");
    }

    @Test
    void invalidUtf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.sql");
        byte[] head = "-- revision: a\n-- message: caf".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] content = new byte[head.length + 3];
        System.arraycopy(head, 0, content, 0, head.length);
        content[head.length] = (byte) 0xE9;
        content[head.length + 1] = '\n';
        content[head.length + 2] = '-';
        Files.write(file, content);
        GodwitException e = fails(() -> RevisionFileParser.parse(file));
        assertEquals(file + ":2: not valid UTF-8 (byte 0xE9 at offset " + head.length + ")", e.getMessage());
        assertTrue(e.hint().contains("UTF-8"));
    }

    @Test
    void missingFile(@TempDir Path dir) {
        Path file = dir.resolve("nope.sql");
        GodwitException e = fails(() -> RevisionFileParser.parse(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }
}
