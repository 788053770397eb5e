package dev.godwit.internal.autogen;

import dev.godwit.api.SchemaDiff;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What `migrate` writes for a project with {@code dialects}: one comparison per database that has
 * a scratch (its upgrade and downgrade SQL), and a warning for each that has none.
 *
 * @param sections per registry name ({@code postgresql}, {@code sqlite}, {@code mysql}), in the
 *     configured order; only the dialects that could be compared
 * @param warnings one line per dialect left out ({@code no postgresql section: …})
 */
public record DialectSections(Map<String, SchemaDiff> sections, List<String> warnings) {

    public DialectSections {
        sections = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        warnings = List.copyOf(warnings);
    }

    /** True when no dialect has a change: "No changes detected". */
    public boolean isEmpty() {
        return sections.values().stream().allMatch(SchemaDiff::isEmpty);
    }

    /** Whether every section can run in one transaction. */
    public boolean transactional() {
        return sections.values().stream().allMatch(SchemaDiff::transactional);
    }

    /** Every dialect's change lines, each prefixed with its dialect ({@code sqlite: add column t.c}). */
    public List<String> changes() {
        List<String> lines = new ArrayList<>();
        sections.forEach((dialect, diff) -> diff.changes().forEach(c -> lines.add(dialect + ": " + c)));
        return lines;
    }

    /**
     * The sections of the revision file, from the first marker to the end: {@code -- +upgrade
     * <dialect>} for each dialect, then {@code -- +downgrade <dialect>} for each; no shared
     * sections. The warnings open the first section as {@code -- WARNING:} comments (above it they
     * would read as header keys).
     */
    public String text() {
        StringBuilder out = new StringBuilder();
        StringBuilder notice = new StringBuilder();
        for (String warning : warnings) {
            notice.append("-- WARNING: ").append(warning).append('\n');
        }
        sections.forEach((dialect, diff) -> {
            section(out, "upgrade", dialect, notice + diff.upgradeSql());
            notice.setLength(0);
        });
        sections.forEach((dialect, diff) -> section(out, "downgrade", dialect, diff.downgradeSql()));
        return out.toString();
    }

    private static void section(StringBuilder out, String word, String dialect, String sql) {
        out.append("-- +").append(word).append(' ').append(dialect).append('\n');
        String body = sql.strip();
        if (!body.isEmpty()) {
            out.append(body).append('\n');
        }
        out.append('\n');
    }
}
