package dev.godwit.internal.javarev;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.JavaRevision;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code .java} files of a migrations folder as revisions: compiled (or found in the cache),
 * loaded in a class loader of their own, each file's top-level class named like the file. Every
 * such file must be a revision, as every {@code .sql} file is.
 */
final class FolderRevisions {
    private FolderRevisions() {
    }

    static List<LoadedJavaRevision> load(List<Path> files, JavaRevisionSources sources) {
        List<String> texts = new ArrayList<>(files.size());
        for (Path file : files) {
            texts.add(read(file));
        }
        if (ModuleLayer.boot().findModule("java.compiler").isEmpty()) {
            throw noCompiler(files.get(0));
        }
        List<Path> classpath = sources.classpath().get();
        Path classes = JavaFolderCompiler.compile(files, classpath, sources.effectiveCacheDir());
        ClassLoader loader = loader(classes, classpath, sources.effectiveLoader());
        List<LoadedJavaRevision> out = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String simple = file.getFileName().toString();
            simple = simple.substring(0, simple.length() - ".java".length());
            String pkg = JavaSourceText.packageOf(texts.get(i));
            String name = pkg.isEmpty() ? simple : pkg + "." + simple;
            Class<?> type = load(loader, name, file);
            out.add(new LoadedJavaRevision(JavaRevisionLoader.instantiate(type, file), name, file,
                    "java " + JavaSourceText.normalized(texts.get(i))));
        }
        return out;
    }

    /**
     * The runtime cannot compile: it lacks the compiler's module (a runtime image without it), or
     * has its API but no compiler (a JRE). Checked before {@link JavaFolderCompiler} is touched,
     * whose loading needs {@code javax.tools}.
     */
    static GodwitException noCompiler(Path file) {
        return new GodwitException(ErrorCode.NOT_SUPPORTED, "The migrations folder has Java revisions ("
                + file.getFileName() + "), but this Java runtime (" + System.getProperty("java.home")
                + ") has no compiler to compile them",
                "Run Godwit with a JDK rather than a JRE (set JAVA_HOME to a JDK), or compile the revisions "
                        + "into a jar and name their package in `java_revisions`.", null,
                Map.of("file", file.toString(), "needs", "javac"));
    }

    private static Class<?> load(ClassLoader loader, String name, Path file) {
        Class<?> type;
        try {
            type = Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new GodwitException(ErrorCode.BAD_REVISION_FILE, file + ":1: declares no class " + name,
                    "Name the file after its public class (" + name.substring(name.lastIndexOf('.') + 1)
                            + ".java holds class " + name.substring(name.lastIndexOf('.') + 1) + ").", e,
                    Map.of("file", file.toString(), "line", "1", "class", name));
        }
        if (!JavaRevision.class.isAssignableFrom(type)) {
            throw new GodwitException(ErrorCode.BAD_REVISION_FILE, file + ":1: class " + name
                    + " does not implement dev.godwit.api.JavaRevision",
                    "Every .java file in the migrations folder is a revision: implement JavaRevision, or move "
                            + "helper classes to a jar named in `classpath`.", null,
                    Map.of("file", file.toString(), "line", "1", "class", name));
        }
        return type;
    }

    private static ClassLoader loader(Path classes, List<Path> classpath, ClassLoader parent) {
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(classes.toUri().toURL());
            for (Path p : classpath) {
                urls.add(p.toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION, "Not a usable classpath entry: " + e.getMessage(),
                    "Fix `classpath` in godwit.toml.", e);
        }
        return new URLClassLoader("godwit-java-revisions", urls.toArray(new URL[0]), parent);
    }

    private static String read(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new GodwitException(ErrorCode.BAD_REVISION_FILE, file + ": not valid UTF-8",
                    "Save the file as UTF-8.", e, Map.of("file", file.toString()));
        } catch (IOException e) {
            throw new GodwitException(ErrorCode.IO_FAILED, "Could not read " + file + ": " + e.getMessage(),
                    "Check that the file is readable.", e, Map.of("file", file.toString()));
        }
    }
}
