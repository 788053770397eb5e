package dev.godwit.internal.graph;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Walks N steps forward along children or back along revises, refusing to guess at forks. */
final class RelativeSteps {

    /**
     * Where a backward walk ends: the revisions reached (none = base; both parents when the last step
     * leaves a merge point) and the last revision stepped off.
     */
    record Landing(List<String> revisions, String removeFrom) {
    }

    private final RevisionGraph graph;

    RelativeSteps(RevisionGraph graph) {
        this.graph = graph;
    }

    /** N steps forward from {@code from}; from nothing (null), the single base is step 1. */
    String forward(String spec, int n, String from) {
        String at = from;
        for (int step = 1; step <= n; step++) {
            at = next(spec, n, step, at);
        }
        return at;
    }

    /** N steps forward where step 1 lands on {@code first}. */
    String forwardStartingAt(String spec, int n, String first) {
        String at = first;
        for (int step = 2; step <= n; step++) {
            at = next(spec, n, step, at);
        }
        return at;
    }

    /**
     * N steps back along revises from {@code from}; stepping back off a base lands on base. Only the
     * last step may leave a merge point (landing on all its parents).
     */
    Landing backward(String spec, int n, String from) {
        String at = from;
        for (int step = 1; ; step++) {
            if (at == null) {
                throw GraphErrors.didNotProduce(spec, n, step == 1 ? "Nothing is applied, so there is nothing to go back from"
                        : "Only " + (step - 1) + " step(s) back were possible before reaching base");
            }
            Revision revision = graph.get(at);
            if (step == n) {
                return new Landing(revision.revises(), at);
            }
            if (revision.isMergePoint()) {
                throw new GodwitException(ErrorCode.AMBIGUOUS_REVISION,
                        "Relative revision " + spec + " is ambiguous: revision " + at
                        + " is a merge point of " + describeAll(revision.revises()),
                        "Give an explicit revision to go back to, e.g. one of the parents: "
                                + String.join(", ", revision.revises()), null,
                        Map.of("target", spec, "candidates", String.join(",", revision.revises())));
            }
            at = revision.isBase() ? null : revision.revises().get(0);
        }
    }

    private String next(String spec, int n, int step, String at) {
        List<String> choices = at == null ? graph.bases() : graph.children(at);
        if (choices.isEmpty()) {
            throw GraphErrors.didNotProduce(spec, n, at == null ? "There are no revisions"
                    : "Revision " + at + " is a head; only " + (step - 1) + " step(s) forward were possible");
        }
        if (choices.size() > 1) {
            String where = at == null ? "there are several bases: "
                    : "revision " + at + " is a branch point with children ";
            throw new GodwitException(ErrorCode.AMBIGUOUS_REVISION,
                    "Relative revision " + spec + " is ambiguous: " + where + describeAll(choices),
                    "Name the branch with `" + exampleLabel(at, choices) + "@+" + n
                            + "` or give an explicit revision (e.g. " + String.join(", ", choices) + ")", null,
                    Map.of("target", spec, "candidates", String.join(",", choices)));
        }
        return choices.get(0);
    }

    private String exampleLabel(String at, List<String> choices) {
        List<String> inherited = at == null ? List.of() : new ArrayList<>(graph.branchLabelsOf(at));
        for (String choice : choices) {
            for (String label : graph.branchLabelsOf(choice)) {
                if (!inherited.contains(label)) {
                    return label;
                }
            }
        }
        return "LABEL";
    }

    private String describeAll(List<String> ids) {
        List<String> described = new ArrayList<>();
        for (String id : ids) {
            described.add(GraphErrors.describe(graph.get(id)));
        }
        return String.join(", ", described);
    }
}
