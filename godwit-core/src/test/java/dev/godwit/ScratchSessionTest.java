package dev.godwit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.MigrationTestReport;
import dev.godwit.testdb.TestDb;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The migration test's scratch connection commits without waiting for the disk, but never a
 * connection the application's DataSource lends: that one goes back to the pool with the
 * durability setting it had.
 */
class ScratchSessionTest {

    private static String durability(Connection c, TestDb.Kind kind) throws SQLException {
        String sql = switch (kind) {
            case POSTGRESQL -> "SELECT current_setting('synchronous_commit')";
            case MARIADB -> "SELECT @@innodb_flush_log_at_trx_commit";
            case SQLITE -> "PRAGMA synchronous";
        };
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** A pool of one connection: every borrower gets it, and closing it gives it back open. */
    private static DataSource poolOfOne(Connection physical) {
        Connection lent = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(physical, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> method.getName().equals("getConnection") ? lent : null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.godwit.testdb.TestDb#kinds")
    void aLentConnectionKeepsItsDurability(TestDb.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDb db = TestDb.open(kind, "testspeed_ds_")) {
            Connection physical = DataSourceFacadeTest.dataSource(db).getConnection();
            DataSource pool = poolOfOne(physical);
            String before = durability(physical, kind);
            Path versions = dir.resolve("versions");
            Files.createDirectories(versions);
            Files.writeString(versions.resolve("s1.sql"), "-- revision: s1\n-- message: items\n\n-- +upgrade\n"
                    + "CREATE TABLE testspeed_items (id INTEGER PRIMARY KEY);\n\n-- +downgrade\n"
                    + "DROP TABLE testspeed_items;\n");
            Godwit godwit = Godwit.configure().baseDirectory(dir).environmentVariables(Map.of()).dataSource(pool)
                    .migrations(versions).backup(false).load();
            MigrationTestReport report = godwit.test(true);
            assertTrue(report.ok(), String.valueOf(report.failure()));
            assertEquals(before, durability(physical, kind), "the pool's connection is as it was lent");
            physical.close();
        }
    }
}
