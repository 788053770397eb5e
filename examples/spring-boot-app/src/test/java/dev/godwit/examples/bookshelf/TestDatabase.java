package dev.godwit.examples.bookshelf;

import dev.godwit.testsupport.TestServer;
import java.nio.file.Files;
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

/**
 * A database of its own for one test: a SQLite file in a temporary folder, a PostgreSQL schema or a
 * MariaDB database named {@code starter_app_...} on the test servers ({@code GODWIT_TEST_PG_URL} /
 * {@code GODWIT_TEST_MYSQL_URL}, else the local ones), with the properties that point the bookshelf
 * at it. {@link #drop()} removes it.
 */
record TestDatabase(String kind, String url, String user, String password, String name, String adminUrl) {

    static TestDatabase create(String kind) {
        return create(kind, "starter_app_");
    }

    /** The same, its schema or database named {@code prefix...}. */
    static TestDatabase create(String kind, String prefix) {
        String name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try {
            switch (kind) {
                case "sqlite": {
                    Path dir = Files.createTempDirectory("starter-app-");
                    return new TestDatabase(kind, "jdbc:sqlite:" + dir.resolve("bookshelf.db"), "", "", name, null);
                }
                case "postgres": {
                    TestServer s = TestServer.postgres();
                    String base = "jdbc:postgresql://" + s.host() + ":" + s.port() + "/" + s.database();
                    return new TestDatabase(kind, base + "?currentSchema=" + name, s.user(), s.password(), name, base);
                }
                case "mariadb": {
                    TestServer s = TestServer.mariadb();
                    String base = "jdbc:mariadb://" + s.host() + ":" + s.port() + "/";
                    TestDatabase db = new TestDatabase(kind, base + name, s.user(), s.password(), name, base);
                    db.admin("CREATE DATABASE " + name);
                    return db;
                }
                default:
                    throw new IllegalArgumentException(kind);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The properties that point the application at this database (PostgreSQL: Godwit creates the schema). */
    Map<String, String> properties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("spring.datasource.url", url);
        p.put("spring.datasource.username", user);
        p.put("spring.datasource.password", password);
        if (kind.equals("postgres")) {
            p.put("godwit.schema", name);
        }
        return p;
    }

    /** The rows of {@code sql} on this database, columns joined with "|". */
    List<String> rows(String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, password);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
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

    /** Runs {@code sql} on this database, as a connection of the test's own. */
    void execute(String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    void drop() {
        if (kind.equals("sqlite")) {
            Path folder = Path.of(url.substring("jdbc:sqlite:".length())).getParent();
            try (var files = Files.walk(folder)) {
                for (Path p : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(p);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } else if (kind.equals("postgres")) {
            admin("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        } else if (kind.equals("mariadb")) {
            admin("DROP DATABASE IF EXISTS " + name);
        }
    }

    private void admin(String sql) {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(kind + " test server at " + adminUrl + ": " + e.getMessage(), e);
        }
    }
}
