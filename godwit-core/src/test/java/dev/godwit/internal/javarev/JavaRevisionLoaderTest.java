package dev.godwit.internal.javarev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .java files of a folder: compiled once into the cache, checksummed on their normalized text. */
class JavaRevisionLoaderTest {
    private static final String SOURCE = "package acme.db;\n"
            + "import dev.godwit.api.*;\nimport java.util.List;\n"
            + "public class Seed implements JavaRevision {\n"
            + "  public String id() { return \"seed\"; }\n"
            + "  public List<String> revises() { return List.of(); }\n"
            + "  public void upgrade(RevisionContext ctx) throws Exception {\n"
            + "    int i = 3; i--; ctx.execute(\"SELECT '//not a comment' /* kept */\");\n  }\n"
            + "  public void downgrade(RevisionContext ctx) { }\n"
            + "}\n";

    private static JavaRevisionSources sources(Path cache) {
        return new JavaRevisionSources(List.of(), null, List.of(), null, cache);
    }

    private static List<Path> entries(Path cache) throws Exception {
        try (Stream<Path> s = Files.list(cache)) {
            return s.toList();
        }
    }

    @Test
    void compiledOnceThenFromTheCacheUntilASourceChanges(@TempDir Path dir) throws Exception {
        Path versions = Files.createDirectories(dir.resolve("versions"));
        Path cache = dir.resolve("cache");
        Files.writeString(versions.resolve("Seed.java"), SOURCE);

        LoadedJavaRevision first = JavaRevisionLoader.load(versions, sources(cache)).get(0);
        assertEquals("acme.db.Seed", first.className());
        assertEquals("seed", first.revision().id());
        assertEquals(versions.resolve("Seed.java"), first.origin());
        List<Path> compiled = entries(cache);
        assertEquals(1, compiled.size());
        Path classFile = compiled.get(0).resolve("acme/db/Seed.class");
        Files.setLastModifiedTime(classFile, FileTime.fromMillis(0));

        LoadedJavaRevision again = JavaRevisionLoader.load(versions, sources(cache)).get(0);
        assertEquals(compiled, entries(cache), "not compiled again");
        assertEquals(FileTime.fromMillis(0), Files.getLastModifiedTime(classFile));
        assertEquals(first.checksumText(), again.checksumText());

        // A comment and re-indentation: compiled again (another source), same checksum.
        Files.writeString(versions.resolve("Seed.java"), SOURCE.replace("  public String id()",
                "// the id\n      public String id()").replace("\n", "\r\n"));
        LoadedJavaRevision reformatted = JavaRevisionLoader.load(versions, sources(cache)).get(0);
        assertEquals(2, entries(cache).size());
        assertEquals(first.checksumText(), reformatted.checksumText());

        // A token inside a string: another checksum.
        Files.writeString(versions.resolve("Seed.java"), SOURCE.replace("//not a comment", "//not a remark"));
        assertNotEquals(first.checksumText(), JavaRevisionLoader.load(versions, sources(cache)).get(0).checksumText());
    }

    @Test
    void normalizedTextKeepsLiteralsAndOperators() {
        assertEquals("int i = 3; i--; f(\"a // b\", 'x', \"\"\"\n  keep   this\n\"\"\");",
                JavaSourceText.normalized("int i = 3;   // note\n i--; /* c */ f(\"a // b\",\n 'x', \"\"\"\n  keep   this\n\"\"\");"));
        assertEquals("com.acme.db", JavaSourceText.packageOf("/* licence */\npackage com.acme . db;\nclass X {}"));
        assertEquals("", JavaSourceText.packageOf("import a.b;\nclass X {}"));
    }

    @Test
    void aFileWhoseClassIsNoRevisionIsAnError(@TempDir Path dir) throws Exception {
        Path versions = Files.createDirectories(dir.resolve("versions"));
        Files.writeString(versions.resolve("Helper.java"), "public class Helper { }\n");
        GodwitException e = assertThrows(GodwitException.class,
                () -> JavaRevisionLoader.load(versions, sources(dir.resolve("cache"))));
        assertEquals(ErrorCode.BAD_REVISION_FILE, e.code());
        assertTrue(e.getMessage().endsWith("Helper.java:1: class Helper does not implement dev.godwit.api.JavaRevision"),
                e.getMessage());
    }

    @Test
    void classNamesFromMessages() {
        assertEquals("BackfillEmails", JavaRevisionTemplate.className("backfill emails", "ab12"));
        assertEquals("AjouterLaTableClients", JavaRevisionTemplate.className("Ajouter la table « Clients » !", "ab12"));
        assertEquals("Revision2ndPass", JavaRevisionTemplate.className("2nd pass", "ab12"));
        assertEquals("Revision_ab12", JavaRevisionTemplate.className("¿?", "ab12"));
    }
}
