package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.notContains;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On MariaDB, the tables Godwit builds from a model are the model's own tables as SHOW CREATE
 * TABLE prints them: explicit table options (ROW_FORMAT, KEY_BLOCK_SIZE, STATS_PERSISTENT) are
 * kept, a table without them gets none, and keys come in the model's order. Each case loads the
 * same model directly into a second database and compares the two.
 */
class MysqlShowCreateTableTest {

    /** MediaWiki's archive table, shortened: its keys are not in name order. */
    private static final String MODEL_V1 = """
            CREATE TABLE parent (
                id INT NOT NULL PRIMARY KEY,
                code VARCHAR(20) NOT NULL
            ) ROW_FORMAT=DYNAMIC;
            CREATE TABLE archive (
                ar_id INT UNSIGNED NOT NULL AUTO_INCREMENT,
                ar_namespace INT NOT NULL DEFAULT 0,
                ar_title VARBINARY(255) NOT NULL DEFAULT '',
                ar_actor BIGINT UNSIGNED NOT NULL,
                ar_timestamp BINARY(14) NOT NULL,
                ar_rev_id INT UNSIGNED NOT NULL,
                parent_id INT NULL,
                PRIMARY KEY (ar_id),
                KEY ar_name_title_timestamp (ar_namespace, ar_title, ar_timestamp),
                KEY ar_actor_timestamp (ar_actor, ar_timestamp),
                UNIQUE KEY ar_revid_uniq (ar_rev_id),
                CONSTRAINT archive_parent FOREIGN KEY (parent_id) REFERENCES parent (id)
            ) ROW_FORMAT=COMPRESSED KEY_BLOCK_SIZE=8 STATS_PERSISTENT=0;
            CREATE TABLE plain (
                id INT NOT NULL PRIMARY KEY,
                z INT,
                a INT,
                body TEXT,
                KEY z_key (z),
                FULLTEXT KEY body_text (body),
                KEY a_key (a)
            );
            """;

    /**
     * Every table's options change: one loses STATS_PERSISTENT, one its row format, one gets one.
     * KEY_BLOCK_SIZE stays: the server keeps a block size a table loses on its existing keys
     * (docs/autogenerate.md).
     */
    private static final String MODEL_V2 = """
            CREATE TABLE parent (
                id INT NOT NULL PRIMARY KEY,
                code VARCHAR(20) NOT NULL
            );
            CREATE TABLE archive (
                ar_id INT UNSIGNED NOT NULL AUTO_INCREMENT,
                ar_namespace INT NOT NULL DEFAULT 0,
                ar_title VARBINARY(255) NOT NULL DEFAULT '',
                ar_actor BIGINT UNSIGNED NOT NULL,
                ar_timestamp BINARY(14) NOT NULL,
                ar_rev_id INT UNSIGNED NOT NULL,
                parent_id INT NULL,
                PRIMARY KEY (ar_id),
                KEY ar_name_title_timestamp (ar_namespace, ar_title, ar_timestamp),
                KEY ar_actor_timestamp (ar_actor, ar_timestamp),
                UNIQUE KEY ar_revid_uniq (ar_rev_id),
                CONSTRAINT archive_parent FOREIGN KEY (parent_id) REFERENCES parent (id)
            ) ROW_FORMAT=COMPRESSED KEY_BLOCK_SIZE=8;
            CREATE TABLE plain (
                id INT NOT NULL PRIMARY KEY,
                z INT,
                a INT,
                body TEXT,
                KEY z_key (z),
                FULLTEXT KEY body_text (body),
                KEY a_key (a)
            ) ROW_FORMAT=COMPACT;
            CREATE TABLE added (
                id INT NOT NULL PRIMARY KEY,
                y INT,
                x INT,
                KEY y_key (y),
                UNIQUE KEY x_unique (x),
                KEY b_key (x, y)
            ) ROW_FORMAT=REDUNDANT;
            """;

    private static final List<String> TABLES_V1 = List.of("archive", "parent", "plain");
    private static final List<String> TABLES_V2 = List.of("added", "archive", "parent", "plain");

