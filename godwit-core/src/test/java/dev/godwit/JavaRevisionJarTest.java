package dev.godwit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.JavaRevision;
import dev.godwit.api.RevisionInfo;
import dev.godwit.api.ValidationResult;
import dev.godwit.testdb.TestDb;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A Java revision in a jar of the application's class loader, found by its package; its checksum
 * is its class bytes, so a rebuilt class with other code is reported by validate.
 */
class JavaRevisionJarTest {

    /** Compiles {@code com.acme.db.revisions.Seed} with {@code value} into a jar. */
    static Path jar(Path dir, String name, String value) throws Exception {
        return jar(dir, name, value, true);
    }

    /** With {@code directories} false, the jar has no entries for its folders, as some tools write it. */
    static Path jar(Path dir, String name, String value, boolean directories) throws Exception {
        Path src = dir.resolve(name + "-src/com/acme/db/revisions/Seed.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, "package com.acme.db.revisions;\n"
                + "import dev.godwit.api.*;\nimport java.util.List;\n"
                + "public class Seed implements JavaRevision {\n"
                + "  public String id() { return \"seed1\"; }\n"
                + "  public List<String> revises() { return List.of(\"s0\"); }\n"
                + "  public String message() { return \"seed notes\"; }\n"
                + "  public void upgrade(RevisionContext ctx) throws Exception {\n"
                + "    ctx.execute(\"INSERT INTO notes (id, body) VALUES (1, ?)\", \"" + value + "\");\n  }\n"
                + "  public void downgrade(RevisionContext ctx) throws Exception { ctx.execute(\"DELETE FROM notes\"); }\n"
                + "}\n");
        Path classes = Files.createDirectories(dir.resolve(name + "-classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String cp = Path.of(JavaRevision.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        assertEquals(0, javac.run(null, null, null, "-d", classes.toString(), "-cp", cp, src.toString()));
        Path jar = dir.resolve(name + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String entry : directories ? List.of("com/", "com/acme/", "com/acme/db/", "com/acme/db/revisions/")
                    : List.<String>of()) {
                out.putNextEntry(new JarEntry(entry));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("com/acme/db/revisions/Seed.class"));
            try (OutputStream o = out) {
                Files.copy(classes.resolve("com/acme/db/revisions/Seed.class"), o);
            }
        }
        return jar;
    }

    static Godwit godwit(Path dir, TestDb db, Path jar) throws Exception {
        ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, JavaRevision.class.getClassLoader());
        GodwitBuilder builder = Godwit.configure().baseDirectory(dir).environmentVariables(Map.of())
                .url(db.godwitUrl()).classLoader(loader).javaRevisionPackages("com.acme.db.revisions");
        if (db.kind() == TestDb.Kind.POSTGRESQL) {
            builder.schema(db.schema());
        }
        return builder.load();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.godwit.testdb.TestDb#kinds")
    void aRevisionInAJarIsFoundAndItsClassBytesAreItsChecksum(TestDb.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDb db = TestDb.open(kind, JavaRevisionFacadeTest.PREFIX)) {
            JavaRevisionFacadeTest.sqlBase(dir);
            Godwit first = godwit(dir, db, jar(dir, "v1", "first"));
            RevisionInfo seed = first.show("seed1");
            assertEquals(Path.of("com/acme/db/revisions/Seed.class"), seed.file());
            assertEquals("seed notes", seed.message());
            first.upgrade("head");
            assertEquals(List.of("first"), JavaRevisionFacadeTest.column(db, "SELECT body FROM notes"));
            assertTrue(first.validate().ok());

            // The same class rebuilt with the same code verifies; with other code it does not.
            assertTrue(godwit(dir, db, jar(dir, "v1again", "first")).validate().ok());
            ValidationResult edited = godwit(dir, db, jar(dir, "v2", "second")).validate();
            assertFalse(edited.ok());
            assertTrue(edited.problems().get(0).message().contains("Revision seed1 (seed notes) was edited after it "
                    + "was applied"), edited.toString());
            assertTrue(edited.problems().get(0).message().contains("com/acme/db/revisions/Seed.class"),
                    edited.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.godwit.testdb.TestDb#kinds")
    void aJarWithoutFolderEntriesIsReadToo(TestDb.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDb db = TestDb.open(kind, JavaRevisionFacadeTest.PREFIX)) {
            JavaRevisionFacadeTest.sqlBase(dir);
            Godwit godwit = godwit(dir, db, jar(dir, "flat", "flat", false));
            assertEquals("seed notes", godwit.show("seed1").message());
            godwit.upgrade("head");
            assertEquals(List.of("flat"), JavaRevisionFacadeTest.column(db, "SELECT body FROM notes"));
        }
    }
}
