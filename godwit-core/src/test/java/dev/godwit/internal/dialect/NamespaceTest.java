package dev.godwit.internal.dialect;

import dev.godwit.internal.db.mysql.MysqlDialect;
import dev.godwit.internal.db.postgres.PostgresDialect;
import dev.godwit.internal.db.sqlite.SqliteDialect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.testdb.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run resolves before it takes the lock: the schema or database its bookkeeping is qualified
 * with, the canonical place its lock is named after, the statement that restores the session's
 * default, and which statements make that restore necessary.
 */
class NamespaceTest {
    private final Dialect pg = new PostgresDialect();
    private final Dialect mysql = new MysqlDialect();

    @Test
    void postgresStatementsThatMayChangeSearchPathAreNoticed() {
        for (String sql : new String[] {"SET search_path TO other", "set Search_Path = x, public",
            "SELECT pg_catalog.set_config('search_path', '', false)", "SET SCHEMA 'other'", "RESET ALL",
            "DISCARD ALL", "RESET search_path"}) {
            assertTrue(pg.mayChangeNamespace(sql), sql);
        }
        for (String sql : new String[] {"CREATE SCHEMA other", "ALTER TABLE t SET SCHEMA other",
            "CREATE TABLE users (id INT)", "SELECT 1"}) {
            assertFalse(pg.mayChangeNamespace(sql), sql);
        }
    }

    @Test
    void mysqlUseIsNoticed() {
        assertTrue(mysql.mayChangeNamespace("USE other"));
        assertTrue(mysql.mayChangeNamespace("use `other`"));
        assertFalse(mysql.mayChangeNamespace("CREATE TABLE users (id INT)"));
        assertFalse(mysql.mayChangeNamespace("CREATE TABLE reuse (id INT)"));
    }

    @Test
    void postgresPublicAndNoSchemaAreTheSamePlaceAndTheRestoreUndoesASearchPathChange() throws Exception {
        try (TestDb db = TestDb.open(TestDb.Kind.POSTGRESQL);
             Connection c = DriverManager.getConnection(TestDb.pgJdbc(), TestDb.PG_USER, "")) {
            Namespace none = pg.namespace(c, null);
            pg.useSchema(c, "public");
            Namespace configured = pg.namespace(c, "public");
            assertEquals("public", none.schema());
            assertEquals(none.lockName("godwit_version"), configured.lockName("godwit_version"));
            assertEquals(TestDb.PG_DB + "/public/godwit_version", none.lockName("godwit_version"));

            Namespace own = pg.namespace(db.connection(), null);
            assertEquals(db.schema(), own.schema());
            try (Statement s = db.connection().createStatement()) {
                s.execute("SELECT pg_catalog.set_config('search_path', '', false)");
                s.execute(own.restoreSql());
                try (ResultSet rs = s.executeQuery("SELECT current_schema()")) {
                    rs.next();
                    assertEquals(db.schema(), rs.getString(1));
                }
            }
        }
    }

    @Test
    void mysqlAUrlDatabaseAndASchemaSettingAreTheSamePlace() throws Exception {
        try (TestDb db = TestDb.open(TestDb.Kind.MARIADB);
             Connection other = DriverManager.getConnection(TestDb.mysqlJdbc(""), TestDb.MYSQL_USER, "")) {
            Namespace byUrl = mysql.namespace(db.connection(), null);
            mysql.useSchema(other, db.schema());
            Namespace bySetting = mysql.namespace(other, db.schema());
            assertEquals(db.schema(), byUrl.schema());
            assertEquals(byUrl.lockName("godwit_version"), bySetting.lockName("godwit_version"));
            try (Statement s = db.connection().createStatement()) {
                s.execute("USE information_schema");
                s.execute(byUrl.restoreSql());
                try (ResultSet rs = s.executeQuery("SELECT DATABASE()")) {
                    rs.next();
                    assertEquals(db.schema(), rs.getString(1));
                }
            }
        }
    }

    @Test
    void sqliteAFileAndALinkToItAreTheSamePlace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("app.db");
        Path link = Files.createSymbolicLink(dir.resolve("link.db"), file);
        Dialect sqlite = new SqliteDialect();
        try (Connection a = DriverManager.getConnection("jdbc:sqlite:" + file);
             Connection b = DriverManager.getConnection("jdbc:sqlite:" + link)) {
            Namespace direct = sqlite.namespace(a, null);
            Namespace linked = sqlite.namespace(b, null);
            assertNull(direct.schema());
            assertEquals(file.toRealPath().toString(), direct.scope());
            assertEquals(direct.lockName("v"), linked.lockName("v"));
        }
    }

    /** The file lock keeps a second run out even while the first has suspended its transaction. */
    @Test
    void sqliteLockHoldsWhileItsTransactionIsSuspended(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("app.db");
        Dialect sqlite = new SqliteDialect();
        try (Connection a = DriverManager.getConnection("jdbc:sqlite:" + file);
             Connection b = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            RunLock first = sqlite.runLock(sqlite.namespace(a, null), "v");
            RunLock second = sqlite.runLock(sqlite.namespace(b, null), "v");
            assertTrue(first.tryAcquire(a));
            assertFalse(second.tryAcquire(b));
            first.suspendTransaction(a);
            assertFalse(second.tryAcquire(b), "suspending the transaction must not let another run in");
            assertTrue(second.holder(b).startsWith("process " + ProcessHandle.current().pid()), second.holder(b));
            first.resumeTransaction(a);
            first.release(a);
            assertTrue(second.tryAcquire(b));
            second.release(b);
        }
    }
}
