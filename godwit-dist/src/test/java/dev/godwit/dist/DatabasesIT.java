package dev.godwit.dist;

import static dev.godwit.dist.Dist.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.testsupport.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unpacked distribution against real databases: a day's commands on SQLite, an upgrade on
 * PostgreSQL and on MariaDB, each judged by the database's own catalog.
 */
class DatabasesIT {

    private static final String REV = "d15700000001";

    /** init, revision (its SQL written in), upgrade and current, as a user starts. */
    private static Path project(Path home, Path dir) throws Exception {
        Dist.Run init = Dist.godwit(home, dir, "-C", dir.toString(), "init", "project");
        assertEquals(0, init.exit(), init.toString());
        contains(init.out(), "Created " + dir.resolve("project/godwit.toml"));
        Path project = dir.resolve("project");
        Dist.Run revision = Dist.godwit(home, project, "revision", "-m", "create parcels", "--rev-id", REV);
        assertEquals(0, revision.exit(), revision.toString());
        contains(revision.out(), "Generated ", "(revision " + REV + ")");
        Dist.writeSql(project, "CREATE TABLE parcels (id INTEGER PRIMARY KEY, label VARCHAR(40) NOT NULL);",
                "DROP TABLE parcels;");
        return project;
    }

    @Test
    void initRevisionUpgradeCurrentOnSqlite(@TempDir Path dir) throws Exception {
        Path home = Dist.unpack(dir);
        Path project = project(home, dir);
        Dist.Run upgrade = Dist.godwit(home, project, "upgrade");
        assertEquals(0, upgrade.exit(), upgrade.toString());
        contains(upgrade.out(), "Running upgrade <base> -> " + REV + ", create parcels",
                "Upgraded 1 revision(s); the database is at " + REV + ".");
        Dist.Run current = Dist.godwit(home, project, "current");
        assertEquals(0, current.exit(), current.toString());
        assertEquals(REV + " (head)", current.out().strip());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project.resolve("godwit.db"))) {
            assertEquals(List.of("label"), column(c, "SELECT name FROM pragma_table_info('parcels') WHERE \"notnull\" = 1"));
            assertEquals(List.of(REV), column(c, "SELECT version_num FROM godwit_version"));
        }
        Dist.Run again = Dist.godwit(home, project, "upgrade");
        assertEquals(0, again.exit(), again.toString());
        contains(again.out(), "Nothing to upgrade: the database is at " + REV);
    }

    @Test
    void upgradeOnPostgresql(@TempDir Path dir) throws Exception {
        TestServer server = TestServer.postgres();
        String jdbc = "jdbc:postgresql://" + server.host() + ":" + server.port() + "/" + server.database();
        String schema = "dist_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100_000;
        try (Connection c = connect(jdbc, server, "PostgreSQL")) {
            execute(c, "CREATE SCHEMA " + schema);
            try {
                Path home = Dist.unpack(dir);
                Path project = project(home, dir);
                Files.writeString(project.resolve("godwit.toml"), "url = \"postgresql://" + server.userInfo()
                        + server.host() + ":" + server.port() + "/" + server.database() + "\"\nschema = \"" + schema + "\"\n");
                Dist.Run upgrade = Dist.godwit(home, project, "upgrade");
                assertEquals(0, upgrade.exit(), upgrade.toString());
                contains(upgrade.out(), "Upgraded 1 revision(s); the database is at " + REV + ".");
                assertEquals(List.of("godwit_history", "godwit_version", "parcels"), column(c,
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema + "' ORDER BY 1"));
                assertEquals(List.of("id:integer:no", "label:character varying:no"), column(c,
                        "SELECT column_name || ':' || data_type || ':' || is_nullable FROM information_schema.columns"
                        + " WHERE table_schema = '" + schema + "' AND table_name = 'parcels' ORDER BY ordinal_position"));
                assertEquals(List.of(REV), column(c, "SELECT version_num FROM " + schema + ".godwit_version"));
                Dist.Run current = Dist.godwit(home, project, "current");
                assertEquals(REV + " (head)", current.out().strip(), current.toString());
            } finally {
                execute(c, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void upgradeOnMariadb(@TempDir Path dir) throws Exception {
        TestServer server = TestServer.mariadb();
        String jdbc = "jdbc:mariadb://" + server.host() + ":" + server.port() + "/";
        String database = "dist_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100_000;
        try (Connection c = connect(jdbc, server, "MariaDB")) {
            execute(c, "CREATE DATABASE " + database);
            try {
                Path home = Dist.unpack(dir);
                Path project = project(home, dir);
                // The URL from DATABASE_URL this time, as a release job passes it.
                String url = "mariadb://" + server.userInfo() + server.host() + ":" + server.port() + "/" + database;
                Dist.Run upgrade = Dist.godwit(home.resolve("bin/godwit"), project, env -> env.put("DATABASE_URL", url), "upgrade");
                assertEquals(0, upgrade.exit(), upgrade.toString());
                contains(upgrade.out(), "Upgraded 1 revision(s); the database is at " + REV + ".");
                assertEquals(List.of("godwit_history", "godwit_version", "parcels"), column(c,
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + database + "' ORDER BY 1"));
                assertEquals(List.of("id:int:no", "label:varchar:no"), column(c,
                        "SELECT CONCAT(column_name, ':', data_type, ':', is_nullable) FROM information_schema.columns"
                        + " WHERE table_schema = '" + database + "' AND table_name = 'parcels' ORDER BY ordinal_position"));
                assertEquals(List.of(REV), column(c, "SELECT version_num FROM " + database + ".godwit_version"));
                try (var files = Files.list(project)) {
                    assertEquals(0, files.filter(p -> p.toString().endsWith(".db")).count(), "DATABASE_URL was used");
                }
            } finally {
                execute(c, "DROP DATABASE IF EXISTS " + database);
            }
        }
    }

    private static Connection connect(String jdbc, TestServer server, String what) throws SQLException {
        try {
            return DriverManager.getConnection(jdbc, server.user(), server.password());
        } catch (SQLException e) {
            if (TestServer.ci()) {
                throw e;
            }
            System.err.println("WARNING: " + what + " is not reachable at " + jdbc + ", test skipped (it fails under CI)");
            Assumptions.abort(what + " not reachable: " + e.getMessage());
            throw e;
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
