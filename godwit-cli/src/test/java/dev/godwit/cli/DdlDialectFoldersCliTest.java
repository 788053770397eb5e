package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.failed;
import static dev.godwit.cli.support.Checks.notContains;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.TestDatabase;
import dev.godwit.testsupport.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DDL-folder model with a subfolder per database ({@code schema/postgresql/},
 * {@code schema/mysql/}, {@code schema/sqlite/}) and {@code dialects}: `migrate` writes each
 * database's section from its own subfolder, the live database's too; each database upgraded from
 * empty with the files has the columns its own subfolder asks for (its catalog) and is clean
 * against its model; a second `migrate`, run on another live database, builds on each database's
 * own history.
 */
class DdlDialectFoldersCliTest {

    private static final String PG_V1 = "CREATE TABLE agents (id SERIAL PRIMARY KEY, name TEXT NOT NULL, "
            + "joined TIMESTAMPTZ NOT NULL DEFAULT now());\n";
    private static final String MY_V1 = "CREATE TABLE agents (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, "
            + "name VARCHAR(100) NOT NULL, joined DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6));\n";
    private static final String LITE_V1 = "CREATE TABLE agents (id INTEGER PRIMARY KEY AUTOINCREMENT, "
            + "name TEXT NOT NULL, joined TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP);\n";

    @Test
    void eachDatabaseGetsTheSectionOfItsOwnSubfolder(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("project");
        writeModel(project, PG_V1, MY_V1, LITE_V1);
        Map<TestDatabase.Kind, TestDatabase> dbs = new EnumMap<>(TestDatabase.Kind.class);
        try {
            for (TestDatabase.Kind kind : TestDatabase.Kind.values()) {
                Files.createDirectories(dir.resolve(kind.name()));
                dbs.put(kind, TestDatabase.create(kind, dir.resolve(kind.name()), "gapsxiii"));
            }
            use(project, dbs.get(TestDatabase.Kind.SQLITE));
            contains(ok(Cli.run(project, "migrate", "-m", "agents")).out(), "+ postgresql: create table agents",
                    "+ sqlite: create table agents", "+ mysql: create table agents", "Generated ");
            String first = onlyRevision(project);
            contains(section(first, "postgresql"), "id serial NOT NULL", "timestamp with time zone");
            notContains(section(first, "postgresql"), "AUTO_INCREMENT", "AUTOINCREMENT");
            contains(section(first, "mysql"), "AUTO_INCREMENT", "datetime(6)", "varchar(100)");
            contains(section(first, "sqlite"), "AUTOINCREMENT");
            notContains(section(first, "sqlite"), "AUTO_INCREMENT", "serial", "datetime(6)");
            for (TestDatabase db : dbs.values()) {
                upgradeAndCheck(project, db);
            }
            assertEquals(List.of("id integer", "name text", "joined timestamp with time zone"),
                    columns(dbs.get(TestDatabase.Kind.POSTGRESQL)));
            assertEquals(List.of("id int(11) auto_increment", "name varchar(100)", "joined datetime(6)"),
                    columns(dbs.get(TestDatabase.Kind.MARIADB)));
            assertEquals(List.of("id INTEGER", "name TEXT", "joined TEXT"), columns(dbs.get(TestDatabase.Kind.SQLITE)));

            writeModel(project, PG_V1.replace(");", ", phone VARCHAR(40));"),
                    MY_V1.replace(");", ", phone VARCHAR(30));"), LITE_V1.replace(");", ", phone TEXT);"));
            use(project, dbs.get(TestDatabase.Kind.POSTGRESQL));
            contains(ok(Cli.run(project, "migrate", "-m", "phone")).out(), "+ postgresql: add column agents.phone",
                    "+ sqlite: add column agents.phone", "+ mysql: add column agents.phone");
            for (TestDatabase db : dbs.values()) {
                upgradeAndCheck(project, db);
            }
            assertEquals("phone character varying(40)", columns(dbs.get(TestDatabase.Kind.POSTGRESQL)).get(3));
            assertEquals("phone varchar(30)", columns(dbs.get(TestDatabase.Kind.MARIADB)).get(3));
            assertEquals("phone TEXT", columns(dbs.get(TestDatabase.Kind.SQLITE)).get(3));
            use(project, dbs.get(TestDatabase.Kind.MARIADB));
            assertEquals("No changes detected\n", ok(Cli.run(project, "migrate", "-m", "nothing")).out());
        } finally {
            dbs.values().forEach(TestDatabase::close);
        }
    }

