package dev.godwit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.MigrationTestReport;
import dev.godwit.testdb.TestDb;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

/**
 * {@link GodwitBuilder#dataSource}: Godwit works through the application's own pool (here a small
 * one that reuses its connections), migrates the database the pool reaches, runs the migration
 * test on a scratch schema/database made through the pool's connections, and gives every
 * connection back with the session as it found it.
 */
class DataSourceFacadeTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.godwit.testdb.TestDb#kinds")
    void migratesAndTestsThroughTheApplicationsPool(TestDb.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDb db = TestDb.open(kind, "junit_ds_")) {
            Pool pool = new Pool(dataSource(db));
            Path versions = dir.resolve("versions");
            Files.createDirectories(versions);
            Files.writeString(versions.resolve("d1.sql"), "-- revision: d1\n-- message: items\n\n-- +upgrade\n"
                    + "CREATE TABLE junit_items (id INTEGER PRIMARY KEY, name VARCHAR(50));\n\n-- +downgrade\n"
                    + "DROP TABLE junit_items;\n");
            Files.writeString(versions.resolve("d2.sql"), "-- revision: d2\n-- revises: d1\n-- message: index\n\n"
                    + "-- +upgrade\nCREATE INDEX ix_junit_items_name ON junit_items (name);\n\n-- +downgrade\n"
                    + "DROP INDEX ix_junit_items_name" + (kind == TestDb.Kind.MARIADB ? " ON junit_items" : "") + ";\n");
            Godwit godwit = Godwit.configure().baseDirectory(dir).environmentVariables(Map.of()).dataSource(pool)
                    .migrations(versions).backup(false).load();
            assertEquals(kind.dialect.displayName(), godwit.configuration().dialect());
            assertEquals("dataSource", godwit.configuration().urlSource());

            assertEquals(List.of("d2"), godwit.upgrade("head").rowsAfter());
            assertTrue(tableIn(db, "junit_items"), "the table is in the pool's database");

            MigrationTestReport report = godwit.test(true);
            assertTrue(report.ok(), String.valueOf(report.failure()));
            assertEquals(2, report.revisions().size());
            if (kind != TestDb.Kind.SQLITE) {
                assertTrue(report.scratch().contains("godwit_scratch_"), report.scratch());
                String scratch = report.scratch().substring(report.scratch().indexOf("godwit_scratch_")).replace(")", "");
                assertFalse(namespaceExists(db, scratch), "the scratch " + scratch + " is dropped");
            }
            assertEquals("d2", godwit.current().current().get(0).id());
            pool.assertEveryConnectionAsBorrowed();
        }
    }

    /**
     * A session lock left on a pooled connection (as a run lock would be, had its release failed) is
     * not handed on: the connection goes back to the pool holding none.
     */
    @org.junit.jupiter.api.Test
    void aPooledConnectionGoesBackHoldingNoSessionLock(@TempDir Path dir) throws Exception {
        try (TestDb db = TestDb.open(TestDb.Kind.POSTGRESQL, "junit_ds_")) {
            Pool pool = new Pool(dataSource(db));
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.executeQuery("SELECT pg_advisory_lock(4242)").close();
            }
            Path versions = Files.createDirectories(dir.resolve("versions"));
            Files.writeString(versions.resolve("l1.sql"), "-- revision: l1\n-- message: t\n\n-- +upgrade\n"
                    + "CREATE TABLE junit_locks (id INTEGER);\n\n-- +downgrade\nDROP TABLE junit_locks;\n");
            Godwit godwit = Godwit.configure().baseDirectory(dir).environmentVariables(Map.of()).dataSource(pool)
                    .migrations(versions).backup(false).load();
            assertEquals(List.of("l1"), godwit.upgrade("head").rowsAfter());
            pool.assertEveryConnectionAsBorrowed();
        }
    }

    /**
     * A DataSource on a relative SQLite file opens it in the process's working directory, whatever
     * Godwit's base directory is (the Spring Boot starter's is a temporary folder): Godwit names and
     * backs up that file, not one of the same name in its base directory.
     */
    @org.junit.jupiter.api.Test
    void aRelativeSqliteFileIsTheOneTheDataSourceOpened(@TempDir Path dir) throws Exception {
        String name = "target/junit-ds-relative-" + System.nanoTime() + ".db";
        Path file = Path.of(name).toAbsolutePath();
        try {
            SQLiteDataSource ds = new SQLiteDataSource();
            ds.setUrl("jdbc:sqlite:" + name);
            Path versions = Files.createDirectories(dir.resolve("versions"));
            Files.writeString(versions.resolve("r1.sql"), "-- revision: r1\n-- message: items\n\n-- +upgrade\n"
                    + "CREATE TABLE junit_items (id INTEGER PRIMARY KEY);\n\n-- +downgrade\nDROP TABLE junit_items;\n");
            List<String> backups = new ArrayList<>();
            Godwit godwit = Godwit.configure().baseDirectory(dir).environmentVariables(Map.of()).dataSource(ds)
                    .migrations(versions).backup(true).listener(new dev.godwit.api.MigrationListener() {
                        @Override
                        public void backupTaken(dev.godwit.api.BackupInfo backup) {
                            backups.add(backup.restoreCommand());
                        }

                        @Override
                        public void backupSkipped(String reason) {
                            backups.add("skipped: " + reason);
                        }
                    }).load();
            assertEquals(List.of("r1"), godwit.upgrade("head").rowsAfter());
            assertEquals(1, backups.size(), backups::toString);
            assertTrue(backups.get(0).contains(" " + file + " "), "the backup restores the file the DataSource opened: "
                    + backups.get(0));
            assertTrue(Files.exists(file), "the working directory's file was migrated");
            assertFalse(Files.exists(dir.resolve(name)), "no file of that name in the base directory");
        } finally {
            for (Path p : List.of(file, Path.of(file + "-godwit-lock"))) {
                Files.deleteIfExists(p);
            }
        }
    }

    static DataSource dataSource(TestDb db) throws SQLException {
        switch (db.kind()) {
            case SQLITE: {
                SQLiteDataSource ds = new SQLiteDataSource();
                ds.setUrl("jdbc:sqlite:" + db.file());
                return ds;
            }
            case POSTGRESQL: {
                PGSimpleDataSource ds = new PGSimpleDataSource();
                ds.setURL(TestDb.pgJdbc());
                ds.setUser(TestDb.PG_USER);
                ds.setPassword(TestDb.PG_PASSWORD);
                ds.setCurrentSchema(db.schema());
                return ds;
            }
            default: {
                MariaDbDataSource ds = new MariaDbDataSource(TestDb.mysqlJdbc(db.schema()));
                ds.setUser(TestDb.MYSQL_USER);
                ds.setPassword(TestDb.MYSQL_PASSWORD);
                return ds;
            }
        }
    }

    private static boolean tableIn(TestDb db, String table) throws SQLException {
        String sql = db.kind() == TestDb.Kind.SQLITE ? "SELECT count(*) FROM sqlite_master WHERE name = '" + table + "'"
                : "SELECT count(*) FROM information_schema.tables WHERE table_schema = '" + db.schema()
                        + "' AND table_name = '" + table + "'";
        return count(db.connection(), sql) == 1;
    }

    private static boolean namespaceExists(TestDb db, String name) throws SQLException {
        return count(db.connection(), "SELECT count(*) FROM information_schema.schemata WHERE schema_name = '"
                + name + "'") > 0;
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** A small pool: reuses its connections, and remembers each one's session as first handed out. */
    static final class Pool implements DataSource {
        private final DataSource physical;
        private final Deque<Connection> idle = new ArrayDeque<>();
        private final List<Connection> all = new ArrayList<>();
        private final Map<Connection, String> first = new java.util.IdentityHashMap<>();

        Pool(DataSource physical) {
            this.physical = physical;
        }

        @Override
        public synchronized Connection getConnection() throws SQLException {
            Connection c = idle.isEmpty() ? open() : idle.pop();
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                            synchronized (this) {
                                idle.push(c);
                            }
                            return null;
                        }
                        try {
                            return method.invoke(c, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        private Connection open() throws SQLException {
            Connection c = physical.getConnection();
            all.add(c);
            first.put(c, session(c));
            return c;
        }

        /**
         * The session settings Godwit changes: schema/database and lock timeout; the run lock's
         * busy timeout (SQLite) and connection check interval (PostgreSQL 14 on).
         */
        private static String session(Connection c) throws SQLException {
            String url = c.getMetaData().getURL();
            String sql = url.startsWith("jdbc:postgresql") ? "SELECT current_setting('search_path') || ' ' || current_setting('lock_timeout')"
                    + " || ' ' || coalesce(current_setting('client_connection_check_interval', true), '-')"
                    + " || ' advisory locks ' || (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                    + " AND pid = pg_backend_pid())"
                    : url.startsWith("jdbc:sqlite") ? "SELECT 'busy_timeout ' || timeout FROM pragma_busy_timeout"
                    : "SELECT concat(DATABASE(), ' ', @@SESSION.lock_wait_timeout)";
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getString(1) + " autocommit=" + c.getAutoCommit();
            }
        }

        synchronized void assertEveryConnectionAsBorrowed() throws SQLException {
            assertEquals(all.size(), idle.size(), "every connection was given back");
            for (Connection c : all) {
                assertEquals(first.get(c), session(c), "the session is as it was handed out");
                c.close();
            }
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            throw new SQLException("not supported");
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
