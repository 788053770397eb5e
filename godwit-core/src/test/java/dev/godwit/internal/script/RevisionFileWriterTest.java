package dev.godwit.internal.script;

import dev.godwit.internal.db.mysql.MysqlDialect;
import dev.godwit.internal.db.postgres.PostgresDialect;
import dev.godwit.internal.db.sqlite.SqliteDialect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.GodwitException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ids, slugs, file names, rendering and writing new revision files. */
class RevisionFileWriterTest {
    private static final Instant CREATED = Instant.parse("2026-11-21T10:30:05.123Z");

    private static NewRevision sample() {
        return new NewRevision("3f2a9c1b7d4e", List.of("1a2b3c4d5e6f"), "add last_login to users", CREATED,
                List.of(), List.of(), "ALTER TABLE users ADD COLUMN last_login TIMESTAMP;",
                "ALTER TABLE users DROP COLUMN last_login;");
    }

    @Test
    void revisionIdsAreTwelveLowercaseHexCharacters() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = RevisionFileWriter.newRevisionId();
            assertTrue(id.matches("[0-9a-f]{12}"), id);
            ids.add(id);
        }
        assertEquals(1000, ids.size());
    }

    @Test
    void slugs() {
        assertEquals("add_last_login_to_users", RevisionFileWriter.slug("Add last_login to users!"));
        assertEquals("cafe_creme", RevisionFileWriter.slug("  Café -- crème  "));
        assertEquals("v2_schema", RevisionFileWriter.slug("__v2 schema__"));
        assertEquals("revision", RevisionFileWriter.slug(""));
        assertEquals("revision", RevisionFileWriter.slug(null));
        assertEquals("revision", RevisionFileWriter.slug("日本語 !!"));
        String longSlug = RevisionFileWriter.slug("a very long message that goes on and on and on and never stops");
        assertEquals("a_very_long_message_that_goes_on_and_on", longSlug);
        assertTrue(longSlug.length() <= 40);
        assertEquals("x".repeat(40), RevisionFileWriter.slug("x".repeat(60)));
        assertEquals("x".repeat(39), RevisionFileWriter.slug("x".repeat(39) + " y"));
    }

    @Test
    void defaultFileName() {
        assertEquals("20261121_103005_3f2a9c1b7d4e_add_users.sql",
                RevisionFileWriter.fileName(null, "3f2a9c1b7d4e", "add_users", CREATED));
        assertEquals("20261121_103005_3f2a9c1b7d4e_add_users.sql",
                RevisionFileWriter.fileName(RevisionFileWriter.DEFAULT_FILE_TEMPLATE, "3f2a9c1b7d4e", "add_users", CREATED));
        assertEquals(RevisionFileWriter.fileName("  ", "r", "s", CREATED), RevisionFileWriter.fileName(null, "r", "s", CREATED));
    }

    @Test
    void everyPlaceholder() {
        assertEquals("2026-11-21T10.30.05_1795257005_r_s.sql", RevisionFileWriter.fileName(
                "{year}-{month}-{day}T{hour}.{minute}.{second}_{epoch}_{rev}_{slug}", "r", "s", CREATED));
        assertEquals("20261121-103005.sql", RevisionFileWriter.fileName("{date}-{time}.sql", "r", "s", CREATED));
        assertEquals("V_r.sql", RevisionFileWriter.fileName("V_{rev}", "r", "s", CREATED));
        assertEquals("2026-01-02.sql", RevisionFileWriter.fileName("{year}-{month}-{day}", "r", "s",
                Instant.parse("2026-01-02T23:59:59Z")));
    }

    @Test
    void unknownPlaceholderListsTheKnownOnes() {
        GodwitException e = assertThrows(GodwitException.class,
                () -> RevisionFileWriter.fileName("{date}_{revision}", "r", "s", CREATED));
        assertEquals("unknown placeholder {revision} in file name template `{date}_{revision}`", e.getMessage());
        assertEquals("known placeholders: {date}, {time}, {rev}, {slug}, {year}, {month}, {day}, {hour}, "
                + "{minute}, {second}, {epoch}", e.hint());
        assertThrows(GodwitException.class, () -> RevisionFileWriter.fileName("{date", "r", "s", CREATED));
    }

    @Test
    void fileNameMustBePlainAndVisible() {
        assertThrows(GodwitException.class, () -> RevisionFileWriter.fileName("{year}/{rev}", "r", "s", CREATED));
        assertThrows(GodwitException.class, () -> RevisionFileWriter.fileName("..\\{rev}", "r", "s", CREATED));
        assertThrows(GodwitException.class, () -> RevisionFileWriter.fileName(".{rev}", "r", "s", CREATED));
    }

    @Test
    void rendersTheDocumentedLayout() {
        assertEquals(String.join("\n",
                "-- revision: 3f2a9c1b7d4e",
                "-- revises: 1a2b3c4d5e6f",
                "-- message: add last_login to users",
                "-- created: 2026-11-21T10:30:05Z",
                "",
                "-- +upgrade",
                "ALTER TABLE users ADD COLUMN last_login TIMESTAMP;",
                "",
                "-- +downgrade",
                "ALTER TABLE users DROP COLUMN last_login;",
                ""), RevisionFileWriter.render(sample()));
    }

    @Test
    void rendersEmptySectionsAndOptionalHeaders() {
        NewRevision r = new NewRevision("abc", List.of(), "first\nline", CREATED, List.of("main"),
                List.of("x1", "feature"), null, "  ");
        assertEquals(String.join("\n",
                "-- revision: abc",
                "-- revises:",
                "-- message: first line",
                "-- created: 2026-11-21T10:30:05Z",
                "-- branch-labels: main",
                "-- depends-on: x1, feature",
                "",
                "-- +upgrade",
                "",
                "",
                "-- +downgrade",
                "",
                ""), RevisionFileWriter.render(r));
    }

    @Test
    void renderThenParseRoundTrips() {
        NewRevision r = new NewRevision("0123456789ab", List.of("aaa", "bbb"), "merge: heads; it's fine", CREATED,
                List.of("release-1.x"), List.of("other_rev"),
                "\n\n  CREATE TABLE t (\n    a INT -- c\n  );\nINSERT INTO t VALUES (1);\n\n",
                "DROP TABLE t;");
        RevisionFile f = RevisionFileParser.parse(Path.of("r.sql"), RevisionFileWriter.render(r));
        assertEquals(r.id(), f.revision());
        assertEquals(r.revises(), f.revises());
        assertEquals(r.message(), f.message());
        assertEquals("2026-11-21T10:30:05Z", f.created());
        assertEquals(Instant.parse(f.created()), CREATED.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertEquals(r.branchLabels(), f.branchLabels());
        assertEquals(r.dependsOn(), f.dependsOn());
        assertTrue(f.transactional());
        SplitterOptions o = SqliteDialect.SPLITTER_OPTIONS;
        assertEquals(List.of("CREATE TABLE t (\n    a INT -- c\n  )", "INSERT INTO t VALUES (1)"),
                f.upgrade().statements(o).stream().map(Statement::sql).toList());
        assertEquals(List.of("DROP TABLE t"), f.downgrade().statements(o).stream().map(Statement::sql).toList());
    }

    @Test
    void emptyRevisionRoundTrips() {
        NewRevision r = new NewRevision(RevisionFileWriter.newRevisionId(), null, null, CREATED, null, null, null, null);
        RevisionFile f = RevisionFileParser.parse(Path.of("r.sql"), RevisionFileWriter.render(r));
        assertTrue(f.isBase());
        assertEquals("", f.message());
        SplitterOptions o = MysqlDialect.SPLITTER_OPTIONS;
        assertTrue(f.upgrade().isEmpty(o));
        assertTrue(f.downgrade().present());
        assertTrue(f.downgrade().isEmpty(o));
    }

    @Test
    void invalidIdIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new NewRevision("not-valid", null, null, CREATED, null, null, null, null));
    }

    @Test
    void writeCreatesTheFolderAndRefusesToOverwrite(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("db").resolve("migrations");
        Path file = RevisionFileWriter.write(dir, null, sample());
        assertEquals(dir.resolve("20261121_103005_3f2a9c1b7d4e_add_last_login_to_users.sql"), file);
        assertEquals(RevisionFileWriter.render(sample()), Files.readString(file));
        assertEquals("3f2a9c1b7d4e", ScriptDirectory.load(dir).get(0).revision());

        Files.writeString(file, "keep me");
        GodwitException e = assertThrows(GodwitException.class, () -> RevisionFileWriter.write(dir, null, sample()));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
        assertEquals("keep me", Files.readString(file));
    }

    @Test
    void writeWithCustomTemplate(@TempDir Path dir) {
        Path file = RevisionFileWriter.write(dir, "{epoch}_{slug}", sample());
        assertEquals("1795257005_add_last_login_to_users.sql", file.getFileName().toString());
        assertFalse(RevisionFileParser.parse(file).upgrade().isEmpty(PostgresDialect.SPLITTER_OPTIONS));
    }
}
