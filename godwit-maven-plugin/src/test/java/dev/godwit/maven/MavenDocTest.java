package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/maven.md's quick start is what examples/maven-project builds (the invoker's run builds that
 * project, so the snippet is run too): its POM snippet is the example's plugin configuration, its
 * godwit.toml the example's, and the plugin version the one this build makes.
 */
class MavenDocTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path EXAMPLE = ROOT.resolve("examples/maven-project");

    @Test
    void theQuickStartPomSnippetIsTheExamplesPluginConfiguration() throws IOException {
        String snippet = block(quickStart(), "xml");
        String pom = Files.readString(EXAMPLE.resolve("pom.xml"));
        Matcher m = Pattern.compile("<!-- godwit-plugin:start -->(.*?)<!-- godwit-plugin:end -->", Pattern.DOTALL)
                .matcher(pom);
        assertTrue(m.find(), "examples/maven-project/pom.xml marks its plugin with godwit-plugin:start/end");
        assertEquals(normalized(m.group(1)), normalized(snippet),
                "docs/maven.md's POM snippet differs from examples/maven-project/pom.xml's plugin");
    }

    @Test
    void theQuickStartTomlIsTheExamples() throws IOException {
        String snippet = block(quickStart(), "toml");
        List<String> example = Files.readAllLines(EXAMPLE.resolve("godwit.toml")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertEquals(example, snippet.lines().filter(l -> !l.isBlank()).toList(),
                "docs/maven.md's godwit.toml differs from examples/maven-project/godwit.toml");
    }

    @Test
    void theSnippetNamesThePluginVersionThisBuildMakes() throws IOException {
        String version = System.getProperty("project.version", version());
        assertTrue(block(quickStart(), "xml").contains("<version>" + version + "</version>"),
                "docs/maven.md's snippet names another version than " + version);
    }

    @Test
    void everyGoalIsDocumented() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/maven.md"));
        for (String goal : List.of("upgrade", "downgrade", "current", "history", "heads", "stamp", "validate",
                "check", "revision", "sql", "test")) {
            assertTrue(doc.contains("| `godwit:" + goal + "` |"), "docs/maven.md's goal table lacks godwit:" + goal);
        }
    }

    private static String quickStart() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/maven.md"));
        int start = doc.indexOf("## Quick start");
        assertTrue(start >= 0, "docs/maven.md has a Quick start section");
        return doc.substring(start, doc.indexOf("\n## ", start + 1));
    }

    private static String block(String text, String language) {
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(text);
        assertTrue(m.find(), "no ```" + language + " block in docs/maven.md's quick start");
        return m.group(1);
    }

    private static String normalized(String xml) {
        return xml.strip().replaceAll("\\s+", " ").replace("> <", "><");
    }

    private static String version() throws IOException {
        String pom = Files.readString(ROOT.resolve("godwit-maven-plugin/pom.xml"));
        Matcher m = Pattern.compile("<parent>.*?<version>(.*?)</version>", Pattern.DOTALL).matcher(pom);
        assertTrue(m.find());
        return m.group(1);
    }
}
