package dev.godwit.internal.usecase;

import dev.godwit.api.JavaRevision;
import dev.godwit.internal.config.Settings;
import dev.godwit.internal.javarev.JavaRevisionSources;
import dev.godwit.internal.model.Classpath;
import dev.godwit.internal.run.RevisionFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A project's revisions with its Java revisions: the packages of {@code java_revisions} (scanned on
 * the loader given, else Godwit's), the instances given, and the {@code .java} files of the
 * migrations folder compiled against the {@code classpath} entries (resolved only then).
 */
public final class JavaRevisionSetup {
    private JavaRevisionSetup() {
    }

    public static RevisionFiles files(Settings settings, ClassLoader loader, List<String> packages,
                                      List<JavaRevision> instances, Map<String, String> env) {
        List<String> scanned = packages.isEmpty() ? settings.javaRevisions() : packages;
        String xdg = env.get("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg).resolve("godwit").resolve("java-revisions") : null;
        JavaRevisionSources sources = new JavaRevisionSources(instances, loader, scanned, new ConfiguredClasspath(settings),
                cache);
        return new RevisionFiles(settings.migrations(), sources);
    }

    /** The {@code classpath} entries, resolved when asked (a class, not a lambda: built on every start). */
    private static final class ConfiguredClasspath implements Supplier<List<Path>> {
        private final Settings settings;

        ConfiguredClasspath(Settings settings) {
            this.settings = settings;
        }

        @Override
        public List<Path> get() {
            return Classpath.resolve(settings.modelOptions().classpath(), settings.configDir());
        }
    }
}
