package dev.godwit.internal.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the migrations folder. */
class ScriptDirectoryTest {

    private static void revision(Path dir, String name, String id) throws Exception {
        Files.writeString(dir.resolve(name), "-- revision: " + id + "\n-- +upgrade\nSELECT 1;\n");
    }

    @Test
    void missingFolderIsAnError(@TempDir Path tmp) {
        Path dir = tmp.resolve("migrations");
        GodwitException e = assertThrows(GodwitException.class, () -> ScriptDirectory.load(dir));
        assertEquals("migrations folder " + dir + " does not exist", e.getMessage());
        // the CLI words the way out from the code and details (CliAdviceTest)
        assertEquals(ErrorCode.BAD_CONFIGURATION, e.code());
        assertEquals(dir.toString(), e.details().get("migrations"));
    }

    @Test
    void fileInsteadOfFolderIsAnError(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("migrations"), "");
        GodwitException e = assertThrows(GodwitException.class, () -> ScriptDirectory.load(file));
        assertTrue(e.getMessage().contains("is not a folder"), e.getMessage());
    }

    @Test
    void emptyFolderGivesNoRevisions(@TempDir Path dir) {
        assertEquals(List.of(), ScriptDirectory.load(dir));
    }

    @Test
    void loadsSqlFilesDirectlyInTheFolderSortedByName(@TempDir Path dir) throws Exception {
        revision(dir, "20260102_b.sql", "bbb");
        revision(dir, "20260101_a.sql", "aaa");
        revision(dir, "20260103_c.SQL", "ccc");
        revision(dir, ".hidden.sql", "hidden");
        Files.writeString(dir.resolve("README.md"), "not sql");
        Files.writeString(dir.resolve("notes.sql.bak"), "not sql");
        Files.createDirectories(dir.resolve("sub"));
        revision(dir.resolve("sub"), "20260100_nested.sql", "nested");
        Files.createDirectories(dir.resolve("folder.sql"));
        List<RevisionFile> files = ScriptDirectory.load(dir);
        assertEquals(List.of("aaa", "bbb", "ccc"), files.stream().map(RevisionFile::revision).toList());
        assertEquals(dir.resolve("20260101_a.sql"), files.get(0).path());
    }

    @Test
    void malformedFileNamesItself(@TempDir Path dir) throws Exception {
        revision(dir, "a.sql", "aaa");
        Files.writeString(dir.resolve("b.sql"), "-- revision: bbb\n-- transaction: maybe\n-- +upgrade\n");
        GodwitException e = assertThrows(GodwitException.class, () -> ScriptDirectory.load(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("b.sql") + ":2: "), e.getMessage());
    }

    @Test
    void loadsThreeHundredFilesQuickly(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 300; i++) {
            String id = String.format("%012x", i);
            String prev = i == 0 ? "" : String.format("%012x", i - 1);
            StringBuilder sql = new StringBuilder();
            for (int s = 0; s < 20; s++) {
                sql.append("CREATE TABLE t").append(i).append('_').append(s)
                        .append(" (id INT PRIMARY KEY, name TEXT DEFAULT 'x; y'); -- note\n");
            }
            Files.writeString(dir.resolve(String.format("%04d_rev.sql", i)), "-- revision: " + id + "\n-- revises: "
                    + prev + "\n-- message: step " + i + "\n\n-- +upgrade\n" + sql + "\n-- +downgrade\nSELECT 1;\n");
        }
        List<RevisionFile> files = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ScriptDirectory.load(dir));
        assertEquals(300, files.size());
        assertEquals(List.of("00000000012a"), files.get(299).revises());
    }
}
