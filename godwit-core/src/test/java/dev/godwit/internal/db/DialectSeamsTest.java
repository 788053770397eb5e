package dev.godwit.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.internal.db.mysql.MysqlDialect;
import dev.godwit.internal.db.postgres.ConcurrentIndex;
import dev.godwit.internal.db.postgres.PostgresDialect;
import dev.godwit.internal.db.sqlite.SqliteDialect;
import dev.godwit.internal.dialect.Dialect;
import dev.godwit.internal.dialect.RunLock;
import dev.godwit.internal.dialect.SessionLimits;
import dev.godwit.internal.script.Statement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What used to be a switch over the database kind, now asked of each dialect. */
class DialectSeamsTest {
    private final Dialect pg = new PostgresDialect();
    private final Dialect my = new MysqlDialect();
    private final Dialect lite = new SqliteDialect();

    @Test
    void connectTimeoutsInEachDriversUnits() {
        Duration t = Duration.ofMillis(1500);
        assertEquals(Map.of("connectTimeout", "2", "loginTimeout", "2"), pg.sessionLimits().connectProperties(t));
        assertEquals(Map.of("connectTimeout", "1500"), my.sessionLimits().connectProperties(t));
        assertEquals(Map.of(), lite.sessionLimits().connectProperties(t));
        assertEquals(Map.of(), pg.sessionLimits().connectProperties(Duration.ZERO));
        assertEquals(Map.of(), my.sessionLimits().connectProperties(Duration.ZERO));
        assertEquals(SessionLimits.NONE, lite.sessionLimits());
    }

    @Test
    void lockTimeoutsRecognisedByEachDatabasesOwnCode() {
        SQLException pgTimeout = new SQLException("canceling statement due to lock timeout", "55P03");
        SQLException myTimeout = new SQLException("Lock wait timeout exceeded", "HY000", 1205);
        assertTrue(pg.sessionLimits().isLockTimeout(pgTimeout));
        assertFalse(pg.sessionLimits().isLockTimeout(myTimeout));
        assertTrue(my.sessionLimits().isLockTimeout(myTimeout));
        assertFalse(my.sessionLimits().isLockTimeout(pgTimeout));
        assertFalse(lite.sessionLimits().isLockTimeout(pgTimeout));
        assertFalse(lite.sessionLimits().isLockTimeout(myTimeout));
    }

    @Test
    void onlyMysqlNeedsAnIndexUnderAForeignKey() {
        assertTrue(my.foreignKeysNeedIndex());
        assertFalse(pg.foreignKeysNeedIndex());
        assertFalse(lite.foreignKeysNeedIndex());
    }

    @Test
    void onlySqliteIsAFile() {
        assertTrue(lite.isFile());
        assertFalse(pg.isFile());
        assertFalse(my.isFile());
    }

    @Test
    void onlyPostgresLeavesInvalidIndexes() {
        Statement concurrent = new Statement("CREATE INDEX CONCURRENTLY ix ON t (a)", 1, 1);
        assertEquals("ix", ConcurrentIndex.name(concurrent));
        assertNull(ConcurrentIndex.name(new Statement("CREATE INDEX ix ON t (a)", 1, 1)));
        assertNull(my.invalidIndexLeftBy(null, concurrent), "never asks the connection");
        assertNull(lite.invalidIndexLeftBy(null, concurrent), "never asks the connection");
    }

    @Test
    void eachDialectLexesLikeItsClient() {
        assertTrue(pg.splitterOptions().dollarQuotes());
        assertTrue(my.splitterOptions().delimiterCommand());
        assertTrue(lite.splitterOptions().bracketIdentifiers());
        assertNotEquals(pg.splitterOptions(), my.splitterOptions());
        assertNotEquals(my.splitterOptions(), lite.splitterOptions());
    }

    @Test
    void eachDialectConfinesModelsItsOwnWay() {
        assertTrue(pg.confinementRules().leavesOutPsqlLines());
        assertEquals("pg_catalog", pg.confinementRules().systemSchema());
        assertTrue(pg.confinementRules().namesRelationsInStrings());
        assertTrue(my.confinementRules().namesIgnoreCase());
        assertEquals('`', my.confinementRules().identifierQuote());
        assertEquals("database", my.confinementRules().namespaceNoun());
        assertEquals("schema", pg.confinementRules().namespaceNoun());
        assertFalse(lite.confinementRules().confinesQualifiedNames());
        assertNull(lite.confinementRules().namespacesQuery());
        assertEquals(pg.splitterOptions(), pg.confinementRules().syntax());
        assertEquals(my.splitterOptions(), my.confinementRules().syntax());
        assertEquals(lite.splitterOptions(), lite.confinementRules().syntax());
    }

    @Test
    void lockKeysAreStableAndShared() {
        assertEquals(RunLock.keyOf("app.godwit_version"), RunLock.keyOf("app.godwit_version"));
        assertNotEquals(RunLock.keyOf("a.godwit_version"), RunLock.keyOf("b.godwit_version"));
    }
}
