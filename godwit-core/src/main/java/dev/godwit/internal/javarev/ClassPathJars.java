package dev.godwit.internal.javarev;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The jar files a class loader reads: the URLs of it and its parents when they are
 * {@link URLClassLoader}s, and the entries of {@code java.class.path} (the application class
 * loader's, which does not list them). Jars inside jars and other URL kinds are left out.
 */
final class ClassPathJars {
    private ClassPathJars() {
    }

    static Set<Path> of(ClassLoader loader) {
        Set<Path> jars = new LinkedHashSet<>();
        for (ClassLoader l = loader; l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader) {
                for (URL url : ((URLClassLoader) l).getURLs()) {
                    addFile(url, jars);
                }
            }
        }
        String classPath = System.getProperty("java.class.path", "");
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                addJar(Path.of(entry), jars);
            }
        }
        return jars;
    }

    private static void addFile(URL url, Set<Path> jars) {
        if (!"file".equals(url.getProtocol())) {
            return;
        }
        try {
            addJar(Path.of(url.toURI()), jars);
        } catch (URISyntaxException | IllegalArgumentException e) {
            // not a plain file: nothing to read
        }
    }

    private static void addJar(Path path, Set<Path> jars) {
        if (path.getFileName() != null && path.getFileName().toString().endsWith(".jar") && Files.isRegularFile(path)) {
            jars.add(path.toAbsolutePath().normalize());
        }
    }
}
