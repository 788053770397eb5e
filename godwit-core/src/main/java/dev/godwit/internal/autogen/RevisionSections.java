package dev.godwit.internal.autogen;

import dev.godwit.internal.script.RevisionFileParser;
import dev.godwit.internal.script.Section;
import java.nio.file.Path;

/**
 * The section of a revision file that runs on one database, as the runner picks it
 * ({@link dev.godwit.internal.script.RevisionFile#section}): its own {@code -- +upgrade <dialect>}
 * section, else the shared {@code -- +upgrade} one, else nothing.
 */
public final class RevisionSections {

    /** A section's SQL and the line of the file its first line is on. */
    public record Found(String sql, int firstLine) {}

    private RevisionSections() {
    }

    /** The {@code up} (else down) section of {@code file} that runs on {@code dialect}: own, else shared, else empty. */
    public static Found sectionFor(Path file, String dialect, boolean up) {
        Section section = RevisionFileParser.parse(file).section(up, dialect);
        return section.present() ? new Found(section.sql(), section.firstLine()) : new Found("", 1);
    }
}
