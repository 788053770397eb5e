package dev.godwit.junit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/** docs/testing.md's example is {@code com.example.app.UsersMigrationTest}, word for word, and it passes. */
class DocumentedExampleTest {

    @Test
    void theExampleInTheDocsIsThisTestAndPasses() throws Exception {
        String source = Files.readString(Path.of("src/test/java/com/example/app/UsersMigrationTest.java"));
        String body = source.substring(source.indexOf("import static"));
        String docs = Files.readString(Path.of("../docs/testing.md"));
        assertTrue(docs.contains(body), "docs/testing.md shows UsersMigrationTest as it is");
        Files.deleteIfExists(Path.of("target/users-migration-test.db"));
        EngineTestKit.engine("junit-jupiter").selectors(selectClass("com.example.app.UsersMigrationTest")).execute().testEvents()
                .assertStatistics(stats -> stats.started(4).succeeded(4).failed(0));
    }
}
