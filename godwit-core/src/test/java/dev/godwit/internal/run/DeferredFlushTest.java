package dev.godwit.internal.run;

import dev.godwit.internal.db.Databases;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.testdb.TestDb;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The deferred flush on PostgreSQL: deferred only for a run that commits more than once, and
 * restored to the session's own setting (here 'local', from the connection's options), not to a
 * fixed value, before the last commit.
 */
class DeferredFlushTest {

    private static String setting(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW synchronous_commit")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void defersForSeveralCommitsAndRestoresTheSessionsOwnSetting() throws Exception {
        try (TestDb db = TestDb.open(TestDb.Kind.POSTGRESQL)) {
            Properties props = new Properties();
            props.setProperty("user", TestDb.PG_USER);
            props.setProperty("password", TestDb.PG_PASSWORD);
            props.setProperty("options", "-c synchronous_commit=local");
            try (Connection c = DriverManager.getConnection(TestDb.pgJdbc(), props)) {
                assertEquals("local", setting(c));
                DeferredFlush flush = new DeferredFlush(Databases.of(db.dialect()).dialect());

                flush.start(c, 1);
                assertEquals("local", setting(c), "one commit: nothing to defer");
                flush.end(c);
                assertEquals("local", setting(c));

                flush.start(c, 300);
                assertEquals("off", setting(c));
                flush.end(c);
                assertEquals("local", setting(c), "restored to the session's own setting before the last commit");
                flush.endQuietly(c);
                assertEquals("local", setting(c), "ending twice changes nothing");
            }
        }
    }
}
