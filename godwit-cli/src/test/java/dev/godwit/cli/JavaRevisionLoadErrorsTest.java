package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.notContains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.Rev;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A {@code .java} revision that cannot be made or that throws an Error, not an Exception: one
 * clear message with the class, its file and what to do; no stack trace; the state stays true.
 */
class JavaRevisionLoadErrorsTest {
    static final String PREFIX = "attack";
    private static final String VT = "godwit_version";

    /** Class {@code name} revising s1 with the given members, constructor and upgrade body. */
    static String source(String name, String members, String upgrade) {
        return "import dev.godwit.api.*;\nimport java.util.List;\n\npublic class " + name
                + " implements JavaRevision {\n" + members + "\n"
                + "    public String id() { return \"j1\"; }\n"
                + "    public List<String> revises() { return List.of(\"s1\"); }\n"
                + "    public void upgrade(RevisionContext ctx) throws Exception {\n"
                + "        ctx.execute(\"INSERT INTO t (id) VALUES (1)\");\n        " + upgrade + "\n    }\n"
                + "    public void downgrade(RevisionContext ctx) {}\n}\n";
    }

    private static void project(Path dir, TestDatabase db, String javaSource) throws Exception {
        db.writeConfig(dir);
        Rev.of("s1").message("t").up("CREATE TABLE t (id INTEGER)").down("DROP TABLE t").write(dir);
        Files.writeString(Rev.versions(dir).resolve("J.java"), javaSource);
    }

    private static void stackTraceFree(Cli.Result r) {
        notContains(r.err(), "\tat ", "Exception in thread");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void anErrorThrownByTheCodeIsReportedAndRolledBack(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir, PREFIX)) {
            // Before: the StackOverflowError went past Godwit's error handling, out of the command.
            project(dir, db, source("J", "    static int deeper(int n) { return deeper(n + 1) + 1; }", "deeper(0);"));
            Cli.Result r = Cli.run(dir, "upgrade");
            assertEquals(1, r.exit(), r::toString);
            contains(r.err(), "ERROR: Revision j1 failed in its upgrade, in Java class J (", "J.java):",
                    "J.upgrade() threw java.lang.StackOverflowError");
            stackTraceFree(r);
            assertEquals(List.of("s1"), db.versionRows(VT));
            contains(Cli.run(dir, "current").out(), "s1");
            if (kind != TestDatabase.Kind.MARIADB) {
                contains(r.err(), "Revision j1 was rolled back; nothing of it stays applied.");
                assertEquals(List.of(), db.column("SELECT id FROM t"));
            }

            Files.writeString(Rev.versions(dir).resolve("J.java"),
                    source("J", "", "throw new Error(\"custom failure\");"));
            Cli.Result custom = Cli.run(dir, "upgrade");
            assertEquals(1, custom.exit(), custom::toString);
            contains(custom.err(), "J.upgrade() threw java.lang.Error: custom failure");
            stackTraceFree(custom);
            assertEquals(List.of("s1"), db.versionRows(VT));
        }
    }

    private static void refusedToLoad(Path dir, String source, String... said) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, dir, PREFIX)) {
            project(dir, db, source);
            Cli.Result r = Cli.run(dir, "upgrade");
            assertEquals(1, r.exit(), r::toString);
            contains(r.err(), said);
            contains(r.err(), Rev.versions(dir).resolve("J.java").toString(),
                    "Give it a public no-argument constructor that does not throw");
            stackTraceFree(r);
            assertEquals(List.of(), db.userTables(), "nothing ran");
        }
    }

    @Test
    void aConstructorThatThrowsIsNamed(@TempDir Path dir) throws Exception {
        refusedToLoad(dir, source("J", "    public J() { throw new IllegalStateException(\"no config\"); }", ""),
                "Java revision class J (", "could not be instantiated: its constructor threw "
                        + "java.lang.IllegalStateException: no config");
    }

    @Test
    void aMissingNoArgumentConstructorIsNamed(@TempDir Path dir) throws Exception {
        // Before: "java.lang.NoSuchMethodException: J.<init>()".
        refusedToLoad(dir, source("J", "    public J(int batch) { }", ""),
                "could not be instantiated: it has no public no-argument constructor");
    }

    @Test
    void aStaticInitializerThatThrowsIsNamedWithItsCause(@TempDir Path dir) throws Exception {
        // Before: "java.lang.ExceptionInInitializerError", without what it was.
        refusedToLoad(dir, source("J", "    static final int SIZE = Integer.parseInt(\"many\");", ""),
                "could not be instantiated: its static initializer threw java.lang.NumberFormatException: "
                        + "For input string: \"many\"");
    }
}
