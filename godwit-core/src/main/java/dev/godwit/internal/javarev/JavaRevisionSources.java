package dev.godwit.internal.javarev;

import dev.godwit.api.JavaRevision;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where a project's Java revisions come from, besides the {@code .java} files of its migrations
 * folder.
 *
 * @param instances revisions given as objects ({@code GodwitBuilder.javaRevisions})
 * @param loader the class loader whose directories and jars {@code packages} are scanned in, and
 *     the parent of the loader of compiled {@code .java} revisions; null for Godwit's own
 * @param packages packages to scan ({@code java_revisions} in godwit.toml), sub-packages included
 * @param classpath what compiling a {@code .java} revision needs besides Godwit (the {@code classpath}
 *     entries of godwit.toml), resolved only when a {@code .java} revision is compiled (a missing
 *     entry fails only then)
 * @param cacheDir where compiled {@code .java} revisions are kept; null for the user's cache
 *     ({@code $XDG_CACHE_HOME/godwit/java-revisions}, default {@code ~/.cache/godwit/java-revisions})
 */
public record JavaRevisionSources(List<JavaRevision> instances, ClassLoader loader, List<String> packages,
                                  Supplier<List<Path>> classpath, Path cacheDir) {

    /** No entries. A class rather than a lambda: this is built on every command's start. */
    private static final Supplier<List<Path>> NO_CLASSPATH = new Supplier<>() {
        @Override
        public List<Path> get() {
            return List.of();
        }
    };

    /** Only the {@code .java} files of the migrations folder, compiled against Godwit alone. */
    public static final JavaRevisionSources NONE = new JavaRevisionSources(List.of(), null, List.of(), null,
            null);

    public JavaRevisionSources {
        instances = instances == null ? List.of() : List.copyOf(instances);
        packages = packages == null ? List.of() : List.copyOf(packages);
        classpath = classpath == null ? NO_CLASSPATH : classpath;
    }

    /** The loader to scan and to load compiled revisions under. */
    ClassLoader effectiveLoader() {
        return loader != null ? loader : JavaRevision.class.getClassLoader();
    }

    /** The folder compiled revisions are kept in. */
    Path effectiveCacheDir() {
        if (cacheDir != null) {
            return cacheDir;
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("godwit").resolve("java-revisions");
    }
}
