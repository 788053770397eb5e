package dev.godwit.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the code in pieces a reader can hold: no source file of any module over 400 lines, no
 * method or constructor over 60. Measured on the main sources of every module with a real Java
 * parser; a failure lists each offender with its size.
 */
class SizeLimitsTest {
    static final int MAX_FILE_LINES = 400;
    static final int MAX_METHOD_LINES = 60;

    @Test
    void noFileOver400LinesAndNoMethodOver60() throws IOException {
        StaticJavaParser.getParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
        List<String> offenders = new ArrayList<>();
        for (Path file : mainSources()) {
            List<String> lines = Files.readAllLines(file);
            String where = Repository.root().relativize(file).toString();
            if (lines.size() > MAX_FILE_LINES) {
                offenders.add(where + ": " + lines.size() + " lines");
            }
            CompilationUnit unit = StaticJavaParser.parse(file);
            for (CallableDeclaration<?> callable : unit.findAll(CallableDeclaration.class)) {
                int length = length(callable);
                if (length > MAX_METHOD_LINES) {
                    offenders.add(where + ":" + callable.getBegin().orElseThrow().line + ": "
                            + owner(callable) + "." + callable.getNameAsString() + " " + length + " lines");
                }
            }
        }
        assertEquals(List.of(), offenders, "over " + MAX_FILE_LINES + " lines per file or "
                + MAX_METHOD_LINES + " per method; split them");
    }

    static List<Path> mainSources() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> modules = Files.list(Repository.root())) {
            for (Path module : modules.toList()) {
                addSources(module.resolve("src/main/java"), files);
            }
        }
        try (Stream<Path> examples = Files.list(Repository.root().resolve("examples"))) {
            for (Path example : examples.toList()) {
                addSources(example.resolve("src/main/java"), files);
            }
        }
        return files;
    }

    private static void addSources(Path dir, List<Path> files) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
        }
    }

    private static int length(Node node) {
        return node.getEnd().orElseThrow().line - node.getBegin().orElseThrow().line + 1;
    }

    private static String owner(Node node) {
        return node.findAncestor(TypeDeclaration.class).map(t -> t.getNameAsString()).orElse("?");
    }
}
