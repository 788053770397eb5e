package dev.godwit.spi;

import java.nio.file.Path;

/**
 * One statement of the desired schema and where it came from, so a failure on the scratch database
 * names the file and line (or the entity) to fix.
 *
 * @param file the file it came from, or null when generated
 * @param line the line it starts on (1-based), or 0 when unknown
 * @param origin what a generated statement was made from ({@code entity com.example.Ticket}), or null
 */
public record DdlStatement(String sql, Path file, int line, String origin) {

    public DdlStatement {
        java.util.Objects.requireNonNull(sql, "sql");
    }

    /** A statement read from a file. */
    public DdlStatement(String sql, Path file, int line) {
        this(sql, file, line, null);
    }

    /** {@code schema/tickets.sql:12}, the origin of a generated statement, or {@code the model}. */
    public String where() {
        if (file == null) {
            return origin == null ? "the model" : origin;
        }
        return file + (line > 0 ? ":" + line : "");
    }
}
