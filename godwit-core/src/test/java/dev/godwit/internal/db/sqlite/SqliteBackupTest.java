package dev.godwit.internal.db.sqlite;

import dev.godwit.internal.backup.Backup;
import dev.godwit.internal.backup.BackupRequest;
import dev.godwit.internal.backup.BackupTaker;
import dev.godwit.internal.backup.TestServers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.GodwitException;
import dev.godwit.internal.config.DatabaseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** SQLite: back up a database in use, change it, run the printed restore command, compare. */
class SqliteBackupTest {
    private static final Instant TIME = Instant.parse("2024-02-03T04:05:06Z");
    private static final List<String> QUERIES = List.of(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name",
            "SELECT * FROM author ORDER BY id",
            "SELECT * FROM book ORDER BY id",
            "SELECT * FROM audit ORDER BY id",
            "SELECT * FROM book_view ORDER BY title");

    @TempDir
    Path dir;

    private Path createDatabase() throws Exception {
        Path db = dir.resolve("data/library.db");
        Files.createDirectories(db.getParent());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            TestServers.execute(c,
                    "PRAGMA journal_mode=WAL",
                    "CREATE TABLE author (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
                    "CREATE TABLE book (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL REFERENCES author(id),"
                            + " title TEXT NOT NULL, price REAL, cover BLOB)",
                    "CREATE TABLE audit (id INTEGER PRIMARY KEY AUTOINCREMENT, what TEXT)",
                    "CREATE TRIGGER book_added AFTER INSERT ON book BEGIN"
                            + " INSERT INTO audit (what) VALUES ('added ' || NEW.title); END",
                    "CREATE VIEW book_view AS SELECT b.title, a.name FROM book b JOIN author a ON a.id = b.author_id",
                    "CREATE INDEX book_author ON book(author_id)",
                    "INSERT INTO author VALUES (1, 'Ursula'), (2, 'Stanisław'), (3, 'Nobody')",
                    "INSERT INTO book VALUES (1, 1, 'The Dispossessed', 9.5, x'00ff10'),"
                            + " (2, 2, 'Solaris', NULL, NULL), (3, 1, 'Lathe ''of'' Heaven', 7.25, x'')");
        }
        return db;
    }

    @Test
    void backupOfADatabaseInUseRestoresWithThePrintedCommand() throws Exception {
        Path db = createDatabase();
        DatabaseUrl url = DatabaseUrl.parse("sqlite:///data/library.db", dir);
        Map<String, List<List<String>>> before;
        Backup backup;
        // Another program is writing: its uncommitted row must not be in the backup.
        try (Connection busy = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            busy.setAutoCommit(false);
            TestServers.execute(busy, "INSERT INTO author VALUES (99, 'uncommitted')");
            try (Connection reader = DriverManager.getConnection("jdbc:sqlite:" + db)) {
                before = TestServers.snapshot(reader, QUERIES);
            }
            backup = BackupTaker.take(new SqliteBackup(), new BackupRequest(url, null, dir.resolve("backups"), "ae1027a6acf", TIME));
            busy.rollback();
        }
        assertEquals(dir.resolve("backups/library-ae1027a6acf-20240203T040506Z.sqlite"), backup.file());
        assertTrue(backup.bytes() > 0);
        assertEquals(Files.size(backup.file()), backup.bytes());
        assertTrue(backup.notes().get(0).startsWith("Stop every program"), backup.notes().toString());
        assertEquals(3, before.get("SELECT * FROM author ORDER BY id").size());

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            TestServers.execute(c, "DROP VIEW book_view", "DROP TABLE book",
                    "UPDATE author SET name = 'changed'", "INSERT INTO author VALUES (4, 'new')");
        }
        TestServers.Run run = TestServers.bash(backup.restoreCommand(), Map.of());
        assertEquals(0, run.exitCode(), backup.restoreCommand() + "\n" + run.output());

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            assertEquals(before, TestServers.snapshot(c, QUERIES));
            assertEquals(List.of(List.of("ok")), TestServers.rows(c, "PRAGMA integrity_check"));
            assertEquals(List.of(), TestServers.rows(c, "PRAGMA foreign_key_check"));
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void pathsWithSpacesAndQuotesRestore() throws Exception {
        Path weird = Files.createDirectories(dir.resolve("it's a dir"));
        Path db = weird.resolve("my app.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            TestServers.execute(c, "CREATE TABLE t (x TEXT)", "INSERT INTO t VALUES ('kept')");
        }
        DatabaseUrl url = DatabaseUrl.parse("jdbc:sqlite:" + db, dir);
        Backup backup = BackupTaker.take(new SqliteBackup(), new BackupRequest(url, null, weird.resolve("back ups"), null, TIME));
        assertEquals(weird.resolve("back ups/my_app-base-20240203T040506Z.sqlite"), backup.file());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            TestServers.execute(c, "UPDATE t SET x = 'lost'");
        }
        TestServers.Run run = TestServers.bash(backup.restoreCommand(), Map.of());
        assertEquals(0, run.exitCode(), run.output());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            assertEquals(List.of(List.of("kept")), TestServers.rows(c, "SELECT x FROM t"));
        }
    }

    @Test
    void namesAreUniqueAndCarryDatabaseRevisionAndTime() throws Exception {
        createDatabase();
        DatabaseUrl url = DatabaseUrl.parse("sqlite:///data/library.db", dir);
        BackupRequest request = new BackupRequest(url, null, dir.resolve("backups"), "1975abcd", TIME);
        Backup first = BackupTaker.take(new SqliteBackup(), request);
        Backup second = BackupTaker.take(new SqliteBackup(), request);
        Backup later = BackupTaker.take(new SqliteBackup(), new BackupRequest(url, null, dir.resolve("backups"), null,
                Instant.parse("2024-12-31T23:59:59Z")));
        assertNotEquals(first.file(), second.file());
        assertEquals("library-1975abcd-20240203T040506Z.sqlite", first.file().getFileName().toString());
        assertEquals("library-1975abcd-20240203T040506Z-2.sqlite", second.file().getFileName().toString());
        assertEquals("library-base-20241231T235959Z.sqlite", later.file().getFileName().toString());
        assertEquals(3, TestServers.files(dir.resolve("backups")).size());
        assertEquals(Files.size(first.file()), Files.size(second.file()));
    }

    @Test
    void nothingToBackUp() throws Exception {
        GodwitException missing = assertThrows(GodwitException.class, () -> BackupTaker.take(new SqliteBackup(), new BackupRequest(
                DatabaseUrl.parse("sqlite:///absent.db", dir), null, dir.resolve("backups"), null, TIME)));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        assertTrue(!Files.exists(dir.resolve("absent.db")), "the check must not create the database");
        GodwitException memory = assertThrows(GodwitException.class, () -> BackupTaker.take(new SqliteBackup(), new BackupRequest(
                DatabaseUrl.parse("sqlite://", dir), null, dir.resolve("backups"), null, TIME)));
        assertTrue(memory.getMessage().contains("in-memory"), memory.getMessage());
        assertEquals(List.of(), TestServers.files(dir.resolve("backups")));
    }

    @Test
    void fileUriUrls() {
        assertEquals("/data/my app.db", SqliteBackup.filePath("file:/data/my%20app.db?mode=rwc"));
        assertEquals("/data/x.db", SqliteBackup.filePath("file:///data/x.db"));
        assertEquals("/data/x.db", SqliteBackup.filePath("file://localhost/data/x.db#f"));
        assertEquals("/data/x.db", SqliteBackup.filePath("/data/x.db"));
        assertEquals(null, SqliteBackup.filePath("file::memory:?cache=shared"));
        assertEquals(null, SqliteBackup.filePath("file:x.db?cache=shared&mode=memory"));
        assertEquals(null, SqliteBackup.filePath(":memory:"));
    }
}
