package dev.godwit.model;

import java.nio.file.Path;

/**
 * One statement of the desired schema and where it came from, so a failure on the scratch database
 * names the file and line to fix.
 *
 * @param file the file it came from, or null when generated
 * @param line the line it starts on (1-based), or 0 when unknown
 */
public record DdlStatement(String sql, Path file, int line) {

    public DdlStatement {
        java.util.Objects.requireNonNull(sql, "sql");
    }

    /** {@code schema/tickets.sql:12}, or {@code the model} when the statement has no file. */
    public String where() {
        return file == null ? "the model" : file + (line > 0 ? ":" + line : "");
    }
}
