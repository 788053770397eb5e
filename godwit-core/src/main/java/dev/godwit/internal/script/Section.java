package dev.godwit.internal.script;

import java.util.List;
import java.util.Objects;

/**
 * The upgrade or downgrade part of a revision file.
 *
 * @param sql the raw text between the section's marker line and the next marker (or the end)
 * @param firstLine the file line number of the first line of {@code sql}
 * @param present false when the file has no marker for this section
 */
public record Section(String sql, int firstLine, boolean present) {

    public Section {
        Objects.requireNonNull(sql, "sql");
    }

    /** A section whose marker is missing from the file. */
    public static Section absent() {
        return new Section("", 0, false);
    }

    /**
     * The section's statements with file line numbers. Splitting errors carry the line but not the
     * file name; {@link RevisionFileParser#statements} adds it.
     */
    public List<Statement> statements(SplitterOptions options) {
        if (!present) {
            return List.of();
        }
        return StatementSplitter.split(sql, firstLine, options);
    }

    /** Like {@link #statements(SplitterOptions)}, writing the statements' tokens for a checksum to {@code tokens}. */
    public List<Statement> statements(SplitterOptions options, StringBuilder tokens) {
        if (!present) {
            return List.of();
        }
        return StatementSplitter.split(sql, firstLine, options, tokens);
    }

    /** True when the section is absent or holds only comments and white space. */
    public boolean isEmpty(SplitterOptions options) {
        return statements(options).isEmpty();
    }
}
