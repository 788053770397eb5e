package dev.godwit.spring.boot;

import static org.junit.jupiter.api.Assertions.fail;

import dev.godwit.testsupport.TestServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * An empty database of one kind for a starter test, with the {@code spring.datasource.*} (and
 * {@code godwit.schema}) properties an application would set for it: a SQLite file, a PostgreSQL
 * schema of its own, a MariaDB database of its own (both named {@code starter_...}). A missing
 * server fails under CI.
 */
record BootDb(String kind, String url, String user, String password, String schema, String adminUrl) {

    static BootDb create(String kind, Path dir) {
        return create(kind, dir, "starter_");
    }

    /** The same, its schema or database named {@code prefix...} (a helper's tests carry the helper's name). */
    static BootDb create(String kind, Path dir, String prefix) {
        String name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        switch (kind) {
            case "sqlite":
                return new BootDb(kind, "jdbc:sqlite:" + dir.resolve("app.db"), null, null, null, null);
            case "postgres": {
                TestServer s = TestServer.postgres();
                String base = "jdbc:postgresql://" + s.host() + ":" + s.port() + "/" + s.database();
                BootDb db = new BootDb(kind, base + "?currentSchema=" + name, s.user(), s.password(), name, base);
                db.admin("SELECT 1");
                return db;
            }
            case "mariadb": {
                TestServer s = TestServer.mariadb();
                String base = "jdbc:mariadb://" + s.host() + ":" + s.port() + "/";
                BootDb db = new BootDb(kind, base + name, s.user(), s.password(), name, base);
                db.admin("CREATE DATABASE " + name);
                return db;
            }
            default:
                throw new IllegalArgumentException(kind);
        }
    }

    /** What the database's name is in a plan (what a confirmation is asked about). */
    String databaseName() {
        return kind.equals("sqlite") ? "app.db" : kind.equals("postgres") ? TestServer.postgres().database() : schema;
    }

    /** The application's properties for this database (SQLite with Hibernate's community dialect). */
    Map<String, String> properties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("spring.datasource.url", url);
        if (user != null) {
            p.put("spring.datasource.username", user);
            p.put("spring.datasource.password", password == null ? "" : password);
        }
        if (kind.equals("postgres")) {
            p.put("godwit.schema", schema);
        }
        if (kind.equals("sqlite")) {
            p.put("spring.jpa.database-platform", "org.hibernate.community.dialect.SQLiteDialect");
        }
        return p;
    }

    /** PostgreSQL: creates the test's schema before the application does (a database that has tables already). */
    void createSchema() {
        if (kind.equals("postgres")) {
            admin("CREATE SCHEMA " + schema);
        }
    }

    /**
     * The session settings Godwit changes on a connection it borrows, as one string: PostgreSQL's
     * current schema, search path, lock timeout and connection check interval; MariaDB's database
     * and lock wait timeout; SQLite's busy timeout.
     */
    String sessionSql() {
        return switch (kind) {
            case "sqlite" -> "SELECT 'busy_timeout ' || timeout FROM pragma_busy_timeout";
            case "postgres" -> "SELECT current_schema() || '|' || current_setting('search_path') || '|'"
                    + " || current_setting('lock_timeout') || '|' || current_setting('client_connection_check_interval')";
            default -> "SELECT CONCAT(DATABASE(), '|', @@SESSION.lock_wait_timeout)";
        };
    }

    /** {@link #sessionSql()} on a new connection of the test's own: what the application's connections start with. */
    String freshSession() {
        return rows(sessionSql()).get(0);
    }

    /** Drops a schema (PostgreSQL) or database (MariaDB) a test made beside its own. */
    void dropNamespace(String name) {
        if (kind.equals("postgres")) {
            admin("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        } else if (kind.equals("mariadb")) {
            admin("DROP DATABASE IF EXISTS " + name);
        }
    }

    /** Whether {@code namespace} (a PostgreSQL schema or MariaDB database) has a table of that name. */
    boolean hasTable(String namespace, String table) {
        return !rows("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + namespace
                + "' AND table_name = '" + table + "'").isEmpty();
    }

    /** Runs {@code sql} on the test's database, as its own connection (not the application's). */
    void execute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The rows of {@code sql}, each as its columns joined with "|": the database's own view. */
    List<String> rows(String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(row.toString());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Whether the test's database (schema) has a table of that name, by its catalog. */
    boolean hasTable(String table) {
        String sql = switch (kind) {
            case "sqlite" -> "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'";
            case "postgres" -> "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema
                    + "' AND table_name = '" + table + "'";
            default -> "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema
                    + "' AND table_name = '" + table + "'";
        };
        return !rows(sql).isEmpty();
    }

    private Connection connect() throws SQLException {
        return user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user,
                password == null ? "" : password);
    }

    void drop() {
        if (kind.equals("postgres")) {
            admin("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } else if (kind.equals("mariadb")) {
            admin("DROP DATABASE IF EXISTS " + schema);
        }
    }

    private void admin(String sql) {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password == null ? "" : password);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            String message = kind + " test server not reachable at " + adminUrl + ": " + e.getMessage();
            if (TestServer.ci()) {
                fail("CI is set and " + message);
            }
            Assumptions.abort(message);
        }
    }
}
