package dev.godwit.spring.boot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Turns {@code godwit.locations} into the one folder the facade reads revision files from: a single
 * {@code filesystem:} location is used as it is; otherwise every location's files ({@code classpath:}
 * ones read from the application's class loader, in folders or jars) are copied into {@code work}.
 */
final class RevisionLocations {
    private static final String CLASSPATH = "classpath:";
    private static final String FILESYSTEM = "filesystem:";

    private RevisionLocations() {
    }

    static Path folder(List<String> locations, ClassLoader loader, Path work) {
        if (locations.size() == 1 && locations.get(0).startsWith(FILESYSTEM)) {
            return Path.of(locations.get(0).substring(FILESYSTEM.length())).toAbsolutePath();
        }
        Path target = work.resolve("migrations");
        ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(loader);
        try {
            Files.createDirectories(target);
            for (String location : locations) {
                if (location.startsWith(FILESYSTEM)) {
                    copyFolder(Path.of(location.substring(FILESYSTEM.length())), target);
                } else {
                    copyClasspath(resolver, stripSlashes(location.startsWith(CLASSPATH)
                            ? location.substring(CLASSPATH.length()) : location), target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not gather Godwit's revision files from " + locations, e);
        }
        return target;
    }

    private static void copyFolder(Path source, Path target) throws IOException {
        if (!Files.isDirectory(source)) {
            return;
        }
        try (var files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path to = target.resolve(source.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void copyClasspath(ResourcePatternResolver resolver, String folder, Path target) throws IOException {
        for (Resource root : resolver.getResources("classpath*:" + folder + "/")) {
            String rootUrl = root.getURL().toString();
            for (Resource file : resolver.getResources(rootUrl + "**/*")) {
                String url = file.getURL().toString();
                if (url.endsWith("/") || !file.isReadable() || !url.startsWith(rootUrl)) {
                    continue;
                }
                Path to = target.resolve(url.substring(rootUrl.length()));
                Files.createDirectories(to.getParent());
                try (InputStream in = file.getInputStream()) {
                    Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static String stripSlashes(String path) {
        String p = path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
