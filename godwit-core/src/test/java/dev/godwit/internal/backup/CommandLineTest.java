package dev.godwit.internal.backup;

import dev.godwit.internal.db.mysql.MysqlBackup;
import dev.godwit.internal.db.postgres.PostgresBackup;
import dev.godwit.internal.db.sqlite.SqliteBackup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.internal.config.DatabaseUrl;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command lines the backup builds: exact, and never holding the password. */
class CommandLineTest {
    private static final String PASSWORD = "S3cr@t pw'\"#";
    private static final String ENCODED = "S3cr%40t%20pw'%22%23";
    private static final Path FILE = Path.of("/backups/app-r1-20240101T000000Z.dump");
    private static final Instant TIME = Instant.parse("2024-01-01T00:00:00Z");

    private static DatabaseUrl url(String text) {
        DatabaseUrl url = DatabaseUrl.parse(text, Path.of("/tmp"));
        assertEquals(PASSWORD, url.password(), "test setup: the URL carries the password");
        return url;
    }

    private static void assertNoPassword(List<String> argv) {
        for (String arg : argv) {
            assertFalse(arg.contains(PASSWORD) || arg.contains(ENCODED) || arg.contains("S3cr"),
                    "the command line holds the password: " + argv);
        }
    }

    private static void assertNoPassword(String text) {
        assertFalse(text.contains(PASSWORD) || text.contains(ENCODED) || text.contains("S3cr"),
                "the text holds the password: " + text);
    }

    @Test
    void postgresPasswordTravelsInTheEnvironmentOnly() {
        DatabaseUrl url = url("postgresql://alice:" + ENCODED + "@db.example.com:6543/app");
        BackupRequest request = new BackupRequest(url, "Sales.Q1", Path.of("/backups"), "r1", TIME);
        ServerAddress address = ServerAddress.of(url);

        List<String> argv = PostgresBackup.dumpCommand("/usr/bin/pg_dump", request, address, FILE);
        assertNoPassword(argv);
        assertEquals(List.of("/usr/bin/pg_dump", "-Fc", "-w", "-h", "db.example.com", "-p", "6543", "-U", "alice",
                "-d", "app", "-n", "\"Sales.Q1\"", "-f", FILE.toString()), argv);
        assertEquals(PASSWORD, PostgresBackup.environment(request, address).get("PGPASSWORD"));

        String restore = PostgresBackup.restoreCommand("pg_restore", request, address, FILE);
        assertNoPassword(restore);
        assertEquals("pg_restore --clean --if-exists --no-owner -h db.example.com -p 6543 -U alice -d app "
                + FILE, restore);
        for (String note : PostgresBackup.notes(request, address)) {
            assertNoPassword(note);
        }
        assertTrue(PostgresBackup.notes(request, address).get(0).contains("PGPASSWORD"));
    }

    @Test
    void postgresPasswordInAQueryParameterStaysOffTheCommandLineToo() {
        DatabaseUrl url = url("jdbc:postgresql://db:5432/app?user=alice&password=" + ENCODED + "&sslmode=verify-full");
        BackupRequest request = new BackupRequest(url, null, Path.of("/backups"), null, TIME);
        ServerAddress address = ServerAddress.of(url);
        assertNoPassword(PostgresBackup.dumpCommand("pg_dump", request, address, FILE));
        String restore = PostgresBackup.restoreCommand("pg_restore", request, address, FILE);
        assertNoPassword(restore);
        assertEquals("PGSSLMODE=verify-full pg_restore --clean --if-exists --no-owner -h db -p 5432 -U alice -d app "
                + FILE, restore);
        Map<String, String> env = PostgresBackup.environment(request, address);
        assertEquals("verify-full", env.get("PGSSLMODE"));
        assertEquals(PASSWORD, env.get("PGPASSWORD"));
    }