    /** A database with neither its own subfolder nor files of the folder's own is told which subfolder is missing. */
    @Test
    void aDatabaseWithoutItsSubfolderIsToldWhichOneIsMissing(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("project");
        writeModel(project, PG_V1, MY_V1, LITE_V1);
        try (Stream<Path> files = Files.walk(project.resolve("schema/sqlite"))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, dir, "gapsxiii")) {
            db.writeConfig(project, "model = \"schema\"");
            contains(failed(Cli.run(project, "check")).err(), "has a subfolder per database but none for sqlite",
                    "schema/sqlite");
            Files.writeString(project.resolve("schema/shared.sql"), LITE_V1);
            contains(ok(Cli.run(project, "migrate", "-m", "shared")).out(), "+ create table agents");
        }
    }

    private static void upgradeAndCheck(Path project, TestDatabase db) throws Exception {
        use(project, db);
        ok(Cli.run(project, "upgrade"));
        contains(ok(Cli.run(project, "check")).out(), "matches the desired schema");
        contains(ok(Cli.run(project, "check", "--dialect", dialect(db.kind()))).out(), "matches the desired schema");
    }

    private static void writeModel(Path project, String postgres, String mysql, String sqlite) throws Exception {
        Files.createDirectories(project.resolve("migrations/versions"));
        Files.createDirectories(project.resolve("schema/postgresql"));
        Files.createDirectories(project.resolve("schema/mysql"));
        Files.createDirectories(project.resolve("schema/sqlite"));
        Files.writeString(project.resolve("schema/postgresql/agents.sql"), postgres);
        Files.writeString(project.resolve("schema/mysql/agents.sql"), mysql);
        Files.writeString(project.resolve("schema/sqlite/agents.sql"), sqlite);
    }

    /** Points the project at {@code db}, with the three dialects and the servers' scratches. */
    static void use(Path project, TestDatabase db) throws Exception {
        db.writeConfig(project, "model = \"schema\"", "dialects = [\"postgresql\", \"sqlite\", \"mysql\"]",
                "dev_urls = [\"" + serverUrl("postgresql", TestServer.postgres()) + "\", \""
                        + serverUrl("mysql", TestServer.mariadb()) + "\"]");
    }

    static String serverUrl(String scheme, TestServer server) {
        String password = server.password() == null || server.password().isEmpty() ? "" : ":" + server.password();
        return scheme + "://" + server.user() + password + "@" + server.host() + ":" + server.port() + "/"
                + server.database();
    }

    static String dialect(TestDatabase.Kind kind) {
        return kind == TestDatabase.Kind.SQLITE ? "sqlite" : kind == TestDatabase.Kind.POSTGRESQL ? "postgresql"
                : "mysql";
    }

    private static String onlyRevision(Path project) throws Exception {
        try (Stream<Path> files = Files.list(project.resolve("migrations/versions"))) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all.toString());
            return Files.readString(all.get(0));
        }
    }

    /** The text of {@code -- +upgrade <dialect>} up to the next marker. */
    private static String section(String revision, String dialect) {
        int start = revision.indexOf("-- +upgrade " + dialect + "\n");
        int end = revision.indexOf("\n-- +", start + 1);
        return revision.substring(start, end < 0 ? revision.length() : end);
    }

    private static List<String> columns(TestDatabase db) throws Exception {
        switch (db.kind()) {
            case SQLITE:
                return db.column("SELECT name || ' ' || type FROM pragma_table_info('agents') ORDER BY cid");
            case POSTGRESQL:
                return db.column("SELECT column_name || ' ' || data_type || coalesce('(' || character_maximum_length "
                        + "|| ')', '') FROM information_schema.columns WHERE table_schema = '" + db.schema()
                        + "' AND table_name = 'agents' ORDER BY ordinal_position");
            default:
                return db.column("SELECT concat_ws(' ', column_name, column_type, nullif(extra, '')) "
                        + "FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'agents' "
                        + "ORDER BY ordinal_position");
        }
    }
}
