package dev.godwit.internal.autogen;

import dev.godwit.api.RevisionRequest;

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

    /** Each dialect's upgrade and downgrade SQL, for the revision writer ({@link RevisionRequest#withDialectSql}). */
    public Map<String, RevisionRequest.Sections> requestSections() {
        Map<String, RevisionRequest.Sections> out = new LinkedHashMap<>();
        sections.forEach((dialect, diff) -> out.put(dialect,
                new RevisionRequest.Sections(diff.upgradeSql(), diff.downgradeSql())));
        return out;
    }

    /** The warnings as the notes the writer puts at the top of the first section. */
    public List<String> notes() {
        return warnings.stream().map(w -> "-- WARNING: " + w).toList();
    }
}
