// Schema inspection benchmark: reads schemas of 100, 1,000 and 5,000 tables (each with a primary
// key, a foreign key to the previous table and two indexes) on PostgreSQL, MariaDB and SQLite, and
// prints the catalog statements sent and the time per read. Run through bench/inspect.sh, which
// builds the CLI jar and puts it on the class path:
//
//   bench/inspect.sh                       # all databases, 100 1000 5000 tables, 5 timed reads each
//   SIZES="100 1000" DBS=postgresql RUNS=3 bench/inspect.sh
//
// Servers: PostgreSQL 127.0.0.1:5432 user postgres database test (trust), MariaDB 127.0.0.1:3306
// root with an empty password; the schemas it creates (godwit_inspect_bench_N) are dropped after.
import dev.godwit.internal.dialect.DialectKind;
import dev.godwit.internal.db.Databases;
import dev.godwit.internal.inspect.SchemaInspector;
import dev.godwit.schema.Schema;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

public class InspectBench {

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = Arrays.stream(env("SIZES", "100 1000 5000").trim().split("\\s+")).map(Integer::valueOf).toList();
        List<String> dbs = List.of(env("DBS", "postgresql mariadb sqlite").trim().split("\\s+"));
        int runs = Integer.parseInt(env("RUNS", "5"));
        System.out.println("| database | tables | indexes + FKs | catalog statements | read (median of " + runs + ") | min | max |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (String db : dbs) {
            for (int n : sizes) {
                run(db, n, runs);
            }
        }
    }

    private static void run(String db, int n, int runs) throws Exception {
        String name = "godwit_inspect_bench_" + n;
        Path file = null;
        Connection c;
        DialectKind kind;
        switch (db) {
            case "postgresql":
                kind = DialectKind.POSTGRESQL;
                c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
                exec(c, "DROP SCHEMA IF EXISTS " + name + " CASCADE", "CREATE SCHEMA " + name, "SET search_path TO " + name);
                break;
            case "mariadb":
                kind = DialectKind.MYSQL;
                c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
                exec(c, "DROP DATABASE IF EXISTS " + name, "CREATE DATABASE " + name, "USE " + name);
                break;
            default:
                kind = DialectKind.SQLITE;
                file = Files.createTempFile(name, ".db");
                c = DriverManager.getConnection("jdbc:sqlite:" + file);
        }
        try {
            long start = System.nanoTime();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (int i = 1; i <= n; i++) {
                    String fk = i > 1 ? ", CONSTRAINT fk_t_" + i + " FOREIGN KEY (parent_id) REFERENCES t_" + (i - 1) + " (id)" : "";
                    s.execute("CREATE TABLE t_" + i + " (id INTEGER NOT NULL PRIMARY KEY, parent_id INTEGER, a VARCHAR(50) NOT NULL DEFAULT 'x', "
                            + "b INTEGER DEFAULT 0, created_at TIMESTAMP NULL" + fk + ")");
                    s.execute("CREATE INDEX ix_t_" + i + "_a ON t_" + i + " (a)");
                    s.execute("CREATE INDEX ix_t_" + i + "_b ON t_" + i + " (b, created_at)");
                    if (i % 100 == 0) {
                        c.commit(); // PostgreSQL: one transaction holding thousands of locks runs out of lock memory
                    }
                }
            }
            c.commit();
            c.setAutoCommit(true);
            System.err.printf("[%s] created %d tables in %.1f s%n", db, n, (System.nanoTime() - start) / 1e9);
            AtomicInteger statements = new AtomicInteger();
            Connection counted = counting(c, statements);
            String schema = kind == DialectKind.SQLITE ? null : name;
            SchemaInspector inspector = Databases.of(kind).inspector();
            Schema warm = inspector.inspect(counted, schema);
            int perRead = statements.get();
            if (warm.tables().size() != n) {
                throw new IllegalStateException("read " + warm.tables().size() + " tables, expected " + n);
            }
            int objects = warm.tables().stream().mapToInt(t -> t.indexes().size() + t.foreignKeys().size()).sum();
            List<Double> times = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                inspector.inspect(c, schema);
                times.add((System.nanoTime() - t0) / 1e6);
            }
            times.sort(null);
            System.out.printf("| %s | %,d | %,d | %d | %.0f ms | %.0f | %.0f |%n", db, n, objects, perRead,
                    times.get(times.size() / 2), times.get(0), times.get(times.size() - 1));
        } finally {
            if (kind == DialectKind.POSTGRESQL) {
                for (int i = n; i >= 1; i -= 100) { // in batches, for the same reason
                    StringBuilder drop = new StringBuilder("DROP TABLE IF EXISTS ");
                    for (int j = i; j > Math.max(0, i - 100); j--) {
                        drop.append(j == i ? "" : ", ").append("t_").append(j);
                    }
                    exec(c, drop + " CASCADE");
                }
                exec(c, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
            } else if (kind == DialectKind.MYSQL) {
                exec(c, "DROP DATABASE IF EXISTS " + name);
            }
            c.close();
            if (file != null) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** The connection, counting every statement executed through it (plain, prepared or callable). */
    private static Connection counting(Connection c, AtomicInteger count) {
        return (Connection) Proxy.newProxyInstance(InspectBench.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = method.invoke(c, args);
                    if (result instanceof Statement st) {
                        Class<?> iface = result instanceof java.sql.PreparedStatement
                                ? (result instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                                : java.sql.PreparedStatement.class) : Statement.class;
                        return Proxy.newProxyInstance(InspectBench.class.getClassLoader(), new Class<?>[] {iface},
                                (p2, m2, a2) -> {
                                    if (m2.getName().startsWith("execute")) {
                                        count.incrementAndGet();
                                    }
                                    try {
                                        return m2.invoke(st, a2);
                                    } catch (java.lang.reflect.InvocationTargetException e) {
                                        throw e.getCause();
                                    }
                                });
                    }
                    return result;
                });
    }

    private static void exec(Connection c, String... sql) throws Exception {
        try (Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
