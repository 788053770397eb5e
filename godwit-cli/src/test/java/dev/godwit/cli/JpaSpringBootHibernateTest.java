package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Entities of a Spring Boot 4.0 application: godwit-jpa's test entities compiled against the
 * Hibernate ORM Boot 4.0.7 manages (7.2.19.Final, examples/spring-boot-4.0), with those Hibernate
 * jars on {@code classpath} as {@code dependency:copy-dependencies} leaves them, give the same
 * revision as the same sources compiled against Godwit's own Hibernate, on every database.
 */
class JpaSpringBootHibernateTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path BOOT40 = ROOT.resolve("examples/spring-boot-4.0/target");

    private static String quoted(Path p) {
        return "\"" + p.toString().replace("\\", "\\\\") + "\"";
    }

    /** The revision {@code migrate} writes for the entities on {@code classpath}, without its id and date. */
    private static String revision(TestDatabase.Kind kind, Path dir, String classpath) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir, "model = \"jpa:dev.godwit.jpa.entities\"", "classpath = [" + classpath + "]",
                    "jpa_physical_naming = \"spring\"", "jpa_implicit_naming = \"spring\"");
            Files.createDirectories(dir.resolve("migrations/versions"));
            ok(Cli.run(dir, "migrate", "-m", "help desk"));
            try (Stream<Path> files = Files.list(dir.resolve("migrations/versions"))) {
                Path file = files.findFirst().orElseThrow();
                return Files.readAllLines(file).stream()
                        .filter(l -> !l.startsWith("-- revision:") && !l.startsWith("-- created:"))
                        .collect(Collectors.joining("\n"));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void bootFourZerosHibernateGivesTheSameModel(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        Path hibernate = BOOT40.resolve("hibernate");
        try (Stream<Path> jars = Files.list(hibernate)) {
            List<String> names = jars.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.contains("hibernate-core-7.2.19.Final.jar"), names.toString());
        }
        String own = revision(kind, dir.resolve("own"), quoted(ROOT.resolve("godwit-jpa/target/test-classes")));
        String boot = revision(kind, dir.resolve("boot"),
                quoted(BOOT40.resolve("classes")) + ", " + quoted(hibernate.resolve("*.jar")));
        assertTrue(own.toLowerCase(java.util.Locale.ROOT).contains("create table departments"), own);
        assertEquals(own, boot);
    }
}
