package dev.godwit.internal.graph;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a target names, once resolved against the graph and the database's rows.
 *
 * @param spec       the target as the user wrote it
 * @param revisions  the revisions the database should be at, with all they need; empty means base
 * @param removeFrom when not null, the target is "just before this revision": it and whatever
 *                   needs it are to be un-applied, nothing else ({@code LABEL@base}, and {@code -N}
 *                   or {@code LABEL@-N} from the current rows)
 * @param relative   the signed step count for a target relative to the current rows ({@code +N},
 *                   {@code -N}, {@code LABEL@+N}, {@code current-N}…), else 0
 */
public record Target(String spec, Set<String> revisions, String removeFrom, int relative) {

    public Target {
        revisions = Collections.unmodifiableSet(new LinkedHashSet<>(revisions));
    }

    /** True for {@code base}: nothing applied. */
    public boolean isBase() {
        return revisions.isEmpty() && removeFrom == null;
    }
}
