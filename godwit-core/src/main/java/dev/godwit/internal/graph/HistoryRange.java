package dev.godwit.internal.graph;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Selects the revisions of a history range, newest first. {@code A:B} holds the revisions that are
 * descendants-or-self of A and ancestors-or-self of B; {@code A:} runs to the heads, {@code :B}
 * from the bases. Endpoints are any target, plus {@code current} and steps relative to it.
 */
final class HistoryRange {

    private final RevisionGraph graph;
    private final TargetResolver resolver;

    HistoryRange(RevisionGraph graph, TargetResolver resolver) {
        this.graph = graph;
        this.resolver = resolver;
    }

    List<Revision> select(String range, Collection<String> rows) {
        Set<String> lower = null;
        Set<String> upper = null;
        if (range != null && !range.isBlank()) {
            String text = range.strip();
            int colon = text.indexOf(':');
            if (colon < 0 || text.indexOf(':', colon + 1) >= 0) {
                throw new GodwitException(ErrorCode.BAD_ARGUMENT, "Invalid history range '" + text + "'",
                        "A history range is `A:B`, `A:` (from A to the heads) or `:B` (from the bases to B)");
            }
            String from = text.substring(0, colon).strip();
            String to = text.substring(colon + 1).strip();
            lower = from.isEmpty() ? null : lower(resolver.resolve(from, rows, null));
            upper = to.isEmpty() ? null : upper(resolver.resolve(to, rows, null));
        }
        List<Revision> selected = new ArrayList<>();
        for (Revision revision : graph.revisions()) {
            if ((lower == null || lower.contains(revision.id())) && (upper == null || upper.contains(revision.id()))) {
                selected.add(revision);
            }
        }
        Collections.reverse(selected);
        return selected;
    }

    /** Descendants-or-self of the start; null (no bound) for base. */
    private Set<String> lower(Target start) {
        if (!start.revisions().isEmpty()) {
            return graph.descendantsOrSelf(start.revisions());
        }
        if (start.removeFrom() != null) {
            return graph.descendantsOrSelf(List.of(start.removeFrom()));
        }
        return null;
    }

    /** Ancestors-or-self of the end; nothing for base. */
    private Set<String> upper(Target end) {
        return graph.closure(end.revisions());
    }
}
