package dev.godwit.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/architecture.md} true about class names: every name in backticks that reads
 * as a class of ours ({@code SchemaComparer}, {@code Op.Visitor}, {@code run.Migration},
 * {@code dev.godwit.cli.Training}) must be declared in the sources of some module, main or test,
 * so a renamed or removed class cannot linger in the guide.
 */
class DocumentedClassesTest {
    /** A backticked CamelCase name, optionally after lower-case package segments, optionally nested. */
    private static final Pattern NAME =
            Pattern.compile("`((?:[a-z]+\\.)*)([A-Z][a-z]+[A-Za-z0-9]*)((?:\\.[A-Z][A-Za-z0-9]*)*)`");
    private static final Pattern TYPE = Pattern.compile("\\b(?:class|record|interface|enum)\\s+([A-Z]\\w*)");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
    /** Names in backticks that are not our classes: the JDK's and the libraries'. */
    private static final Set<String> NOT_OURS = Set.of("ServiceLoader", "DriverManager", "MetadataSources",
            "DataSource", "Connection", "Statement", "ResultSet", "Path", "Duration", "Optional", "SQLException",
            "EntityManagerFactory", "JdbcTemplate", "String", "Instant", "Map", "List", "Set");

    @Test
    void everyClassTheGuideNamesExists() throws IOException {
        Set<String> known = new HashSet<>();
        try (Stream<Path> files = Files.walk(Repository.root())) {
            for (Path file : files.filter(DocumentedClassesTest::isSource).toList()) {
                declare(file, known);
            }
        }
        String doc = Files.readString(Repository.root().resolve("docs/architecture.md"));
        Set<String> missing = new TreeSet<>();
        Matcher m = NAME.matcher(doc);
        while (m.find()) {
            String pkg = m.group(1).replace("dev.godwit.internal.", "").replace("dev.godwit.", "");
            String nested = m.group(3).matches("\\.[A-Z0-9_]+") ? "" : m.group(3); // Kind.CONSTANT names the class
            String name = pkg + m.group(2) + nested;
            if (!(pkg.isEmpty() && NOT_OURS.contains(m.group(2))) && !known.contains(name)) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), List.copyOf(missing), "docs/architecture.md names classes the code does not have");
    }

    private static boolean isSource(Path p) {
        String s = p.toString();
        return s.endsWith(".java") && !s.contains("/target/") && !s.contains("/.git/")
                && (s.contains("/src/main/java/") || s.contains("/src/test/java/"));
    }

    /** Records the file's types as {@code Top}, {@code Top.Nested}, {@code Nested} and with their package. */
    private static void declare(Path file, Set<String> known) throws IOException {
        String src = Files.readString(file);
        Matcher p = PACKAGE.matcher(src);
        String pkg = p.find() ? p.group(1).replace("dev.godwit.internal.", "").replace("dev.godwit.", "") : "";
        String top = file.getFileName().toString().replace(".java", "");
        Set<String> names = new HashSet<>();
        names.add(top);
        Matcher t = TYPE.matcher(src);
        while (t.find()) {
            if (!t.group(1).equals(top)) {
                names.add(t.group(1));
                names.add(top + "." + t.group(1));
            }
        }
        for (String n : names) {
            known.add(n);
            known.add(pkg + "." + n);
            known.add(pkg.substring(pkg.lastIndexOf('.') + 1) + "." + n);
        }
    }
}
