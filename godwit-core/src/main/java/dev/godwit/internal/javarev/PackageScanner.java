package dev.godwit.internal.javarev;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.JavaRevision;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the classes implementing {@link JavaRevision} in packages (and their sub-packages), in the
 * directories and jars of a class loader. Nested and abstract classes and interfaces are skipped.
 */
final class PackageScanner {
    private PackageScanner() {
    }

    static List<Class<?>> revisionClasses(ClassLoader loader, List<String> packages) {
        List<Class<?>> out = new ArrayList<>();
        for (String pkg : packages) {
            TreeSet<String> names = new TreeSet<>();
            String path = pkg.replace('.', '/');
            try {
                Enumeration<URL> roots = loader.getResources(path);
                boolean found = false;
                while (roots.hasMoreElements()) {
                    found = true;
                    collect(roots.nextElement(), path, names);
                }
                if (!found) {
                    // A jar written without directory entries (some shading and build tools) has
                    // its classes but no resource for the package itself: look at the jars' entries.
                    found = collectFromJars(loader, path, names);
                }
                if (!found) {
                    throw new GodwitException(ErrorCode.BAD_CONFIGURATION, "The package " + pkg
                            + " named in `java_revisions` is not on the class path",
                            "Check the package name, and that its classes are on the application's class path.",
                            null, Map.of("package", pkg));
                }
            } catch (IOException | URISyntaxException e) {
                throw new GodwitException(ErrorCode.IO_FAILED, "Could not list the package " + pkg + ": " + e,
                        "Check the class path.", e, Map.of("package", pkg));
            }
            for (String name : names) {
                Class<?> type = load(loader, name);
                if (type != null) {
                    out.add(type);
                }
            }
        }
        return out;
    }

    private static void collect(URL root, String path, TreeSet<String> names) throws IOException, URISyntaxException {
        if ("file".equals(root.getProtocol())) {
            Path dir = Path.of(root.toURI());
            Path base = dir;
            for (int i = path.split("/").length; i > 0; i--) {
                base = base.getParent();
            }
            try (Stream<Path> files = Files.walk(dir)) {
                Path classesRoot = base;
                files.filter(p -> p.toString().endsWith(".class")).forEach(p -> add(classesRoot.relativize(p)
                        .toString().replace('\\', '/'), names));
            }
        } else if ("jar".equals(root.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String entry = entries.nextElement().getName();
                    if (entry.startsWith(path + "/") && entry.endsWith(".class")) {
                        add(entry, names);
                    }
                }
            }
        }
    }

    /** Reads the entries of every jar of {@code loader} and its parents; true when the package has a class. */
    private static boolean collectFromJars(ClassLoader loader, String path, TreeSet<String> names) throws IOException {
        int before = names.size();
        for (Path jar : ClassPathJars.of(loader)) {
            try (JarFile file = new JarFile(jar.toFile())) {
                Enumeration<JarEntry> entries = file.entries();
                while (entries.hasMoreElements()) {
                    String entry = entries.nextElement().getName();
                    if (entry.startsWith(path + "/") && entry.endsWith(".class")) {
                        add(entry, names);
                    }
                }
            }
        }
        return names.size() > before;
    }

    private static void add(String resource, TreeSet<String> names) {
        String name = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
        if (!name.contains("$") && !name.endsWith("package-info") && !name.endsWith("module-info")) {
            names.add(name);
        }
    }

    private static Class<?> load(ClassLoader loader, String name) {
        try {
            Class<?> type = Class.forName(name, false, loader);
            boolean concrete = !type.isInterface() && !Modifier.isAbstract(type.getModifiers());
            return concrete && JavaRevision.class.isAssignableFrom(type) ? type : null;
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
