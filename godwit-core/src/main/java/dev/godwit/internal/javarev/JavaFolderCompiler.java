package dev.godwit.internal.javarev;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.JavaRevision;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the {@code .java} revisions of a migrations folder with the JDK's compiler, against
 * Godwit and the configured class path, into a cache folder keyed by the sources (and what they
 * compile against), so an unchanged folder is never compiled twice. The only class that touches
 * {@code javax.tools}: it is loaded only when a folder has a {@code .java} revision.
 */
final class JavaFolderCompiler {
    private static final int SHOWN_ERRORS = 5;

    private JavaFolderCompiler() {
    }

    /** The folder holding the compiled classes of {@code sources}, compiling them when not cached. */
    static Path compile(List<Path> sources, List<Path> classpath, Path cacheRoot) {
        Path target = cacheRoot.resolve(CompileKey.of(sources, compilePath(classpath)));
        if (CacheFolder.intact(target)) {
            return target;
        }
        if (Files.exists(target)) {
            CacheFolder.discard(target);
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw FolderRevisions.noCompiler(sources.get(0));
        }
        try {
            Files.createDirectories(cacheRoot);
            Path work = Files.createTempDirectory(cacheRoot, ".compiling-");
            try {
                run(compiler, sources, classpath, work);
                CacheFolder.markComplete(work);
                Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                if (!CacheFolder.intact(target)) {
                    throw raced;
                }
            } finally {
                if (Files.exists(work)) {
                    CacheFolder.delete(work);
                }
            }
            return target;
        } catch (IOException e) {
            throw new GodwitException(ErrorCode.IO_FAILED, "Could not write the compiled Java revisions to "
                    + cacheRoot + ": " + e.getMessage(), "Check that the folder is writable (or set "
                    + "XDG_CACHE_HOME to a writable folder).", e, Map.of("folder", cacheRoot.toString()));
        }
    }

    private static void run(JavaCompiler compiler, List<Path> sources, List<Path> classpath, Path out)
            throws IOException {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter console = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", out.toString(), "-classpath", compilePath(classpath),
                    "-encoding", "UTF-8", "-proc:none", "-g", "-nowarn");
            Boolean ok = compiler.getTask(console, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            if (!Boolean.TRUE.equals(ok)) {
                throw failure(diagnostics, console.toString(), sources);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Godwit itself (its jar, or its classes folder in a build) and the configured entries. */
    private static String compilePath(List<Path> classpath) {
        List<String> entries = new ArrayList<>();
        entries.add(OwnLocation.of(JavaRevision.class));
        for (Path p : classpath) {
            entries.add(p.toAbsolutePath().toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static GodwitException failure(DiagnosticCollector<JavaFileObject> diagnostics, String console,
                                           List<Path> sources) {
        StringBuilder m = new StringBuilder();
        String file = sources.get(0).toString();
        long line = 0;
        int shown = 0;
        int errors = 0;
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            errors++;
            if (shown++ >= SHOWN_ERRORS) {
                continue;
            }
            String where = d.getSource() == null ? "" : Path.of(d.getSource().toUri()).toString();
            if (shown == 1) {
                file = where.isEmpty() ? file : where;
                line = d.getLineNumber();
            }
            m.append(m.length() == 0 ? "" : "\n").append(where).append(':').append(d.getLineNumber())
                    .append(": error: ").append(d.getMessage(Locale.ROOT));
        }
        if (errors > SHOWN_ERRORS) {
            m.append("\n(and ").append(errors - SHOWN_ERRORS).append(" more errors)");
        }
        String text = m.length() > 0 ? m.toString() : console.strip();
        return new GodwitException(ErrorCode.BAD_REVISION_FILE, "Java revision did not compile: " + text,
                "Fix the error in " + Path.of(file).getFileName() + " (it compiles against Godwit and the `classpath` "
                        + "entries of godwit.toml). Nothing was run.", null,
                Map.of("file", file, "line", String.valueOf(line)));
    }
}
