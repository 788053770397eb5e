package dev.godwit.testdb;

import dev.godwit.testsupport.TestServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's GODWIT_TEST_PG_URL / GODWIT_TEST_MYSQL_URL, and what counts as CI. */
class TestServerTest {

    @Test
    void readmeVariablesAreRead() {
        assertEquals(new TestServer("db.example", "6543", "alice", "s3cr&t", "app"), TestServer.postgres(Map.of(
                "GODWIT_TEST_PG_URL", "jdbc:postgresql://db.example:6543/app?user=alice&password=s3cr%26t",
                "GODWIT_TEST_PG_HOST", "ignored")::get));
        assertEquals(new TestServer("10.0.0.5", "3307", "root", "", "test"), TestServer.mariadb(Map.of(
                "GODWIT_TEST_MYSQL_URL", "jdbc:mariadb://10.0.0.5:3307/?user=root")::get));
        assertEquals(new TestServer("h", "3306", "bob", "pw", "test"), TestServer.mariadb(Map.of(
                "GODWIT_TEST_MYSQL_URL", "jdbc:mysql://bob:pw@h")::get));
        assertEquals(new TestServer("h", "5432", "postgres", "", "test"), TestServer.postgres(Map.of(
                "GODWIT_TEST_PG_URL", "postgresql://h")::get));
    }

    @Test
    void withoutTheUrlTheSingleVariablesAndTheLocalServicesApply() {
        assertEquals(new TestServer("127.0.0.1", "5432", "postgres", "", "test"), TestServer.postgres(Map.<String, String>of()::get));
        assertEquals(new TestServer("127.0.0.1", "3306", "root", "", "test"), TestServer.mariadb(Map.<String, String>of()::get));
        assertEquals(new TestServer("pg", "5433", "u", "", "d"), TestServer.postgres(Map.of("GODWIT_TEST_PG_HOST", "pg",
                "GODWIT_TEST_PG_PORT", "5433", "GODWIT_TEST_PG_USER", "u", "GODWIT_TEST_PG_DB", "d")::get));
    }

    @Test
    void aUrlThatIsNoUrlIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TestServer.postgres(Map.of("GODWIT_TEST_PG_URL", "db:5432")::get));
        assertThrows(IllegalArgumentException.class, () -> TestServer.postgres(Map.of("GODWIT_TEST_PG_URL",
                "jdbc:postgresql://db:port/x")::get));
    }

    @Test
    void anyNonEmptyCiButFalseOrZeroIsCi() {
        for (String yes : new String[] {"true", "TRUE", "1", "yes", "on", "github"}) {
            assertTrue(TestServer.ci(yes), yes);
        }
        for (String no : new String[] {"", " ", "false", "False", "0"}) {
            assertFalse(TestServer.ci(no), no);
        }
        assertFalse(TestServer.ci(null));
    }

    @Test
    void godwitUrlsCarryThePasswordEncoded() {
        assertEquals("alice:p%40ss%3Aw%2Frd@", new TestServer("h", "1", "alice", "p@ss:w/rd", "d").userInfo());
        assertEquals("root@", new TestServer("h", "1", "root", "", "d").userInfo());
    }
}
