package dev.godwit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.RevisionInfo;
import dev.godwit.testdb.TestDb;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sqlite.SQLiteDataSource;

/**
 * {@link GodwitBuilder#dataSource} given a pool whose connections are not as Godwit would open its
 * own: handed out with auto-commit off (a common pool setting), or read-only. The database and the
 * bookkeeping end up true, seen from another connection, and the message says what is wrong.
 */
class DataSourceHostileTest {

    /** A DataSource whose every connection is first set up by {@code setup}; close really closes. */
    static DataSource configured(DataSource physical, SqlSetup setup) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    try {
                        Object result = method.invoke(physical, args);
                        if (result instanceof Connection c) {
                            setup.apply(c);
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** What a pool does to a connection before lending it. */
    interface SqlSetup {
        void apply(Connection c) throws SQLException;
    }

    private static Godwit godwit(Path dir, DataSource source, TestDb.Kind kind) throws Exception {
        Path versions = Files.createDirectories(dir.resolve("versions"));
        Files.writeString(versions.resolve("d1.sql"), "-- revision: d1\n-- message: items\n\n-- +upgrade\n"
                + "CREATE TABLE attack_items (id INTEGER PRIMARY KEY, name VARCHAR(50));\n"
                + "INSERT INTO attack_items (id, name) VALUES (1, 'one');\n\n-- +downgrade\nDROP TABLE attack_items;\n");
        Files.writeString(versions.resolve("d2.sql"), "-- revision: d2\n-- revises: d1\n-- message: two\n\n"
                + "-- +upgrade\nINSERT INTO attack_items (id, name) VALUES (2, 'two');\n\n-- +downgrade\n"
                + "DELETE FROM attack_items WHERE id = 2;\n");
        return Godwit.configure().baseDirectory(dir).environmentVariables(Map.of()).dataSource(source)
                .migrations(versions).backup(false).load();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.godwit.testdb.TestDb#kinds")
    // Before, on SQLite: "Database error on jdbc:sqlite:…: cannot start a transaction within a transaction".
    void connectionsLentWithAutoCommitOff(TestDb.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDb db = TestDb.open(kind, JavaRevisionHostileTest.PREFIX)) {
            List<Connection> lent = new ArrayList<>();
            DataSource pool = new DataSourceFacadeTest.Pool(configured(DataSourceFacadeTest.dataSource(db), c -> {
                c.setAutoCommit(false);
                lent.add(c);
            }));
            Godwit godwit = godwit(dir, pool, kind);
            assertEquals(List.of("d2"), godwit.upgrade("head").rowsAfter());
            // Seen from another session: everything is committed.
            assertEquals(List.of("one", "two"), JavaRevisionFacadeTest.column(db,
                    "SELECT name FROM attack_items ORDER BY id"));
            assertEquals(List.of("d2"), JavaRevisionFacadeTest.column(db, "SELECT version_num FROM godwit_version"));
            assertEquals(List.of("d2"), godwit.current().current().stream().map(RevisionInfo::id).toList());

            godwit.downgrade("d1");
            assertEquals(List.of("one"), JavaRevisionFacadeTest.column(db, "SELECT name FROM attack_items ORDER BY id"));
            assertEquals(List.of("d1"), JavaRevisionFacadeTest.column(db, "SELECT version_num FROM godwit_version"));
            for (Connection c : lent) {
                assertTrue(!c.getAutoCommit(), "given back to the pool with auto-commit off, as lent");
            }
        }
    }

    /**
     * A pool lending read-only connections (a replica-routing pool's default, say): Godwit makes its
     * connection writable while it holds it and gives it back read-only. Before: PostgreSQL blamed
     * revision d1's first statement, MariaDB said "Database error … Cannot execute statement in a
     * READ ONLY transaction" with no way on.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TestDb.Kind.class, names = {"POSTGRESQL", "MARIADB"})
    void readOnlyConnectionsAreMadeWritableWhileGodwitHoldsThem(TestDb.Kind kind, @TempDir Path dir)
            throws Exception {
        try (TestDb db = TestDb.open(kind, JavaRevisionHostileTest.PREFIX)) {
            List<Connection> lent = new ArrayList<>();
            DataSource pool = new DataSourceFacadeTest.Pool(configured(DataSourceFacadeTest.dataSource(db), c -> {
                c.setReadOnly(true);
                lent.add(c);
            }));
            Godwit godwit = godwit(dir, pool, kind);
            assertEquals(List.of("d2"), godwit.upgrade("head").rowsAfter());
            assertEquals(List.of("one", "two"), JavaRevisionFacadeTest.column(db,
                    "SELECT name FROM attack_items ORDER BY id"));
            assertEquals(List.of("d2"), JavaRevisionFacadeTest.column(db, "SELECT version_num FROM godwit_version"));
            assertTrue(!lent.isEmpty());
            for (Connection c : lent) {
                assertTrue(!c.isClosed() && c.isReadOnly(), "given back to the pool open and read-only");
            }
        }
    }

    /** SQLite opens a file read-only for the connection's life: Godwit says so and what to do. */
    @org.junit.jupiter.api.Test
    void aReadOnlySqliteDataSourceIsRefusedClearly(@TempDir Path dir) throws Exception {
        try (TestDb db = TestDb.open(TestDb.Kind.SQLITE, JavaRevisionHostileTest.PREFIX)) {
            db.execute("CREATE TABLE keep (id INTEGER)");
            SQLiteDataSource source = new SQLiteDataSource();
            source.setUrl("jdbc:sqlite:" + db.file());
            source.setReadOnly(true);
            Godwit godwit = godwit(dir, source, TestDb.Kind.SQLITE);
            GodwitException e = assertThrows(GodwitException.class, () -> godwit.upgrade("head"));
            assertEquals(ErrorCode.BAD_CONFIGURATION, e.code(), e.getMessage());
            assertTrue(e.getMessage().contains("lends read-only connections, and Godwit could not make one writable"),
                    e.getMessage());
            assertTrue(e.hint().contains("a DataSource whose connections may write"), e.hint());
            assertEquals(List.of(), JavaRevisionFacadeTest.column(db,
                    "SELECT name FROM sqlite_master WHERE name LIKE '%godwit%' OR name = 'attack_items'"));
        }
    }
}
