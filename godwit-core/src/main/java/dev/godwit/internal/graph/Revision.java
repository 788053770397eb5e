package dev.godwit.internal.graph;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One revision, as a revision file declares it.
 *
 * @param id           the unique id
 * @param revises      the revisions this one comes after (its down revisions): empty for a base,
 *                     two or more for a merge point
 * @param dependsOn    revision ids or branch labels that must be applied first, without being parents
 * @param branchLabels the branch labels this revision declares
 * @param message      a one-line description (never null, may be empty)
 * @param source       where the revision is defined (a file path), for error messages; may be null
 */
public record Revision(String id, List<String> revises, List<String> dependsOn, List<String> branchLabels,
                       String message, String source) {

    public Revision {
        if (id == null || id.isBlank()) {
            throw new GodwitException(ErrorCode.BAD_REVISION_FILE,
                    "A revision has no id" + (source == null ? "" : " in " + source),
                    "Give every revision an id");
        }
        revises = copy(revises, "revises", id, source);
        dependsOn = copy(dependsOn, "depends-on", id, source);
        branchLabels = copy(branchLabels, "branch labels", id, source);
        message = message == null ? "" : message;
    }

    /** A revision without dependencies, labels, message or source; handy for tests and tools. */
    public static Revision of(String id, String... revises) {
        return new Revision(id, List.of(revises), List.of(), List.of(), "", null);
    }

    /** True when this revision revises nothing. */
    public boolean isBase() {
        return revises.isEmpty();
    }

    /** True when this revision revises two or more revisions. */
    public boolean isMergePoint() {
        return revises.size() > 1;
    }

    private static List<String> copy(List<String> values, String what, String id, String source) {
        if (values == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(values.size());
        for (String value : values) {
            if (value == null || value.isBlank()) {
                throw new GodwitException(ErrorCode.BAD_REVISION_FILE,
                        "Revision '" + id + "'" + (source == null ? "" : " (" + source + ")")
                        + " has an empty entry in its " + what, "Remove the empty entry");
            }
            out.add(value);
        }
        return Collections.unmodifiableList(out);
    }
}
