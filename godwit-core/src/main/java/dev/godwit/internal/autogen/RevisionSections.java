package dev.godwit.internal.autogen;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the section of a revision file that runs on one database: its own
 * {@code -- +upgrade <dialect>} section, else the shared {@code -- +upgrade} one.
 *
 * <p>TEMPORARY: this reads the raw text until the script parser knows per-dialect sections
 * ({@code RevisionFile.upgrade(dialect)} / {@code downgrade(dialect)}); then {@link #sectionFor}
 * becomes a call to those and this class goes.
 */
public final class RevisionSections {

    private static final Pattern MARKER = Pattern.compile("^--\\s*\\+(upgrade|downgrade)(?:\\s+([A-Za-z0-9_]+))?\\s*$");

    /** A section's SQL and the line of the file its first line is on. */
    public record Found(String sql, int firstLine) {}

    private RevisionSections() {
    }

    /** The {@code up} (else down) section of {@code file} that runs on {@code dialect}: own, else shared, else empty. */
    public static Found sectionFor(Path file, String dialect, boolean up) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GodwitException(ErrorCode.IO_FAILED, "cannot read " + file + " (" + e.getMessage() + ")",
                    "check that the migrations folder is readable");
        }
        Found own = section(text, up ? "upgrade" : "downgrade", dialect);
        if (own != null) {
            return own;
        }
        Found shared = section(text, up ? "upgrade" : "downgrade", null);
        return shared != null ? shared : new Found("", 1);
    }

    private static Found section(String text, String word, String dialect) {
        String[] lines = text.split("\n", -1);
        StringBuilder sql = null;
        int first = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = MARKER.matcher(lines[i].strip());
            if (m.matches()) {
                if (sql != null) {
                    break;
                }
                String name = m.group(2) == null ? null : m.group(2).toLowerCase(Locale.ROOT);
                if (m.group(1).equals(word) && java.util.Objects.equals(name, dialect)) {
                    sql = new StringBuilder();
                    first = i + 2;
                }
            } else if (sql != null) {
                sql.append(lines[i]).append('\n');
            }
        }
        return sql == null ? null : new Found(sql.toString(), first);
    }
}
