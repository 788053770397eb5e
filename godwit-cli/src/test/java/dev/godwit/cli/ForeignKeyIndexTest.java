package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.notContains;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Dropping an index over a foreign key's columns leaves the foreign key alone: a plain DROP INDEX
 * on PostgreSQL and SQLite (no constraint re-validated, no table rebuilt), and on MariaDB the
 * model's replacement index created in the same ALTER TABLE as the drop. Judged by the
 * databases' own catalogs.
 */
class ForeignKeyIndexTest {

    private static final Pattern GENERATED = Pattern.compile("Generated (.+\\.sql) \\(revision ([0-9a-f]+)\\)");

    private static final String PARENT = "CREATE TABLE parent (id INTEGER NOT NULL PRIMARY KEY);\n";
    private static final String CHILD = "CREATE TABLE child (id INTEGER NOT NULL PRIMARY KEY, "
            + "pid INTEGER, CONSTRAINT child_parent FOREIGN KEY (pid) REFERENCES parent (id));\n";
    private static final String INDEX = "CREATE INDEX child_pid ON child (pid);\n";

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void droppingTheIndexOnForeignKeyColumnsKeepsTheKey(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir, "model = \"schema\"");
            Files.createDirectories(dir.resolve("migrations/versions"));
            model(dir, PARENT + CHILD + INDEX);
            ok(Cli.run(dir, "migrate", "-m", "tables"));
            ok(Cli.run(dir, "upgrade"));
            db.execute("INSERT INTO parent (id) VALUES (1)");
            db.execute("INSERT INTO child (id, pid) VALUES (10, 1)");
            String keyBefore = foreignKeyIdentity(db);

            model(dir, PARENT + CHILD);
            String revision = generated(ok(Cli.run(dir, "migrate", "-m", "no index")));
            String upgrade = section(revision, "upgrade");
            notContains(revision, "FOREIGN KEY", "CREATE TABLE", "CONSTRAINT");
            if (kind == TestDatabase.Kind.MARIADB) {
                assertEquals("ALTER TABLE child ADD KEY child_parent (pid), DROP INDEX child_pid;",
                        upgrade.strip());
            } else {
                assertTrue(upgrade.strip().equals("DROP INDEX child_pid;"), upgrade);
            }
            ok(Cli.run(dir, "upgrade"));
            ok(Cli.run(dir, "check"));
            assertEquals(List.of(), indexes(db).stream().filter(i -> i.equals("child_pid")).toList());
            assertEquals(keyBefore, foreignKeyIdentity(db), "the foreign key must not be dropped and re-added");
            assertEquals(List.of(List.of("10", "1")), db.query("SELECT id, pid FROM child"));

            ok(Cli.run(dir, "downgrade", "-1"));
            List<String> restored = indexes(db);
            assertTrue(restored.contains("child_pid"), restored::toString);
            assertEquals(keyBefore, foreignKeyIdentity(db), "the downgrade must not touch the foreign key either");
        }
    }

    /** MariaDB: the live index is the one InnoDB made for the key by itself; the model adds an explicit one. */
    @Test
    void mariadbReplacesTheImplicitForeignKeyIndex(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.MARIADB, dir)) {
            db.writeConfig(dir, "model = \"schema\"");
            Files.createDirectories(dir.resolve("migrations/versions"));
            db.execute("CREATE TABLE parent (id INTEGER NOT NULL PRIMARY KEY)");
            db.execute("CREATE TABLE child (id INTEGER NOT NULL PRIMARY KEY, pid INTEGER, "
                    + "FOREIGN KEY (pid) REFERENCES parent (id))");
            model(dir, "CREATE TABLE parent (id INTEGER NOT NULL PRIMARY KEY);\n"
                    + "CREATE TABLE child (id INTEGER NOT NULL PRIMARY KEY, pid INTEGER, "
                    + "FOREIGN KEY (pid) REFERENCES parent (id));\n");
            assertEquals("No changes detected\n", ok(Cli.run(dir, "migrate", "-m", "same")).out());
            model(dir, "CREATE TABLE parent (id INTEGER NOT NULL PRIMARY KEY);\n"
                    + "CREATE TABLE child (id INTEGER NOT NULL PRIMARY KEY, pid INTEGER, "
                    + "FOREIGN KEY (pid) REFERENCES parent (id));\n" + INDEX);
            String revision = generated(ok(Cli.run(dir, "migrate", "-m", "explicit index")));
            assertEquals("ALTER TABLE child ADD KEY child_pid (pid), DROP INDEX pid;",
                    section(revision, "upgrade").strip());
            notContains(revision, "FOREIGN KEY");
            ok(Cli.run(dir, "upgrade"));
            ok(Cli.run(dir, "check"));
            contains(showCreate(db), "KEY `child_pid` (`pid`)", "CONSTRAINT `child_ibfk_1` FOREIGN KEY (`pid`)");
            notContains(showCreate(db), "KEY `pid`");
            ok(Cli.run(dir, "downgrade", "-1"));
            contains(showCreate(db), "KEY `pid` (`pid`)", "CONSTRAINT `child_ibfk_1` FOREIGN KEY (`pid`)");
        }
    }

    private static String showCreate(TestDatabase db) throws Exception {
        return db.query("SHOW CREATE TABLE child").get(0).get(1);
    }

    /** Something that changes when the foreign key is dropped and added again (or the table rebuilt). */
    private static String foreignKeyIdentity(TestDatabase db) throws Exception {
        return switch (db.kind()) {
            case POSTGRESQL -> db.query("SELECT c.oid::text FROM pg_constraint c JOIN pg_namespace n ON n.oid = "
                    + "c.connamespace WHERE c.contype = 'f' AND n.nspname = '" + db.schema() + "'").toString();
            case SQLITE -> db.query("SELECT sql, rootpage FROM sqlite_master WHERE name = 'child'").toString();
            case MARIADB -> db.query("SELECT CONSTRAINT_NAME FROM information_schema.REFERENTIAL_CONSTRAINTS "
                    + "WHERE CONSTRAINT_SCHEMA = DATABASE()").toString()
                    + showCreate(db).replaceAll("(?m)^\\s*KEY.*$", "");
        };
    }

    private static List<String> indexes(TestDatabase db) throws Exception {
        return switch (db.kind()) {
            case POSTGRESQL -> db.column("SELECT indexname FROM pg_indexes WHERE schemaname = '" + db.schema()
                    + "' AND tablename = 'child'");
            case SQLITE -> db.column("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'child'");
            case MARIADB -> db.column("SELECT DISTINCT INDEX_NAME FROM information_schema.STATISTICS "
                    + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'child'");
        };
    }

    static void model(Path dir, String ddl) throws Exception {
        Files.createDirectories(dir.resolve("schema"));
        Files.writeString(dir.resolve("schema/model.sql"), ddl);
    }

    static String generated(Cli.Result result) throws Exception {
        Matcher m = GENERATED.matcher(result.out());
        assertTrue(m.find(), result::toString);
        return Files.readString(Path.of(m.group(1)));
    }

    /** The statements of one section of a revision file, without comment lines. */
    static String section(String revision, String name) {
        int start = revision.indexOf("-- +" + name);
        assertTrue(start >= 0, revision);
        int end = revision.indexOf("-- +", start + 4);
        String body = revision.substring(revision.indexOf('\n', start) + 1, end < 0 ? revision.length() : end);
        StringBuilder out = new StringBuilder();
        for (String line : body.split("\n")) {
            if (!line.startsWith("--") && !line.isBlank()) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }
}
