package dev.godwit.internal.javarev;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.JavaRevision;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Finds a project's Java revisions: the {@code .java} files directly in its migrations folder, the
 * classes implementing {@link JavaRevision} in the packages to scan, and the instances given.
 */
public final class JavaRevisionLoader {
    private JavaRevisionLoader() {
    }

    /**
     * Every Java revision of {@code folder} and {@code sources}, checked; files in name order first.
     * A project without any loads nothing more than this class (no compiler, no scanner): this runs
     * on every command.
     */
    public static List<LoadedJavaRevision> load(Path folder, JavaRevisionSources sources) {
        List<Path> files = javaFiles(folder);
        if (files.isEmpty() && sources.packages().isEmpty() && sources.instances().isEmpty()) {
            return List.of();
        }
        List<LoadedJavaRevision> out = new ArrayList<>();
        if (!files.isEmpty()) {
            out.addAll(FolderRevisions.load(files, sources));
        }
        for (Class<?> type : PackageScanner.revisionClasses(sources.effectiveLoader(), sources.packages())) {
            out.add(fromClass(type, instantiate(type, null)));
        }
        for (JavaRevision instance : sources.instances()) {
            out.add(fromClass(instance.getClass(), instance));
        }
        for (LoadedJavaRevision loaded : out) {
            JavaRevisionCheck.checked(loaded);
        }
        return List.copyOf(out);
    }

    /** The non-hidden {@code *.java} files directly in {@code folder}, by name; none when it does not exist. */
    static List<Path> javaFiles(Path folder) {
        String[] names = folder.toFile().list();
        if (names == null) {
            return List.of();
        }
        Arrays.sort(names);
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            if (!name.startsWith(".") && name.endsWith(".java") && new File(folder.toFile(), name).isFile()) {
                files.add(folder.resolve(name));
            }
        }
        return files;
    }

    private static LoadedJavaRevision fromClass(Class<?> type, JavaRevision revision) {
        Class<?> own = ownClass(type);
        String resource = own.getName().replace('.', '/') + ".class";
        return new LoadedJavaRevision(revision, own.getName(), Path.of(resource), "class " + own.getName() + " "
                + classDigest(own, resource));
    }

    /**
     * The class the revision's code is in: {@code type}, or for a generated subclass without a
     * class file (a framework's proxy of an application's bean) the nearest superclass with one.
     */
    private static Class<?> ownClass(Class<?> type) {
        for (Class<?> c = type; c != null && JavaRevision.class.isAssignableFrom(c); c = c.getSuperclass()) {
            if (resourceOf(c) != null) {
                return c;
            }
        }
        return type;
    }

    private static java.net.URL resourceOf(Class<?> type) {
        ClassLoader loader = type.getClassLoader() != null ? type.getClassLoader() : ClassLoader.getSystemClassLoader();
        return loader.getResource(type.getName().replace('.', '/') + ".class");
    }

    /** SHA-256 of the class file, or "" for a class with none (a hidden class). */
    private static String classDigest(Class<?> type, String resource) {
        ClassLoader loader = type.getClassLoader() != null ? type.getClassLoader() : ClassLoader.getSystemClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return "";
            }
            MessageDigest sha = CompileKey.sha256();
            sha.update(in.readAllBytes());
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new GodwitException(ErrorCode.IO_FAILED, "Could not read the class file of Java revision "
                    + type.getName() + ": " + e.getMessage(), "Check the class path.", e,
                    Map.of("class", type.getName()));
        }
    }

    /** A new instance through the public no-argument constructor; {@code file} is its source, or null. */
    static JavaRevision instantiate(Class<?> type, Path file) {
        try {
            if (Modifier.isAbstract(type.getModifiers())) {
                throw new InstantiationException("the class is abstract");
            }
            return (JavaRevision) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ite ? ite.getCause() : e;
            throw new GodwitException(ErrorCode.BAD_REVISION_FILE, "Java revision class " + type.getName()
                    + (file == null ? "" : " (" + file + ")") + " could not be instantiated: " + why(e),
                    "Give it a public no-argument constructor that does not throw, and static fields whose "
                            + "initializers do not throw.", cause, Map.of("class", type.getName()));
        }
    }

    /** Why creating an instance failed, in the words of the class's author. */
    private static String why(Throwable e) {
        if (e instanceof NoSuchMethodException) {
            return "it has no public no-argument constructor";
        }
        if (e instanceof IllegalAccessException) {
            return "its no-argument constructor (or the class) is not public";
        }
        if (e instanceof java.lang.reflect.InvocationTargetException ite) {
            return ite.getCause() instanceof ExceptionInInitializerError init
                    ? "its static initializer threw " + init.getCause() : "its constructor threw " + ite.getCause();
        }
        if (e instanceof ExceptionInInitializerError init) {
            return "its static initializer threw " + init.getCause();
        }
        return e instanceof InstantiationException ? e.getMessage() : e.toString();
    }
}
