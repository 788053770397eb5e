package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.failed;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model never touches a real database: whatever a model file says, the server's schemas
 * (MariaDB: databases) and their tables are the same after check/migrate as before, and a model
 * that would reach outside the scratch is refused with its file and line.
 */
class ModelConfinementTest {

    private static final String PG_ADMIN = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String MARIADB_ADMIN = "jdbc:mariadb://127.0.0.1:3306/";

    /**
     * Every database (PostgreSQL), schema and table on the server, but those other tests make and
     * drop while this one runs.
     */
    static TreeSet<String> serverObjects(TestDatabase.Kind kind) throws Exception {
        String sql = kind == TestDatabase.Kind.POSTGRESQL
                ? "SELECT 'database ' || datname FROM pg_database UNION ALL SELECT nspname FROM pg_namespace "
                        + "UNION ALL SELECT schemaname || '.' || tablename FROM pg_tables"
                : "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA UNION ALL "
                        + "SELECT CONCAT(TABLE_SCHEMA, '.', TABLE_NAME) FROM information_schema.TABLES";
        TreeSet<String> out = new TreeSet<>();
        try (Connection c = kind == TestDatabase.Kind.POSTGRESQL ? DriverManager.getConnection(PG_ADMIN, "postgres", "")
                : DriverManager.getConnection(MARIADB_ADMIN, "root", "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String name = rs.getString(1).toLowerCase(Locale.ROOT);
                String bare = name.startsWith("database ") ? name.substring(9) : name;
                if (!bare.startsWith("gw_") && !bare.startsWith("godwit_scratch_") && !bare.startsWith("pg_temp")
                        && !bare.startsWith("pg_toast_temp") && !bare.startsWith("ms_")) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    private static void model(Path dir, String ddl) throws Exception {
        Files.createDirectories(dir.resolve("schema"));
        Files.writeString(dir.resolve("schema/01.sql"), ddl);
    }

    private static long revisionCount(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("migrations/versions"))) {
            return files.count();
        }
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36) + Long.toString(ProcessHandle.current().pid(), 36);
    }