    @Test
    void postgresSeveralHostsAndOddDatabaseNames() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://h1:5433,h2/a%3Db", Path.of("/tmp"));
        BackupRequest request = new BackupRequest(url, null, Path.of("/b"), null, TIME);
        List<String> argv = PostgresBackup.dumpCommand("pg_dump", request, ServerAddress.of(url), FILE);
        assertEquals(List.of("pg_dump", "-Fc", "-w", "-h", "h1,h2", "-p", "5433,5432", "-d", "dbname='a=b'", "-f",
                FILE.toString()), argv);
        assertEquals("dbname='it\\'s=x'", PostgresBackup.databaseArgument("it's=x"));
        assertEquals("dbname='postgresql://x'", PostgresBackup.databaseArgument("postgresql://x"));
        assertEquals("plain", PostgresBackup.databaseArgument("plain"));
        assertEquals("\"My\"\"Schema\"", PostgresBackup.schemaPattern("My\"Schema"));
    }

    @Test
    void mysqlPasswordTravelsInAnOptionFileOnly() {
        DatabaseUrl url = url("mariadb://bob:" + ENCODED + "@db.example.com/shop");
        BackupRequest request = new BackupRequest(url, null, Path.of("/backups"), "r1", TIME);
        ServerAddress address = ServerAddress.of(url);
        Path options = Path.of("/tmp/godwit-backup-123.cnf");

        List<String> argv = MysqlBackup.dumpCommand("/usr/bin/mariadb-dump", options, request, address, true);
        assertNoPassword(argv);
        assertEquals(List.of("/usr/bin/mariadb-dump", "--defaults-extra-file=" + options, "--protocol=TCP",
                "-h", "db.example.com", "-P", "3306", "-u", "bob", "--single-transaction", "--routines", "--triggers",
                "--events", "--no-tablespaces", "--hex-blob", "--default-character-set=utf8mb4", "shop"), argv);
        assertFalse(MysqlBackup.dumpCommand("mysqldump", options, request, address, false).contains("--events"));

        String restore = MysqlBackup.restoreCommand("mariadb", request, address, Path.of("/backups/shop 1.sql"));
        assertNoPassword(restore);
        assertEquals("mariadb --protocol=TCP -h db.example.com -P 3306 -u bob shop < '/backups/shop 1.sql'", restore);
        for (String note : MysqlBackup.restoreNotes(request)) {
            assertNoPassword(note);
        }
        assertTrue(MysqlBackup.restoreNotes(request).get(0).contains("MYSQL_PWD"));
    }

    @Test
    void mysqlSchemaNamesTheDatabaseToDump() {
        DatabaseUrl url = DatabaseUrl.parse("mysql://root@h:3307/shop", Path.of("/tmp"));
        BackupRequest request = new BackupRequest(url, "-odd", Path.of("/b"), null, TIME);
        ServerAddress address = ServerAddress.of(url);
        List<String> argv = MysqlBackup.dumpCommand("mariadb-dump", null, request, address, true);
        assertFalse(argv.get(1).startsWith("--defaults-extra-file"));
        assertEquals(List.of("--", "-odd"), argv.subList(argv.size() - 2, argv.size()));
        assertEquals("mariadb --protocol=TCP -h h -P 3307 -u root --database=-odd < /x.sql",
                MysqlBackup.restoreCommand("mariadb", request, address, Path.of("/x.sql")));
    }

    @Test
    void optionFileQuotesThePassword() {
        assertEquals("[client]\npassword=\"a\\\"b\\\\c#d e'f\"\n", MysqlBackup.optionFile("a\"b\\c#d e'f"));
        assertEquals("[client]\npassword=\"x\\ny\\tz\"\n", MysqlBackup.optionFile("x\ny\tz"));
    }

    @Test
    void sqliteRestoreCopiesTheFileBackAndDropsStaleJournals() {
        assertEquals("cp /b/app-r1-20240101T000000Z.sqlite /data/app.db && rm -f /data/app.db-wal /data/app.db-shm"
                + " /data/app.db-journal", SqliteBackup.restoreCommand(Path.of("/data/app.db"),
                Path.of("/b/app-r1-20240101T000000Z.sqlite")));
        assertEquals("\"/tmp/it's/x.sqlite\"", SqliteBackup.backupTarget(Path.of("/tmp/it's/x.sqlite")));
        assertEquals("'/tmp/a b/x.sqlite'", SqliteBackup.backupTarget(Path.of("/tmp/a b/x.sqlite")));
    }

    @Test
    void shellQuoting() {
        assertEquals("plain-word_1.2/x:y=z@h%,+", Shell.quote("plain-word_1.2/x:y=z@h%,+"));
        assertEquals("''", Shell.quote(""));
        assertEquals("'a b'", Shell.quote("a b"));
        assertEquals("'it'\\''s'", Shell.quote("it's"));
        assertEquals("'$HOME'", Shell.quote("$HOME"));
        assertEquals("'~x'", Shell.quote("~x"));
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("A", "1");
        variables.put("B", "x y");
        assertEquals("A=1 B='x y' cmd", Shell.withVariables(variables, "cmd"));
    }
}
