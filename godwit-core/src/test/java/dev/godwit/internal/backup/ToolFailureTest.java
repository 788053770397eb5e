package dev.godwit.internal.backup;

import dev.godwit.internal.db.mysql.MysqlBackup;
import dev.godwit.internal.db.postgres.PostgresBackup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.GodwitException;
import dev.godwit.internal.config.DatabaseUrl;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The errors a failing tool turns into: what failed, and what to do. */
class ToolFailureTest {
    private static final ToolLocator.Tool PG_DUMP = new ToolLocator.Tool("pg_dump", Path.of("/usr/bin/pg_dump"), true);
    private static final ToolLocator.Tool MARIADB_DUMP =
            new ToolLocator.Tool("mariadb-dump", Path.of("/usr/bin/mariadb-dump"), true);

    private static BackupRequest request(String url, String schema) {
        return new BackupRequest(DatabaseUrl.parse(url, Path.of("/tmp")), schema, Path.of("/b"), "r1", Instant.EPOCH);
    }

    @Test
    void pgDumpOlderThanTheServer() {
        BackupRequest r = request("postgresql://u:pw@db:5432/app", null);
        GodwitException e = PostgresBackup.failure(PG_DUMP, new ToolProcess.Result(1, List.of(
                "pg_dump: error: aborting because of server version mismatch",
                "pg_dump: detail: server version: 16.2 (Debian 16.2-1.pgdg120+2); pg_dump version: 15.20 (Debian 15.20-0+deb12u1)")),
                r, ServerAddress.of(r.url()));
        assertTrue(e.getMessage().startsWith("Backup failed: pg_dump 15.20 (Debian 15.20-0+deb12u1) (/usr/bin/pg_dump)"
                + " is older than the PostgreSQL 16.2 (Debian 16.2-1.pgdg120+2) server of database app on db:5432"),
                e.getMessage());
        assertTrue(e.getMessage().contains("server version mismatch"), e.getMessage());
        assertTrue(e.hint().contains("apt-get install postgresql-client-16"), e.hint());
        assertTrue(e.hint().contains("/usr/lib/postgresql/16/bin/pg_dump"), e.hint());
        assertTrue(e.hint().contains("-Dgodwit.pg_dump") && e.hint().contains("GODWIT_PG_DUMP"), e.hint());
        assertTrue(e.hint().endsWith("or run without a backup."), e.hint());
    }

    @Test
    void pgDumpOlderThanTheServerOldStyleMessage() {
        BackupRequest r = request("postgresql://db/app", "s");
        GodwitException e = PostgresBackup.failure(PG_DUMP, new ToolProcess.Result(1, List.of(
                "pg_dump: server version: 10.4; pg_dump version: 9.6.24",
                "pg_dump: aborting because of server version mismatch")), r, ServerAddress.of(r.url()));
        assertTrue(e.getMessage().contains("pg_dump 9.6.24"), e.getMessage());
        assertTrue(e.hint().contains("postgresql-client-10"), e.hint());

        GodwitException bare = PostgresBackup.failure(PG_DUMP, new ToolProcess.Result(1, List.of(
                "pg_dump: aborting because of server version mismatch")), r, ServerAddress.of(r.url()));
        assertTrue(bare.getMessage().startsWith("Backup failed: pg_dump (/usr/bin/pg_dump) is older than the PostgreSQL"
                + " server of database app schema s on db:5432"), bare.getMessage());
        assertTrue(bare.hint().contains("apt-get install postgresql-client "), bare.hint());
    }

    @Test
    void majorVersions() {
        assertEquals("16", PostgresBackup.major("16.2 (Debian 16.2-1)"));
        assertEquals("10", PostgresBackup.major("10.4"));
        assertEquals("9.6", PostgresBackup.major("9.6.24"));
        assertEquals("17", PostgresBackup.major("17devel"));
        assertNull(PostgresBackup.major("unknown"));
    }

    @Test
    void pgDumpOtherFailures() {
        BackupRequest r = request("postgresql://u:pw@db:5432/app", null);
        ServerAddress a = ServerAddress.of(r.url());
        GodwitException auth = PostgresBackup.failure(PG_DUMP, new ToolProcess.Result(1, List.of(
                "pg_dump: error: connection to server at \"db\" (10.0.0.1), port 5432 failed: FATAL:  password"
                        + " authentication failed for user \"u\"")), r, a);
        assertTrue(auth.getMessage().contains("exited with code 1 backing up database app on db:5432:\n  pg_dump: error"),
                auth.getMessage());
        assertTrue(auth.hint().startsWith("Check the user name and password"), auth.hint());
        assertTrue(auth.hint().endsWith("Or run without a backup."), auth.hint());

        GodwitException refused = PostgresBackup.failure(PG_DUMP, new ToolProcess.Result(1, List.of(
                "pg_dump: error: connection to server at \"db\" (10.0.0.1), port 5432 failed: Connection refused")), r, a);
        assertTrue(refused.hint().contains("reachable at db:5432"), refused.hint());

        GodwitException empty = PostgresBackup.failure(PG_DUMP, new ToolProcess.Result(2, List.of()), r, a);
        assertTrue(empty.getMessage().contains("(no error output)"), empty.getMessage());
    }

    @Test
    void mysqlFailures() {
        BackupRequest r = request("mariadb://bob:pw@db/shop", null);
        ServerAddress a = ServerAddress.of(r.url());
        GodwitException auth = MysqlBackup.failure(MARIADB_DUMP, new ToolProcess.Result(2, List.of(
                "mariadb-dump: Got error: 1045: \"Access denied for user 'bob'@'10.0.0.2' (using password: YES)\""
                        + " when trying to connect")), r, a);
        assertTrue(auth.getMessage().startsWith("Backup failed: mariadb-dump (/usr/bin/mariadb-dump) exited with code 2"
                + " backing up database shop on db:3306:"), auth.getMessage());
        assertTrue(auth.hint().startsWith("Check the user name and password"), auth.hint());

        GodwitException stats = MysqlBackup.failure(MARIADB_DUMP, new ToolProcess.Result(2, List.of(
                "mysqldump: Couldn't execute 'SELECT COLUMN_NAME, JSON_EXTRACT(HISTOGRAM, '$.\"number-of-buckets-specified\"')"
                        + " FROM information_schema.COLUMN_STATISTICS ...': Unknown table 'COLUMN_STATISTICS' (1109)")), r, a);
        assertTrue(stats.hint().contains("mariadb-dump"), stats.hint());
    }

    @Test
    void deniedEventsAreRecognised() {
        assertTrue(MysqlBackup.eventsDenied(new ToolProcess.Result(2, List.of(
                "mariadb-dump: Couldn't execute 'show events': Access denied for user 'u'@'%' to database 'd' (1044)"))));
        assertFalse(MysqlBackup.eventsDenied(new ToolProcess.Result(2, List.of(
                "mariadb-dump: Got error: 1049: \"Unknown database 'd'\" when selecting the database"))));
    }

    @Test
    void passwordsAreMaskedAndDurationsReadable() {
        assertEquals("failed for *** and ***", ToolProcess.mask("failed for hunter2 and hunter2", "hunter2"));
        assertEquals("text", ToolProcess.mask("text", null));
        assertEquals("text", ToolProcess.mask("text", ""));
        assertEquals("1h", ToolProcess.format(Duration.ofHours(1)));
        assertEquals("1h30m", ToolProcess.format(Duration.ofMinutes(90)));
        assertEquals("1m30s", ToolProcess.format(Duration.ofSeconds(90)));
        assertEquals("500ms", ToolProcess.format(Duration.ofMillis(500)));
    }
}
