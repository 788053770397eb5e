package dev.godwit.internal.model;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code classpath} entries of godwit.toml as paths: relative ones resolved against the config
 * file's folder, an entry ending in {@code *.jar} (or {@code *}) expanded to the jars of its folder
 * in name order. An entry that does not exist is an error naming it, so a model class is never
 * looked for in a place the user did not mean.
 */
public final class Classpath {

    private Classpath() {
    }

    public static List<Path> resolve(List<String> entries, Path base) {
        List<Path> out = new ArrayList<>();
        for (String entry : entries) {
            String name = entry.replace('\\', '/');
            if (name.endsWith("/*.jar") || name.endsWith("/*") || name.equals("*.jar") || name.equals("*")) {
                Path folder = base.resolve(name.substring(0, name.lastIndexOf('*'))).normalize();
                out.addAll(jars(folder, entry));
            } else {
                Path path = base.resolve(entry).normalize();
                if (!Files.exists(path)) {
                    throw new GodwitException(ErrorCode.BAD_CONFIGURATION,
                            "The classpath entry " + entry + " does not exist (" + path + ")",
                            "Build the project first (e.g. mvn compile dependency:copy-dependencies), or fix `classpath` "
                                    + "in godwit.toml.");
                }
                out.add(path);
            }
        }
        return out;
    }

    private static List<Path> jars(Path folder, String entry) {
        if (!Files.isDirectory(folder)) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION,
                    "The classpath entry " + entry + " names the folder " + folder
                    + ", which does not exist", "Build the project first (e.g. mvn dependency:copy-dependencies), "
                    + "or fix `classpath` in godwit.toml.");
        }
        return jarsIn(folder);
    }

    /** Every jar directly in {@code folder}, in name order. */
    static List<Path> jarsIn(Path folder) {
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.jar")) {
            stream.forEach(jars::add);
        } catch (IOException e) {
            throw new GodwitException(ErrorCode.IO_FAILED,
                    "Could not read " + folder + ": " + e.getMessage(), "Check that it can be read.", e);
        }
        jars.sort(null);
        return jars;
    }
}
