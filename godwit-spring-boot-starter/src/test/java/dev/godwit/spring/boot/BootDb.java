package dev.godwit.spring.boot;

import static org.junit.jupiter.api.Assertions.fail;

import dev.godwit.testsupport.TestServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * An empty database of one kind for a starter test, with the {@code spring.datasource.*} (and
 * {@code godwit.schema}) properties an application would set for it: a SQLite file, a PostgreSQL
 * schema of its own, a MariaDB database of its own. A missing server fails under CI.
 */
record BootDb(String kind, String url, String user, String password, String schema, String adminUrl) {

    static final String JPA_OFF = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration,"
            + "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration";

    static BootDb create(String kind, Path dir) {
        String name = "boot_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
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

    boolean jpa() {
        return !kind.equals("sqlite");
    }

    /** The application's properties for this database; SQLite has no Hibernate dialect here, so no JPA. */
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
        if (!jpa()) {
            p.put("spring.autoconfigure.exclude", JPA_OFF);
        }
        return p;
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
