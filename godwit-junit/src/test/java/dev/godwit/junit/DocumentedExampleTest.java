package dev.godwit.junit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * docs/testing.md's examples are {@code com.example.app.UsersMigrationsTest} (the annotation) and
 * {@code com.example.app.UsersMigrationTest} (the extension), word for word, with the revisions the
 * page shows, and they pass.
 */
class DocumentedExampleTest {

    private static String docs() throws Exception {
        return Files.readString(Path.of("../docs/testing.md"));
    }

    private static void shownAsItIs(String className, String from) throws Exception {
        String source = Files.readString(Path.of("src/test/java/com/example/app/" + className + ".java"));
        String body = source.substring(source.indexOf(from));
        assertTrue(docs().contains(body), "docs/testing.md shows " + className + " as it is");
    }

    @Test
    void theAnnotationExampleIsThisTestAndItsChecksPass() throws Exception {
        shownAsItIs("UsersMigrationsTest", "import dev.godwit");
        Files.deleteIfExists(Path.of("target/users-migrations-test.db"));
        EngineTestKit.engine(GodwitTestEngine.ID).selectors(selectClass("com.example.app.UsersMigrationsTest")).execute()
                .testEvents().assertStatistics(stats -> stats.started(3).succeeded(3).failed(0).aborted(0));
    }

    @Test
    void theExtensionExampleIsThisTestAndPasses() throws Exception {
        shownAsItIs("UsersMigrationTest", "import static");
        Files.deleteIfExists(Path.of("target/users-migration-test.db"));
        EngineTestKit.engine("junit-jupiter").selectors(selectClass("com.example.app.UsersMigrationTest")).execute().testEvents()
                .assertStatistics(stats -> stats.started(4).succeeded(4).failed(0));
    }

    @Test
    void theRevisionsShownAreTheExamplesRevisions() throws Exception {
        for (String file : new String[] {"u1_users.sql", "u2_lower_emails.sql"}) {
            String text = Files.readString(Path.of("src/test/resources/example-migrations", file));
            assertTrue(docs().contains("```sql\n" + text + "```"), "docs/testing.md shows " + file + " as it is");
        }
    }
}
