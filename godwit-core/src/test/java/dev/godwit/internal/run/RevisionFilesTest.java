package dev.godwit.internal.run;

import dev.godwit.internal.db.postgres.PostgresDialect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.Godwit;
import dev.godwit.api.GodwitException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Revision files read ahead on a thread of their own, and what their problems look like then. */
class RevisionFilesTest {
    private static final Reading PG = new Reading("postgresql", PostgresDialect.SPLITTER_OPTIONS);

    private static void write(Path dir, String id, String revises, String upgrade) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(id + ".sql"), "-- revision: " + id + "\n-- revises: " + revises
                + "\n-- +upgrade\n" + upgrade + "\n-- +downgrade\nSELECT 0;\n");
    }

    @Test
    void aPreloadReadsAndSplitsAhead(@TempDir Path dir) throws Exception {
        write(dir, "a", "", "SELECT 1;");
        write(dir, "b", "a", "SELECT 2; SELECT 3;");
        RevisionFiles files = new RevisionFiles(dir);
        files.preload(PG);
        Revisions revisions = files.get();
        assertEquals(2, revisions.graph().size());
        SplitRevision b = revisions.split("b", PG);
        assertEquals(2, b.upgrade().size());
        assertSame(b, revisions.split("b", PG), "split once, by the preload");
        assertSame(revisions, files.get());
    }

    @Test
    void aRevisionThatDoesNotSplitFailsOnlyWhenAskedFor(@TempDir Path dir) throws Exception {
        write(dir, "a", "", "SELECT 1;");
        write(dir, "b", "a", "SELECT 'never closed;");
        RevisionFiles files = new RevisionFiles(dir);
        files.preload(PG);
        Revisions revisions = files.get();
        assertEquals(1, revisions.split("a", PG).upgrade().size());
        GodwitException e = assertThrows(GodwitException.class, () -> revisions.split("b", PG));
        assertTrue(e.getMessage().startsWith(dir.resolve("b.sql") + ":4: unterminated string"), e.getMessage());
        assertThrows(GodwitException.class, () -> revisions.split("b", PG), "and each time it is asked for");
    }

    @Test
    void aMalformedFileIsReportedByGetAsWithoutAPreload(@TempDir Path dir) throws Exception {
        write(dir, "a", "", "SELECT 1;");
        Files.writeString(dir.resolve("b.sql"), "-- revision: b\n-- revises: a\n-- transaction: maybe\n-- +upgrade\n");
        RevisionFiles files = new RevisionFiles(dir);
        files.preload(PG);
        GodwitException preloaded = assertThrows(GodwitException.class, files::get);
        GodwitException plain = assertThrows(GodwitException.class, () -> new RevisionFiles(dir).get());
        assertEquals(plain.getMessage(), preloaded.getMessage());
        assertTrue(preloaded.getMessage().startsWith(dir.resolve("b.sql") + ":3: "), preloaded.getMessage());
    }

    @Test
    void reloadReadsTheFilesAgain(@TempDir Path dir) throws Exception {
        write(dir, "a", "", "SELECT 1;");
        RevisionFiles files = new RevisionFiles(dir);
        files.preload(PG);
        assertEquals(1, files.get().graph().size());
        write(dir, "b", "a", "SELECT 2;");
        assertEquals(1, files.get().graph().size());
        assertEquals(2, files.reload().graph().size());
    }

    @Test
    void aProblemWithTheFilesWinsOverADatabaseThatCannotBeReached(@TempDir Path dir) throws Exception {
        Path versions = dir.resolve("migrations/versions");
        write(versions, "a", "", "SELECT 1;");
        Files.writeString(versions.resolve("b.sql"), "-- revision: b\n-- revises: nowhere\n-- +upgrade\n");
        Godwit godwit = Godwit.configure().baseDirectory(dir).migrations(versions)
                .url("postgresql://godwit@127.0.0.1:1/none").load();
        GodwitException e = assertThrows(GodwitException.class, () -> godwit.upgrade("head"));
        assertTrue(e.getMessage().contains("nowhere") && !e.getMessage().contains("Could not connect"), e.getMessage());
        GodwitException validate = assertThrows(GodwitException.class, godwit::validate);
        assertTrue(validate.getMessage().contains("nowhere"), validate.getMessage());
    }

    @Test
    void withTheFilesInOrderTheDatabaseErrorIsReported(@TempDir Path dir) throws Exception {
        Path versions = dir.resolve("migrations/versions");
        write(versions, "a", "", "SELECT 1;");
        Godwit godwit = Godwit.configure().baseDirectory(dir).migrations(versions)
                .url("postgresql://godwit@127.0.0.1:1/none").load().preload();
        GodwitException e = assertThrows(GodwitException.class, () -> godwit.upgrade("head"));
        assertTrue(e.getMessage().startsWith("Could not connect to postgresql://godwit@127.0.0.1:1/none"), e.getMessage());
    }
}
