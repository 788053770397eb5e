package dev.godwit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.TestDatabase;
import dev.godwit.cli.support.TestDatabase.Kind;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 11 #10: nothing hangs, neither connecting to a silent server nor a DDL statement behind a lock. */
class TimeoutTest {
    @TempDir
    Path dir;

    /** A server that accepts TCP and never answers: the run gives up after connect_timeout, naming the host. */
    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"POSTGRESQL", "MARIADB"})
    void aSilentServerTimesOut(Kind kind) throws Exception {
        List<Socket> accepted = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Files.createDirectories(dir.resolve("migrations/versions"));
            Files.writeString(dir.resolve("godwit.toml"), "connect_timeout = 2\n");
            String scheme = kind == Kind.POSTGRESQL ? "postgresql" : "mysql";
            String where = "127.0.0.1:" + silent.getLocalPort();
            long start = System.nanoTime();
            Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> Cli.run(dir, "--url", scheme + "://u:pw@" + where + "/db", "current"));
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertEquals(1, r.exit(), r.toString());
            assertTrue(r.err().contains("the server at " + where + " did not answer within 2 s"), r.toString());
            assertTrue(r.err().contains("connect_timeout"), r.toString());
            assertTrue(seconds < 15, "gave up after " + seconds + " s");
            assertTrue(!accepted.isEmpty(), "the driver never connected");
        } finally {
            for (Socket s : accepted) {
                s.close();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"POSTGRESQL", "MARIADB"})
    void unknownHostIsSaid(Kind kind) throws Exception {
        Files.createDirectories(dir.resolve("migrations/versions"));
        String scheme = kind == Kind.POSTGRESQL ? "postgresql" : "mysql";
        Cli.Result r = Cli.run(dir, "--url", scheme + "://u:pw@nosuchhost.invalid/db", "current");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("unknown host nosuchhost.invalid"), r.toString());
    }

    /**
     * A DDL statement queued behind another session's open transaction gives up after the statement
     * lock timeout and names that session; once it has finished, the run goes through.
     */
    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"POSTGRESQL", "MARIADB"})
    void aStatementBehindALockGivesUpAndNamesTheHolder(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir, "statement_lock_timeout = 30");
            db.execute("CREATE TABLE held (a INT)");
            Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
            Files.writeString(versions.resolve("r1_alter.sql"), String.join("\n", "-- revision: r1", "-- revises:",
                    "-- message: alter held", "", "-- +upgrade", "ALTER TABLE held ADD COLUMN b INT;", "",
                    "-- +downgrade", "ALTER TABLE held DROP COLUMN b;", ""));
            try (Connection holder = db.connect()) {
                String id;
                try (Statement s = holder.createStatement()) {
                    if (kind == Kind.POSTGRESQL) {
                        s.execute("SET application_name = 'holder_app'");
                    }
                    holder.setAutoCommit(false);
                    try (ResultSet rs = s.executeQuery(kind == Kind.POSTGRESQL ? "SELECT pg_backend_pid()"
                            : "SELECT CONNECTION_ID()")) {
                        rs.next();
                        id = rs.getString(1);
                    }
                    s.executeQuery("SELECT * FROM held").close();
                }
                long start = System.nanoTime();
                Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                        () -> Cli.run(dir, "--statement-lock-timeout", "2", "upgrade"));
                long seconds = (System.nanoTime() - start) / 1_000_000_000L;
                assertEquals(1, r.exit(), r.toString());
                assertTrue(seconds < 20, "gave up after " + seconds + " s (the config said 30, the flag 2)");
                String who = kind == Kind.POSTGRESQL ? "pid " + id + ", user " + db.user() + ", application 'holder_app'"
                        : "id " + id + ", user " + db.user();
                assertTrue(r.err().contains(who), r.toString());
                assertTrue(r.err().contains("transaction open for"), r.toString());
                assertTrue(r.err().contains("--statement-lock-timeout SECONDS (statement_lock_timeout in godwit.toml"),
                        r.toString());
                holder.rollback();
            }
            Cli.Result again = Cli.run(dir, "upgrade");
            assertEquals(0, again.exit(), again.toString());
            assertEquals(List.of("r1"), db.versionRows("godwit_version"));
        }
    }

    /**
     * CREATE INDEX CONCURRENTLY waits for older transactions by design, blocking nobody: the
     * statement lock timeout must not cut that wait short (it would leave an invalid index).
     */
    @org.junit.jupiter.api.Test
    void createIndexConcurrentlyWaitsPastTheStatementLockTimeout() throws Exception {
        try (TestDatabase db = TestDatabase.create(Kind.POSTGRESQL, dir)) {
            db.writeConfig(dir, "statement_lock_timeout = 1");
            db.execute("CREATE TABLE cic (a INT)");
            Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
            Files.writeString(versions.resolve("c1_cic.sql"), String.join("\n", "-- revision: c1", "-- revises:",
                    "-- message: cic", "-- transaction: false", "", "-- +upgrade",
                    "CREATE INDEX CONCURRENTLY ix_cic_a ON cic (a);", "", "-- +downgrade",
                    "DROP INDEX CONCURRENTLY ix_cic_a;", ""));
            java.util.concurrent.CompletableFuture<Cli.Result> run;
            try (Connection holder = db.connect()) {
                holder.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                holder.setAutoCommit(false);
                try (Statement s = holder.createStatement()) {
                    s.executeQuery("SELECT count(*) FROM cic").close();
                }
                run = java.util.concurrent.CompletableFuture.supplyAsync(() -> Cli.run(dir, "upgrade"));
                Thread.sleep(3000);
                assertTrue(!run.isDone(), "CREATE INDEX CONCURRENTLY gave up: " + (run.isDone() ? run.get() : ""));
                holder.commit();
            }
            Cli.Result r = run.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(0, r.exit(), r.toString());
            assertEquals(List.of("true"), db.column(
                    "SELECT i.indisvalid::text FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                            + " WHERE c.relname = 'ix_cic_a'"));
        }
    }
}
