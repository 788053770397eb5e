package dev.godwit.jpa;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the model's classes: every class in the named packages (and their sub-packages) on the
 * configured classpath, as Spring's entity scan does, keeping the entities, mapped superclasses,
 * embeddables and converters.
 */
final class EntityScanner {

    private final List<Path> classpath;
    private final ClassLoader loader;

    EntityScanner(List<Path> classpath, ClassLoader loader) {
        this.classpath = classpath;
        this.loader = loader;
    }

    /** The mapped classes of {@code packages}, in name order; an error names a package without any. */
    List<Class<?>> scan(List<String> packages) {
        List<Class<?>> out = new ArrayList<>();
        for (String pkg : packages) {
            TreeSet<String> names = new TreeSet<>();
            for (Path entry : classpath) {
                names.addAll(classNames(entry, pkg));
            }
            if (names.isEmpty()) {
                throw new GodwitException(ErrorCode.MODEL_FAILED,
                        "No class of the package " + pkg + " was found on the classpath "
                        + searched(), "Compile the project first (e.g. mvn compile), or fix the package in `model` "
                        + "or `classpath` in godwit.toml.");
            }
            int before = out.size();
            for (String name : names) {
                Class<?> type = load(name);
                if (mapped(type)) {
                    out.add(type);
                }
            }
            if (out.size() == before) {
                throw new GodwitException(ErrorCode.MODEL_FAILED,
                        "The package " + pkg + " holds no @Entity class (looked in " + searched() + ")",
                        "Name the package of the entities in `model = \"jpa:...\"`.");
            }
        }
        return out;
    }

    String searched() {
        return classpath.isEmpty() ? "(empty: set `classpath` in godwit.toml)" : classpath.toString();
    }

    private Class<?> load(String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new GodwitException(ErrorCode.MODEL_FAILED, "The model class " + name + " could not be loaded: " + e
                    + " (classpath: " + searched() + ")",
                    "Add the jars it needs to `classpath` in godwit.toml (e.g. \"target/dependency/*.jar\" after "
                            + "mvn dependency:copy-dependencies).", e);
        }
    }

    private static boolean mapped(Class<?> type) {
        return type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(MappedSuperclass.class)
                || type.isAnnotationPresent(Embeddable.class) || type.isAnnotationPresent(Converter.class);
    }

    private static List<String> classNames(Path entry, String pkg) {
        String folder = pkg.replace('.', '/');
        try {
            if (Files.isDirectory(entry)) {
                Path root = entry.resolve(folder);
                if (!Files.isDirectory(root)) {
                    return List.of();
                }
                try (Stream<Path> walk = Files.walk(root)) {
                    return walk.map(p -> entry.relativize(p).toString().replace('\\', '/'))
                            .filter(EntityScanner::isClass).map(EntityScanner::className).toList();
                }
            }
            if (entry.getFileName().toString().endsWith(".jar") && Files.isRegularFile(entry)) {
                try (JarFile jar = new JarFile(entry.toFile())) {
                    return jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(folder + "/"))
                            .filter(EntityScanner::isClass).map(EntityScanner::className).toList();
                }
            }
            return List.of();
        } catch (IOException | UncheckedIOException e) {
            throw new GodwitException(ErrorCode.IO_FAILED,
                    "Could not read the classpath entry " + entry + ": " + e.getMessage(),
                    "Check that it can be read.", e);
        }
    }

    private static boolean isClass(String path) {
        return path.endsWith(".class") && !path.endsWith("package-info.class") && !path.endsWith("module-info.class");
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }
}