    @Test
    void aModelBuiltFromEmptyPrintsLikeTheModelItself(@TempDir Path dir, @TempDir Path otherDir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.MARIADB, dir);
                TestDatabase direct = TestDatabase.create(TestDatabase.Kind.MARIADB, otherDir)) {
            db.writeConfig(dir, "model = \"schema\"");
            Files.createDirectories(dir.resolve("migrations/versions"));
            useModel(dir, MODEL_V1);
            ok(Cli.run(dir, "migrate", "-m", "v1"));
            ok(Cli.run(dir, "upgrade"));
            assertEquals("No changes detected\n", ok(Cli.run(dir, "migrate", "-m", "again")).out());
            load(direct, MODEL_V1);

            assertEquals(showCreate(direct, TABLES_V1), showCreate(db, TABLES_V1));
            String archive = showCreate(db, List.of("archive")).get(0);
            contains(archive, "ROW_FORMAT=COMPRESSED KEY_BLOCK_SIZE=8", "STATS_PERSISTENT=0",
                    "KEY `ar_name_title_timestamp`");
            notContains(showCreate(db, List.of("plain")).get(0), "ROW_FORMAT");
        }
    }

    @Test
    void changedOptionsAndTheirDowngradePrintLikeEachModel(@TempDir Path dir, @TempDir Path otherDir)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.MARIADB, dir);
                TestDatabase direct = TestDatabase.create(TestDatabase.Kind.MARIADB, otherDir)) {
            db.writeConfig(dir, "model = \"schema\"");
            Files.createDirectories(dir.resolve("migrations/versions"));
            useModel(dir, MODEL_V1);
            ok(Cli.run(dir, "migrate", "-m", "v1"));
            ok(Cli.run(dir, "upgrade"));
            useModel(dir, MODEL_V2);
            contains(ok(Cli.run(dir, "migrate", "-m", "v2")).out(), "Generated ");
            ok(Cli.run(dir, "upgrade"));
            assertEquals("No changes detected\n", ok(Cli.run(dir, "migrate", "-m", "again")).out());
            load(direct, MODEL_V2);
            assertEquals(showCreate(direct, TABLES_V2), showCreate(db, TABLES_V2));

            ok(Cli.run(dir, "downgrade", "-1"));
            load(direct, MODEL_V1);
            assertEquals(showCreate(direct, TABLES_V1), showCreate(db, TABLES_V1));
        }
    }

    @Test
    void anIndexAddedLaterIsNoDifferenceThoughTheServerListsItLast(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.MARIADB, dir)) {
            db.writeConfig(dir, "model = \"schema\"");
            Files.createDirectories(dir.resolve("migrations/versions"));
            useModel(dir, "CREATE TABLE t (id INT PRIMARY KEY, a INT, b INT, c INT, KEY a_key (a), KEY c_key (c));");
            ok(Cli.run(dir, "migrate", "-m", "v1"));
            ok(Cli.run(dir, "upgrade"));
            useModel(dir, "CREATE TABLE t (id INT PRIMARY KEY, a INT, b INT, c INT,"
                    + " KEY a_key (a), KEY b_key (b), KEY c_key (c));");
            ok(Cli.run(dir, "migrate", "-m", "v2"));
            ok(Cli.run(dir, "upgrade"));
            assertEquals("No changes detected\n", ok(Cli.run(dir, "migrate", "-m", "again")).out(),
                    "the key order must not be a difference");
            ok(Cli.run(dir, "check"));
        }
    }

    /**
     * A column's own CHECK stays in the column (MariaDB keeps it as a column-level check named
     * after the column), on CREATE TABLE and on ADD COLUMN; a table CHECK stays a table element.
     */
    @Test
    void columnChecksStayInTheirColumn(@TempDir Path dir, @TempDir Path otherDir) throws Exception {
        String v1 = "CREATE TABLE t (id INT PRIMARY KEY, status VARCHAR(20) CHECK (status IN ('a','b')),"
                + " n INT, CONSTRAINT n_positive CHECK (n > 0));\n";
        String v2 = "CREATE TABLE t (id INT PRIMARY KEY, status VARCHAR(20) CHECK (status IN ('a','b')),"
                + " kind INT NOT NULL DEFAULT 1 CHECK (kind BETWEEN 1 AND 3), n INT, CONSTRAINT n_positive CHECK (n > 0));\n"
                + "CREATE TABLE u (id INT PRIMARY KEY, qty INT COMMENT 'count' CHECK (qty >= 0));\n";
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.MARIADB, dir);
                TestDatabase direct = TestDatabase.create(TestDatabase.Kind.MARIADB, otherDir)) {
            db.writeConfig(dir, "model = \"schema\"");
            Files.createDirectories(dir.resolve("migrations/versions"));
            useModel(dir, v1);
            ok(Cli.run(dir, "migrate", "-m", "v1"));
            ok(Cli.run(dir, "upgrade"));
            load(direct, v1);
            assertEquals(showCreate(direct, List.of("t")), showCreate(db, List.of("t")));
            contains(showCreate(db, List.of("t")).get(0), "CHECK (`status` in ('a','b'))",
                    "CONSTRAINT `n_positive` CHECK");
            notContains(showCreate(db, List.of("t")).get(0), "CONSTRAINT `status`");

            useModel(dir, v2);
            ok(Cli.run(dir, "migrate", "-m", "v2"));
            ok(Cli.run(dir, "upgrade"));
            assertEquals("No changes detected\n", ok(Cli.run(dir, "migrate", "-m", "again")).out());
            load(direct, v2);
            assertEquals(showCreate(direct, List.of("t", "u")), showCreate(db, List.of("t", "u")));
            notContains(showCreate(db, List.of("t")).get(0), "CONSTRAINT `kind`");
        }
    }

    private static void useModel(Path dir, String ddl) throws Exception {
        Files.createDirectories(dir.resolve("schema"));
        Files.writeString(dir.resolve("schema/model.sql"), ddl);
    }

    /** Replaces the database's tables with the model's, run statement by statement. */
    private static void load(TestDatabase db, String ddl) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : db.userTables()) {
                s.execute("DROP TABLE `" + table + "`");
            }
            s.execute("SET FOREIGN_KEY_CHECKS = 1");
            for (String statement : ddl.split(";\\s*\n")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
    }

    private static List<String> showCreate(TestDatabase db, List<String> tables) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SHOW CREATE TABLE `" + table + "`")) {
                    rs.next();
                    out.add(rs.getString(2).replaceAll(" AUTO_INCREMENT=\\d+", ""));
                }
            }
        }
        return out;
    }
}
