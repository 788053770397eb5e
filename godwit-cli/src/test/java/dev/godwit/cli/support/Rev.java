package dev.godwit.cli.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A revision file a test writes by hand into {@code <project>/migrations/versions/}:
 *
 * <pre>{@code
 * Rev.of("r2").revises("r1").up("CREATE TABLE t2 (id INTEGER)").down("DROP TABLE t2").write(dir);
 * }</pre>
 *
 * Statements given to {@link #up} and {@link #down} are written one per line, each ended with a
 * semicolon unless it already ends with one; {@link #upRaw} and {@link #downRaw} take the section
 * text as is.
 */
public final class Rev {
    private final String id;
    private final List<String> revises = new ArrayList<>();
    private final List<String> headers = new ArrayList<>();
    private String message;
    private String upgrade = "";
    private String downgrade = "";
    private boolean hasDowngrade = true;
    private String fileName;

    private Rev(String id) {
        this.id = id;
        this.message = "revision " + id;
    }

    public static Rev of(String id) {
        return new Rev(id);
    }

    /** The migrations folder of a project. */
    public static Path versions(Path projectDir) {
        return projectDir.resolve("migrations").resolve("versions");
    }

    public Rev revises(String... ids) {
        revises.addAll(List.of(ids));
        return this;
    }

    public Rev message(String text) {
        message = text;
        return this;
    }

    /** Another header line, without the leading {@code -- } (e.g. {@code "branch-labels: core"}). */
    public Rev header(String line) {
        headers.add(line);
        return this;
    }

    public Rev up(String... statements) {
        upgrade = statements(statements);
        return this;
    }

    public Rev down(String... statements) {
        downgrade = statements(statements);
        hasDowngrade = true;
        return this;
    }

    public Rev upRaw(String text) {
        upgrade = text;
        return this;
    }

    public Rev downRaw(String text) {
        downgrade = text;
        hasDowngrade = true;
        return this;
    }

    /** Leaves out the {@code -- +downgrade} section altogether. */
    public Rev noDowngrade() {
        hasDowngrade = false;
        return this;
    }

    /** The file name (default {@code <id>.sql}). */
    public Rev fileName(String name) {
        fileName = name;
        return this;
    }

    public String fileName() {
        return fileName != null ? fileName : id + ".sql";
    }

    public String text() {
        StringBuilder b = new StringBuilder();
        b.append("-- revision: ").append(id).append('\n');
        b.append("-- revises:").append(revises.isEmpty() ? "" : " " + String.join(", ", revises)).append('\n');
        b.append("-- message: ").append(message).append('\n');
        for (String h : headers) {
            b.append("-- ").append(h).append('\n');
        }
        b.append('\n').append("-- +upgrade\n").append(upgrade);
        if (hasDowngrade) {
            b.append('\n').append("-- +downgrade\n").append(downgrade);
        }
        return b.toString();
    }

    /** Writes the file into {@code projectDir}'s migrations folder and returns its path. */
    public Path write(Path projectDir) {
        try {
            Path folder = versions(projectDir);
            Files.createDirectories(folder);
            return Files.writeString(folder.resolve(fileName()), text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String statements(String... statements) {
        StringBuilder b = new StringBuilder();
        for (String s : statements) {
            b.append(s);
            if (!s.strip().endsWith(";")) {
                b.append(';');
            }
            b.append('\n');
        }
        return b.toString();
    }
}