    @Test
    void mariadbUseOfAnotherDatabaseIsRefusedAndThatDatabaseIsUntouched(@TempDir Path dir) throws Exception {
        String other = unique("msx_");
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.MARIADB, dir)) {
            db.execute("CREATE DATABASE " + other);
            db.execute("CREATE TABLE " + other + ".existing (id int PRIMARY KEY)");
            try {
                db.writeConfig(dir, "model = \"schema\"");
                Files.createDirectories(dir.resolve("migrations/versions"));
                ok(Cli.run(dir, "stamp", "head"));
                TreeSet<String> before = serverObjects(TestDatabase.Kind.MARIADB);
                contains(before.toString(), other + ".existing");

                List<String> escapes = List.of(
                        "USE " + other + ";\nCREATE TABLE t1 (id int PRIMARY KEY);",
                        "CREATE TABLE t1 (id int PRIMARY KEY);\nCREATE TABLE " + other + ".t2 (id int);",
                        "CREATE TABLE t1 (id int PRIMARY KEY);\nINSERT INTO `" + other + "`.existing VALUES (1);",
                        "CREATE TABLE t1 (id int PRIMARY KEY);\nDROP DATABASE " + other + ";",
                        "CREATE TABLE t1 (id int PRIMARY KEY);\nCREATE DATABASE " + other + "_new;",
                        "CREATE TABLE t1 (id int PRIMARY KEY);\nCOMMIT;",
                        "CREATE TABLE t1 (id int PRIMARY KEY);\n/*!40000 DROP DATABASE IF EXISTS " + other + " */;",
                        "CREATE TABLE t1 (id int PRIMARY KEY);\nDELIMITER $$\nCREATE TRIGGER tr AFTER INSERT ON t1 FOR EACH ROW\n"
                                + "BEGIN\n  INSERT INTO " + other + ".existing VALUES (NEW.id);\nEND$$\nDELIMITER ;\n"
                                + "INSERT INTO t1 VALUES (7);");
                for (String escape : escapes) {
                    model(dir, escape);
                    for (String command : List.of("check", "migrate")) {
                        Cli.Result r = failed(command.equals("check") ? Cli.run(dir, "check")
                                : Cli.run(dir, "migrate", "-m", "x"));
                        contains(r.err(), "The model may only create objects in the scratch database", "01.sql:");
                    }
                    assertEquals(before, serverObjects(TestDatabase.Kind.MARIADB), escape);
                    assertEquals(List.of("0"), db.column("SELECT COUNT(*) FROM " + other + ".existing"), escape);
                }
                contains(failed(Cli.run(dir, "check")).err(), "01.sql:3", "CREATE TRIGGER tr");
                model(dir, escapes.get(0));
                contains(failed(Cli.run(dir, "check")).err(), "01.sql:1", "USE " + other);
                assertEquals(0, revisionCount(dir));

                // USE and qualifiers naming the database Godwit migrates are mapped onto the scratch.
                model(dir, "USE " + db.database() + ";\nCREATE TABLE `" + db.database() + "`.t1 (id int PRIMARY KEY);");
                contains(ok(Cli.run(dir, "migrate", "-m", "t1")).out(), "+ create table t1");
                ok(Cli.run(dir, "upgrade"));
                contains(ok(Cli.run(dir, "check")).out(), "matches the desired schema");
                assertEquals(List.of("t1"), db.userTables());
            } finally {
                db.execute("DROP DATABASE IF EXISTS " + other);
            }
        }
    }

    @Test
    void postgresModelThatReachesAnotherSchemaIsRefusedAndNothingChanges(@TempDir Path dir) throws Exception {
        String other = unique("msx_");
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.POSTGRESQL, dir)) {
            db.execute("CREATE SCHEMA " + other);
            db.execute("CREATE TABLE " + other + ".existing (id int PRIMARY KEY)");
            try {
                db.writeConfig(dir, "model = \"schema\"");
                Files.createDirectories(dir.resolve("migrations/versions"));
                ok(Cli.run(dir, "stamp", "head"));
                TreeSet<String> before = serverObjects(TestDatabase.Kind.POSTGRESQL);
                contains(before.toString(), other + ".existing");
                String t1 = "CREATE TABLE t1 (id int PRIMARY KEY);\n";
                List<String> escapes = List.of(
                        "SET search_path TO " + other + ";\n" + t1,
                        t1 + "CREATE TABLE " + other + ".t2 (id int);",
                        t1 + "CREATE SCHEMA " + other + "_new;",
                        t1 + "INSERT INTO " + other + ".existing VALUES (1);",
                        t1 + "COMMIT;\nCREATE TABLE \"" + other + "\".t3 (id int);",
                        t1 + "COMMIT;",
                        t1 + "SELECT pg_catalog.set_config('search_path', '" + other + "', false);\nCREATE TABLE t4 (id int);",
                        t1 + "DO $$ BEGIN EXECUTE 'CREATE TABLE " + other + ".t5 (id int)'; END $$;",
                        t1 + "DROP SCHEMA " + other + " CASCADE;",
                        t1 + "CREATE DATABASE " + other + ";",
                        t1 + "ALTER TABLE " + other + ".existing ADD COLUMN x int;");
                for (String escape : escapes) {
                    model(dir, escape);
                    for (String command : List.of("check", "migrate")) {
                        Cli.Result r = failed(command.equals("check") ? Cli.run(dir, "check")
                                : Cli.run(dir, "migrate", "-m", "x"));
                        contains(r.err(), "The model may only create objects in the scratch database", "01.sql:");
                    }
                    assertEquals(before, serverObjects(TestDatabase.Kind.POSTGRESQL), escape);
                    assertEquals(List.of("0"), db.column("SELECT COUNT(*) FROM " + other + ".existing"), escape);
                }
                assertEquals(0, revisionCount(dir));

                // The configured schema's own name is mapped onto the scratch.
                model(dir, "SET search_path = " + db.schema() + ", pg_catalog;\nCREATE TABLE " + db.schema()
                        + ".t1 (id serial PRIMARY KEY);\nCREATE INDEX t1_id ON " + db.schema() + ".t1 (id);\n"
                        + "GRANT SELECT ON " + other + ".existing TO PUBLIC;");
                contains(ok(Cli.run(dir, "migrate", "-m", "t1")).out(), "+ create table t1");
                ok(Cli.run(dir, "upgrade"));
                contains(ok(Cli.run(dir, "check")).out(), "matches the desired schema");
                // Privileges are not modelled: the GRANT was left out, not run.
                assertEquals(List.of(), db.column("SELECT grantee FROM information_schema.role_table_grants "
                        + "WHERE table_schema = '" + other + "' AND grantee = 'PUBLIC'"));
            } finally {
                db.execute("DROP SCHEMA IF EXISTS " + other + " CASCADE");
            }
        }
    }

    @Test
    void sqliteModelCannotAttachAFile(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, dir)) {
            db.writeConfig(dir, "model = \"schema\"");
            Files.createDirectories(dir.resolve("migrations/versions"));
            Path file = dir.resolve("other.db");
            model(dir, "ATTACH DATABASE '" + file + "' AS other;\nCREATE TABLE other.t (id INTEGER);");
            contains(failed(Cli.run(dir, "check")).err(), "01.sql:1", "attaches a database file");
            assertEquals(false, Files.exists(file));
        }
    }
}
