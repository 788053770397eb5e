package dev.godwit.internal.model;

import dev.godwit.spi.ModelSource;
import dev.godwit.spi.DdlStatement;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.internal.db.Database;
import dev.godwit.internal.db.Databases;
import dev.godwit.internal.script.ScriptSyntaxException;
import dev.godwit.internal.script.SplitterOptions;
import dev.godwit.internal.script.Statement;
import dev.godwit.internal.script.StatementSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The desired schema as a folder of {@code .sql} files ({@code model = "schema"}): every file
 * below it, in path order, split into statements with the dialect's splitter. A single
 * {@code .sql} file may be named instead of a folder. For one database ({@link #forDatabase}) a
 * folder with a subfolder per database ({@code schema/postgresql/}, {@code schema/mysql/},
 * {@code schema/sqlite/}) gives that database its own subfolder alone, and a database without one
 * the folder without the other databases' subfolders.
 */
public final class DdlFolderSource implements ModelSource {

    private final Path location;
    private final SplitterOptions options;
    private final List<Path> skipped;
    private final String forName;

    public DdlFolderSource(Path location, SplitterOptions options) {
        this(location, options, List.of(), null);
    }

    private DdlFolderSource(Path location, SplitterOptions options, List<Path> skipped, String forName) {
        this.location = location;
        this.options = options;
        this.skipped = skipped;
        this.forName = forName;
    }

    /** The model of {@code database} in the DDL folder or file {@code location}: its own subfolder when it has one. */
    public static DdlFolderSource forDatabase(Path location, Database database) {
        SplitterOptions options = database.dialect().splitterOptions();
        Path own = location.resolve(database.name());
        if (Files.isDirectory(own)) {
            return new DdlFolderSource(own, options);
        }
        List<Path> others = Databases.all().stream().map(d -> location.resolve(d.name()))
                .filter(Files::isDirectory).toList();
        return new DdlFolderSource(location, options, others, database.name());
    }

    @Override
    public String description() {
        return "the DDL " + (Files.isDirectory(location) ? "folder " : "file ") + location;
    }

    @Override
    public List<DdlStatement> statements() {
        List<DdlStatement> out = new ArrayList<>();
        for (Path file : files()) {
            String text = read(file);
            try {
                for (Statement s : StatementSplitter.split(text, 1, options)) {
                    out.add(new DdlStatement(s.sql(), file, s.line()));
                }
            } catch (ScriptSyntaxException e) {
                throw new GodwitException(ErrorCode.MODEL_FAILED,
                        file + ": " + e.getMessage(), "Fix the SQL in that file.", e);
            }
        }
        return out;
    }

    /** The model's files in a stable order: sorted by their path below the folder. */
    List<Path> files() {
        if (Files.isRegularFile(location)) {
            return List.of(location);
        }
        if (!Files.isDirectory(location)) {
            throw new GodwitException(ErrorCode.MODEL_FAILED, "The model " + location + " does not exist",
                    "Create it with the CREATE TABLE statements of the schema you want, or fix `model` in godwit.toml.");
        }
        try (Stream<Path> walk = Files.walk(location)) {
            List<Path> files = walk.filter(Files::isRegularFile).filter(p -> skipped.stream().noneMatch(p::startsWith))
                    .filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".sql"))
                    .sorted((a, b) -> location.relativize(a).toString().compareTo(location.relativize(b).toString()))
                    .toList();
            if (files.isEmpty() && !skipped.isEmpty()) {
                throw new GodwitException(ErrorCode.MODEL_FAILED, "The model folder " + location
                        + " has a subfolder per database but none for " + forName + " and no .sql files of its own",
                        "Put " + forName + "'s CREATE TABLE statements in " + location.resolve(forName) + "/.");
            }
            if (files.isEmpty()) {
                throw new GodwitException(ErrorCode.MODEL_FAILED,
                        "The model folder " + location + " holds no .sql files",
                        "Put the CREATE TABLE statements of the schema you want in .sql files there.");
            }
            return files;
        } catch (IOException | UncheckedIOException e) {
            throw new GodwitException(ErrorCode.IO_FAILED,
                    "Could not read the model folder " + location + ": " + e.getMessage(),
                    "Check that it can be read.", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new GodwitException(ErrorCode.MODEL_FAILED, file + " is not UTF-8 text", "Save it as UTF-8.", e);
        } catch (IOException e) {
            throw new GodwitException(ErrorCode.IO_FAILED,
                    "Could not read " + file + ": " + e.getMessage(), "Check that it can be read.",
                    e);
        }
    }
}
