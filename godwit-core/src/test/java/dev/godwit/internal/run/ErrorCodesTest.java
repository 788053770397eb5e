package dev.godwit.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.ErrorCode;
import dev.godwit.Godwit;
import dev.godwit.api.GodwitException;
import dev.godwit.api.MigrationFailedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each main {@link ErrorCode}, provoked through the real engine on SQLite: a caller branches on
 * {@code code()} and reads {@code details()}, never the message text.
 */
class ErrorCodesTest {

    private static Path revision(Path dir, String id, String revises, String upgrade) throws Exception {
        Path versions = dir.resolve("migrations/versions");
        Files.createDirectories(versions);
        Path file = versions.resolve(id + ".sql");
        Files.writeString(file, "-- revision: " + id + "\n-- revises: " + revises + "\n-- message: " + id
                + "\n-- +upgrade\n" + upgrade + "\n-- +downgrade\nSELECT 0;\n");
        return file;
    }

    private static Godwit godwit(Path dir) {
        return Godwit.configure().baseDirectory(dir).url("sqlite:///" + dir.resolve("app.db").toAbsolutePath())
                .environmentVariables(Map.of()).load();
    }

    private static GodwitException fails(ErrorCode code, Executable call) {
        GodwitException e = assertThrows(GodwitException.class, call);
        assertEquals(code, e.code(), e.getMessage());
        return e;
    }

    @Test
    void unknownAndAmbiguousRevisions(@TempDir Path dir) throws Exception {
        revision(dir, "abc111", "", "CREATE TABLE a (id INTEGER);");
        revision(dir, "abc222", "abc111", "CREATE TABLE b (id INTEGER);");
        Godwit godwit = godwit(dir);
        GodwitException unknown = fails(ErrorCode.UNKNOWN_REVISION, () -> godwit.upgrade("zzz"));
        assertEquals(Map.of("revision", "zzz"), unknown.details());
        GodwitException ambiguous = fails(ErrorCode.AMBIGUOUS_REVISION, () -> godwit.upgrade("abc"));
        assertEquals(Map.of("prefix", "abc", "candidates", "abc111,abc222"), ambiguous.details());
    }

    @Test
    void multipleHeads(@TempDir Path dir) throws Exception {
        revision(dir, "r1", "", "CREATE TABLE a (id INTEGER);");
        revision(dir, "r2", "r1", "CREATE TABLE b (id INTEGER);");
        revision(dir, "r3", "r1", "CREATE TABLE c (id INTEGER);");
        GodwitException e = fails(ErrorCode.MULTIPLE_HEADS, () -> godwit(dir).upgrade("head"));
        assertEquals("r2,r3", e.details().get("heads"));
        assertEquals("upgrade", e.details().get("operation"));
    }

    @Test
    void cycleIsABadGraph(@TempDir Path dir) throws Exception {
        revision(dir, "r1", "r2", "SELECT 1;");
        revision(dir, "r2", "r1", "SELECT 2;");
        GodwitException e = fails(ErrorCode.BAD_GRAPH, () -> godwit(dir).upgrade("head"));
        assertEquals("r1,r2", String.join(",", new java.util.TreeSet<>(
                java.util.List.of(e.details().get("revisions").split(",")))));
    }

    @Test
    void missingParentIsABadGraph(@TempDir Path dir) throws Exception {
        revision(dir, "r1", "gone", "SELECT 1;");
        fails(ErrorCode.BAD_GRAPH, () -> godwit(dir).upgrade("head"));
    }

    @Test
    void editedRevisionIsAChecksumMismatch(@TempDir Path dir) throws Exception {
        Path file = revision(dir, "s1", "", "CREATE TABLE a (id INTEGER);");
        godwit(dir).upgrade("head");
        Files.writeString(file, Files.readString(file).replace("CREATE TABLE a (id INTEGER);",
                "CREATE TABLE a (id INTEGER, name TEXT);"));
        revision(dir, "s2", "s1", "CREATE TABLE b (id INTEGER);");
        GodwitException e = fails(ErrorCode.CHECKSUM_MISMATCH, () -> godwit(dir).upgrade("head"));
        assertEquals("s1", e.details().get("revisions"));
    }

    @Test
    void databaseAtAnUnknownRevisionIsABookkeepingMismatch(@TempDir Path dir) throws Exception {
        Path file = revision(dir, "s1", "", "CREATE TABLE a (id INTEGER);");
        godwit(dir).upgrade("head");
        Files.delete(file);
        revision(dir, "t1", "", "CREATE TABLE t (id INTEGER);");
        GodwitException e = fails(ErrorCode.BOOKKEEPING_MISMATCH, () -> godwit(dir).upgrade("head"));
        assertEquals(Map.of("revisions", "s1", "heads", "t1"), e.details());
    }

    @Test
    void failingStatement(@TempDir Path dir) throws Exception {
        revision(dir, "r1", "", "CREATE TABLE a (id INTEGER);\nSELECT * FROM missing_table;");
        MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> godwit(dir).upgrade("head"));
        assertEquals(ErrorCode.STATEMENT_FAILED, e.code());
        assertEquals("r1", e.details().get("revision"));
        assertEquals("2", e.details().get("statement"));
    }

    @Test
    void wrongDirection(@TempDir Path dir) throws Exception {
        revision(dir, "r1", "", "CREATE TABLE a (id INTEGER);");
        Godwit godwit = godwit(dir);
        godwit.upgrade("head");
        GodwitException e = fails(ErrorCode.WRONG_DIRECTION, () -> godwit.upgrade("-1"));
        assertEquals(Map.of("target", "-1", "operation", "downgrade", "relative", "true"), e.details());
    }

    @Test
    void badUrl(@TempDir Path dir) {
        fails(ErrorCode.BAD_URL, () -> Godwit.configure().baseDirectory(dir).url("nosuchdb://h/x").environmentVariables(Map.of())
                .load().current());
    }

    @Test
    void badConfiguration(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("godwit.toml"), "url = \"sqlite:///x.db\"\nlock_timeout = \"soon\"\n");
        fails(ErrorCode.BAD_CONFIGURATION, () -> Godwit.configure().baseDirectory(dir).environmentVariables(Map.of()).load()
                .current());
        Files.writeString(dir.resolve("godwit.toml"), "url = \"sqlite:///x.db\"\nthis is not toml\n");
        fails(ErrorCode.BAD_CONFIGURATION, () -> Godwit.configure().baseDirectory(dir).environmentVariables(Map.of()).load()
                .current());
    }

    @Test
    void missingMigrationsFolder(@TempDir Path dir) {
        GodwitException e = fails(ErrorCode.BAD_CONFIGURATION, () -> godwit(dir).upgrade("head"));
        assertEquals(dir.resolve("migrations/versions").toString(), e.details().get("migrations"));
    }

    @Test
    void badRevisionFile(@TempDir Path dir) throws Exception {
        revision(dir, "r1", "", "SELECT 'never closed;");
        GodwitException e = fails(ErrorCode.BAD_REVISION_FILE, () -> godwit(dir).upgrade("head"));
        assertTrue(e.details().get("file").endsWith("r1.sql"), e.details().toString());
        assertEquals("5", e.details().get("line"));
        Path header = dir.resolve("h");
        Files.createDirectories(header.resolve("migrations/versions"));
        Files.writeString(header.resolve("migrations/versions/b.sql"),
                "-- revision: b\n-- transaction: maybe\n-- +upgrade\nSELECT 1;\n");
        GodwitException h = fails(ErrorCode.BAD_REVISION_FILE, () -> godwit(header).upgrade("head"));
        assertEquals("2", h.details().get("line"));
    }
}
