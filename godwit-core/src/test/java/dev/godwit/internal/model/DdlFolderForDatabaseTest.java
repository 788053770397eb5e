package dev.godwit.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.GodwitException;
import dev.godwit.internal.db.Database;
import dev.godwit.internal.db.Databases;
import dev.godwit.spi.DdlStatement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A DDL model folder with a subfolder per database: each database reads its own, never another's. */
class DdlFolderForDatabaseTest {

    private static List<String> sql(Path folder, String database) {
        Database db = Databases.named(database).orElseThrow();
        return DdlFolderSource.forDatabase(folder, db).statements().stream().map(DdlStatement::sql).toList();
    }

    @Test
    void eachDatabaseReadsItsOwnSubfolderAlone(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("postgresql"));
        Files.createDirectories(dir.resolve("mysql"));
        Files.writeString(dir.resolve("postgresql/a.sql"), "CREATE TABLE pg_only (id INTEGER);\n");
        Files.writeString(dir.resolve("mysql/a.sql"), "CREATE TABLE my_only (id INTEGER);\n");
        Files.writeString(dir.resolve("shared.sql"), "CREATE TABLE shared (id INTEGER);\n");
        assertEquals(List.of("CREATE TABLE pg_only (id INTEGER)"), sql(dir, "postgresql"));
        assertEquals(List.of("CREATE TABLE my_only (id INTEGER)"), sql(dir, "mysql"));
        assertEquals(List.of("CREATE TABLE shared (id INTEGER)"), sql(dir, "sqlite"));
    }

    @Test
    void aFolderWithoutSubfoldersIsReadWhole(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("tables"));
        Files.writeString(dir.resolve("tables/a.sql"), "CREATE TABLE a (id INTEGER);\n");
        Files.writeString(dir.resolve("b.sql"), "CREATE TABLE b (id INTEGER);\n");
        assertEquals(List.of("CREATE TABLE b (id INTEGER)", "CREATE TABLE a (id INTEGER)"), sql(dir, "sqlite"));
    }

    @Test
    void aDatabaseWithoutASubfolderAmongOthersIsToldWhichIsMissing(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("postgresql"));
        Files.writeString(dir.resolve("postgresql/a.sql"), "CREATE TABLE pg_only (id INTEGER);\n");
        GodwitException e = assertThrows(GodwitException.class, () -> sql(dir, "sqlite"));
        assertTrue(e.getMessage().contains("has a subfolder per database but none for sqlite"), e.getMessage());
        assertTrue(e.hint().contains(dir.resolve("sqlite").toString()), e.hint());
    }
}
