package dev.godwit.internal.model;

import dev.godwit.spi.ModelSource;
import dev.godwit.spi.ModelSourceProvider;
import dev.godwit.spi.ModelRequest;
import dev.godwit.spi.DdlStatement;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.spi.ModelOptions;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Opens a model whose {@code model} value names a scheme ({@code jpa:com.example.model}) through a
 * {@link ModelSourceProvider} on a class loader of its own: the provider's jars (for {@code jpa}:
 * {@code godwit-jpa} and Hibernate, from {@code GODWIT_JPA_LIB} or the {@code godwit-jpa/target/lib}
 * folder of the build Godwit runs from) followed by the project's {@code classpath} entries. Nothing
 * of it is loaded for a DDL model.
 */
public final class PluginModels {

    private PluginModels() {
    }

    /** The scheme of {@code model} ({@code jpa}), or null when it names a DDL folder or file. */
    public static String scheme(String model) {
        return dev.godwit.internal.config.ModelSpec.schemeOf(model);
    }

    /**
     * The model {@code model} names, read through its provider.
     *
     * @param database the database's name as providers know it ({@code postgresql}, {@code mysql}, {@code sqlite})
     * @param base the folder relative classpath entries are resolved against (the config file's)
     */
    public static ModelSource open(String model, String database, String product, String version, ModelOptions options,
            Path base, Map<String, String> env) {
        String scheme = scheme(model);
        List<Path> classpath = Classpath.resolve(options.classpath(), base);
        List<Path> lib = providerJars(scheme, env);
        List<URL> urls = new ArrayList<>();
        for (Path p : lib) {
            urls.add(url(p));
        }
        for (Path p : classpath) {
            urls.add(url(p));
        }
        URLClassLoader loader = new URLClassLoader("godwit-model", urls.toArray(URL[]::new),
                PluginModels.class.getClassLoader());
        ModelSourceProvider provider = provider(scheme, loader, lib);
        ModelSource source = provider.open(new ModelRequest(model.substring(scheme.length() + 1).strip(), database, product,
                version, options, classpath, loader));
        return new ModelSource() {
            @Override
            public String description() {
                return source.description();
            }

            @Override
            public List<DdlStatement> statements() {
                try (loader) {
                    return source.statements();
                } catch (IOException e) {
                    throw new GodwitException(ErrorCode.MODEL_FAILED,
                            "Could not close the model's class loader: " + e.getMessage(),
                            "The cause has the full error.", e, Map.of("see", "cause"));
                }
            }
        };
    }

    private static ModelSourceProvider provider(String scheme, ClassLoader loader, List<Path> lib) {
        try {
            for (ModelSourceProvider p : ServiceLoader.load(ModelSourceProvider.class, loader)) {
                if (p.scheme().equalsIgnoreCase(scheme)) {
                    return p;
                }
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new GodwitException(ErrorCode.MODEL_FAILED,
                    "Could not load the support for `model = \"" + scheme + ":...\"`: "
                    + e.getMessage(), "Rebuild it: mvn -B -pl godwit-" + scheme + " -am -DskipTests package.", e);
        }
        if (!"jpa".equalsIgnoreCase(scheme)) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION, "Unknown kind of model `" + scheme + ":` in `model`",
                    "Use `model = \"jpa:com.example.model\"` for JPA entities, or the path of a folder of .sql files.");
        }
        String where = lib.isEmpty() ? "no godwit-jpa/target/lib folder was found next to the Godwit build"
                : "looked in " + lib.get(0).getParent();
        throw new GodwitException(ErrorCode.NOT_SUPPORTED,
                "The JPA model support (godwit-jpa with Hibernate) is not installed: " + where,
                "Build it in the Godwit folder with `mvn -B -pl godwit-jpa -am -DskipTests package`, or set "
                        + "GODWIT_JPA_LIB to a folder holding godwit-jpa.jar and its dependencies.");
    }

    /** The jars of the provider of {@code scheme}: every jar in its lib folder, in name order. */
    static List<Path> providerJars(String scheme, Map<String, String> env) {
        Path folder = libFolder(scheme, env);
        if (folder == null) {
            return List.of();
        }
        return Classpath.jarsIn(folder);
    }

    private static Path libFolder(String scheme, Map<String, String> env) {
        String configured = env.get("GODWIT_" + scheme.toUpperCase(java.util.Locale.ROOT) + "_LIB");
        if (configured != null && !configured.isBlank()) {
            Path folder = Path.of(configured).toAbsolutePath();
            if (!Files.isDirectory(folder)) {
                throw new GodwitException(ErrorCode.BAD_CONFIGURATION,
                        "GODWIT_" + scheme.toUpperCase(java.util.Locale.ROOT) + "_LIB names " + folder
                        + ", which is not a folder", "Point it at the folder holding godwit-" + scheme
                        + ".jar and its dependencies (godwit-" + scheme + "/target/lib after `mvn -B -pl godwit-"
                        + scheme + " -am -DskipTests package`), or unset it.");
            }
            return folder;
        }
        Path jar = ownJar();
        if (jar == null) {
            return null; // run from classes (tests): the provider is on the class path already, if at all
        }
        Path beside = jar.getParent().resolve(scheme);
        if (Files.isDirectory(beside)) {
            return beside;
        }
        // The build layout: godwit-cli/target/godwit.jar and godwit-jpa/target/lib.
        Path root = jar.getParent().getParent() == null ? null : jar.getParent().getParent().getParent();
        Path built = root == null ? null : root.resolve("godwit-" + scheme).resolve("target").resolve("lib");
        return built != null && Files.isDirectory(built) ? built : null;
    }

    private static Path ownJar() {
        try {
            var source = PluginModels.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? location : null;
        } catch (java.net.URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    private static URL url(Path p) {
        try {
            return p.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION,
                    "Not a usable classpath entry: " + p, "Fix `classpath` in godwit.toml.", e);
        }
    }
}
