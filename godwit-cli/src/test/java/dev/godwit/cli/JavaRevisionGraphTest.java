package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.failed;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.GodwitProcess;
import dev.godwit.cli.support.Rev;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Java revisions among SQL ones through the CLI: a failing one (rolled back where the database
 * allows it, reported with its class), a merge of both kinds, a compile error, a duplicate id.
 */
class JavaRevisionGraphTest {
    private static final String VT = "godwit_version";

    /** A Java revision class named {@code name} with the given id, parents and method bodies. */
    static String javaRevision(String name, String id, String revises, String upgrade, String downgrade) {
        return "import dev.godwit.api.JavaRevision;\n"
                + "import dev.godwit.api.RevisionContext;\n"
                + "import java.util.List;\n\n"
                + "public class " + name + " implements JavaRevision {\n"
                + "    public String id() { return \"" + id + "\"; }\n"
                + "    public List<String> revises() { return List.of(" + revises + "); }\n"
                + "    public String message() { return \"" + name + "\"; }\n"
                + "    public void upgrade(RevisionContext ctx) throws Exception {\n        " + upgrade + "\n    }\n"
                + "    public void downgrade(RevisionContext ctx) throws Exception {\n        " + downgrade + "\n    }\n"
                + "}\n";
    }

    static void writeJava(Path dir, String name, String text) throws Exception {
        Files.createDirectories(Rev.versions(dir));
        Files.writeString(Rev.versions(dir).resolve(name + ".java"), text);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void failureInTheCodeRollsBackAndNamesTheRevision(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir, JavaRevisionCliTest.PREFIX)) {
            db.writeConfig(dir);
            Rev.of("a1").message("items").up("CREATE TABLE items (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(20))",
                    "INSERT INTO items (id, name) VALUES (1, 'one'), (2, 'two')").down("DROP TABLE items").write(dir);
            writeJava(dir, "BreakHalfWay", javaRevision("BreakHalfWay", "b2", "\"a1\"",
                    "ctx.execute(\"UPDATE items SET name = ?\", \"changed\");\n"
                            + "        throw new IllegalStateException(\"item 2 cannot be migrated\");", ""));

            Cli.Result r = Cli.run(dir, "upgrade");
            // One error, no stack trace; the exception the revision's code threw is named, as it is the user's.
            assertEquals(1, r.exit(), r.toString());
            assertTrue(r.err().startsWith("ERROR: Revision b2") && !r.err().contains("\tat "), r.toString());
            contains(r.err(), "Revision b2 (BreakHalfWay) failed in its upgrade, in Java class BreakHalfWay (",
                    "BreakHalfWay.java", "BreakHalfWay.upgrade() threw java.lang.IllegalStateException: item 2 cannot "
                            + "be migrated", "1 earlier revision(s) of this run stay applied");
            assertEquals(List.of("a1"), db.versionRows(VT));
            List<String> names = db.column("SELECT name FROM items ORDER BY id");
            if (kind == TestDatabase.Kind.MARIADB) {
                contains(r.err(), "what BreakHalfWay.upgrade() changed before it threw");
                assertEquals(List.of("changed", "changed"), names, "MariaDB commits each statement");
            } else {
                contains(r.err(), "Revision b2 was rolled back; nothing of it stays applied.");
                assertEquals(List.of("one", "two"), names, "the code's update is rolled back with the bookkeeping");
            }
            assertEquals(List.of("0"), db.column("SELECT COUNT(*) FROM godwit_history WHERE revision = 'b2' AND "
                    + "success = " + (kind == TestDatabase.Kind.POSTGRESQL ? "true" : "1")));
            assertEquals(List.of("1"), db.column("SELECT COUNT(*) FROM godwit_history WHERE revision = 'b2'"),
                    "the failure has its audit row");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void mergeOfJavaAndSqlRevisions(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir, JavaRevisionCliTest.PREFIX)) {
            db.writeConfig(dir);
            Rev.of("a1").message("base table").up("CREATE TABLE t_a (id INTEGER NOT NULL PRIMARY KEY)")
                    .down("DROP TABLE t_a").write(dir);
            writeJava(dir, "JavaBranch", javaRevision("JavaBranch", "b2", "\"a1\"",
                    "ctx.execute(\"CREATE TABLE t_b (id INTEGER NOT NULL PRIMARY KEY, note VARCHAR(40))\");",
                    "ctx.execute(\"DROP TABLE t_b\");"));
            Rev.of("c3").revises("a1").message("sql branch").up("CREATE TABLE t_c (id INTEGER NOT NULL PRIMARY KEY)",
                    "INSERT INTO t_c (id) VALUES (1), (2), (3)").down("DROP TABLE t_c").write(dir);
            writeJava(dir, "JoinBranches", javaRevision("JoinBranches", "m4", "\"b2\", \"c3\"",
                    "Object n = ctx.query(\"SELECT COUNT(*) AS n FROM t_c\").get(0).get(\"N\");\n"
                            + "        ctx.execute(\"INSERT INTO t_b (id, note) VALUES (1, ?)\", \"t_c has \" + n);",
                    "ctx.execute(\"DELETE FROM t_b\");"));

            contains(ok(Cli.run(dir, "heads")).out(), "m4");
            ok(Cli.run(dir, "upgrade"));
            assertEquals(List.of("m4"), db.versionRows(VT));
            assertEquals(List.of("t_c has 3"), db.column("SELECT note FROM t_b"));
            String history = ok(Cli.run(dir, "history")).out();
            contains(history, "b2, c3 -> m4", "a1 -> b2", "a1 -> c3");

            ok(Cli.run(dir, "downgrade", "base"));
            assertEquals(List.of(), db.versionRows(VT));
            assertEquals(List.of(), db.userTables());
        }
    }

    @Test
    void compileErrorNamesFileAndLine(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, dir)) {
            db.writeConfig(dir);
            Rev.of("a1").up("CREATE TABLE t_a (id INTEGER PRIMARY KEY)").down("DROP TABLE t_a").write(dir);
            writeJava(dir, "Broken", javaRevision("Broken", "b2", "\"a1\"", "int count = \"many\";", ""));

            Cli.Result r = failed(Cli.run(dir, "upgrade"));
            contains(r.err(), "Java revision did not compile: ", "Broken.java:10: error: incompatible types: "
                    + "java.lang.String cannot be converted to int", "Fix the error in Broken.java");
            assertFalse(db.tableExists("t_a"), "nothing runs");
            contains(failed(Cli.run(dir, "history")).err(), "Broken.java:10: error");
        }
    }

    @Test
    void duplicateIdAcrossKindsNamesBoth(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, dir)) {
            db.writeConfig(dir);
            Rev.of("a1").up("CREATE TABLE t_a (id INTEGER PRIMARY KEY)").down("DROP TABLE t_a").write(dir);
            writeJava(dir, "Twin", javaRevision("Twin", "a1", "", "", ""));

            Cli.Result r = failed(Cli.run(dir, "history"));
            contains(r.err(), "Duplicate revision id 'a1': defined in ", "a1.sql", "Twin.java");
            assertTrue(r.err().indexOf("a1.sql") < r.err().indexOf("Twin.java"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void revisionJavaWritesATemplateThatRuns(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir, JavaRevisionCliTest.PREFIX)) {
            db.writeConfig(dir);
            Rev.of("a1").message("items").up("CREATE TABLE items (id INTEGER NOT NULL PRIMARY KEY)")
                    .down("DROP TABLE items").write(dir);
            Cli.Result r = ok(Cli.run(dir, "revision", "--java", "-m", "backfill emails", "--rev-id", "b2"));
            Path file = Rev.versions(dir).resolve("BackfillEmails.java");
            contains(r.out(), "Generated " + file + " (revision b2)");
            String text = Files.readString(file);
            contains(text, "public class BackfillEmails implements JavaRevision", "return \"b2\";",
                    "return List.of(\"a1\");", "return \"backfill emails\";",
                    "public void upgrade(RevisionContext ctx) throws Exception {");

            // A second one with the same message gets the id in its name; then both run.
            ok(Cli.run(dir, "revision", "--java", "-m", "backfill emails", "--rev-id", "c3"));
            assertTrue(Files.exists(Rev.versions(dir).resolve("BackfillEmails_c3.java")));
            contains(ok(Cli.run(dir, "upgrade")).out(), "Running upgrade b2 -> c3, backfill emails");
            assertEquals(List.of("c3"), db.versionRows(VT));

            contains(failed(Cli.run(dir, "revision", "--java", "--autogenerate", "-m", "x")).err(),
                    "--java and --autogenerate cannot be combined");
        }
    }

    /** A runtime without the compiler (here the JDK limited to the modules a JRE has): one clear error. */
    @Test
    void aRuntimeWithoutCompilerSaysSo(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, dir)) {
            db.writeConfig(dir);
            Rev.of("a1").up("CREATE TABLE t_a (id INTEGER PRIMARY KEY)").down("DROP TABLE t_a").write(dir);
            writeJava(dir, "Seed", javaRevision("Seed", "b2", "\"a1\"", "", ""));
            GodwitProcess p = GodwitProcess.start(dir, dir.resolve("out.txt"), List.of("--limit-modules",
                    "java.base,java.sql,java.naming,java.logging,java.management,java.desktop,jdk.unsupported,java.xml"),
                    Map.of(), "upgrade");
            assertEquals(1, p.waitFor(120), p.output());
            contains(p.output(), "ERROR: The migrations folder has Java revisions (Seed.java), but this Java runtime (",
                    ") has no compiler to compile them", "Run Godwit with a JDK rather than a JRE");
            assertFalse(p.output().contains("\tat "), p.output());
            assertFalse(db.tableExists("t_a"), "nothing runs");
        }
    }

    /** The core stays light: a project of SQL files loads nothing of the compiler, nor the scanner. */
    @Test
    void aProjectWithoutJavaRevisionsLoadsNoCompiler(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, dir)) {
            db.writeConfig(dir);
            Rev.of("a1").up("CREATE TABLE t_a (id INTEGER PRIMARY KEY)").down("DROP TABLE t_a").write(dir);
            GodwitProcess p = GodwitProcess.start(dir, dir.resolve("out.txt"), List.of("-Xlog:class+load=info"),
                    Map.of(), "upgrade");
            assertEquals(0, p.waitFor(120), p.output());
            String log = p.output();
            contains(log, "dev.godwit.internal.javarev.JavaRevisionLoader", "Upgraded 1 revision(s)");
            for (String never : List.of(" javax.tools.", " com.sun.tools.javac.", "javarev.FolderRevisions",
                    "javarev.JavaFolderCompiler", "javarev.PackageScanner")) {
                assertFalse(log.contains(never), never + " was loaded");
            }
        }
    }
}
