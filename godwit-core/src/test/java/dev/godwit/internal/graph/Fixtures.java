package dev.godwit.internal.graph;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.godwit.api.GodwitException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashSet;
import org.junit.jupiter.api.function.Executable;

/** Small graphs and helpers shared by the graph tests. Every revision's source is "ID.sql". */
final class Fixtures {

    private Fixtures() {
    }

    static Revision rev(String id, String... revises) {
        return new Revision(id, List.of(revises), List.of(), List.of(), "add " + id, id + ".sql");
    }

    static Revision labelled(String id, String label, String... revises) {
        return new Revision(id, List.of(revises), List.of(), List.of(label), "add " + id, id + ".sql");
    }

    static Revision depending(String id, List<String> dependsOn, String... revises) {
        return new Revision(id, List.of(revises), dependsOn, List.of(), "add " + id, id + ".sql");
    }

    static RevisionGraph graph(Revision... revisions) {
        return RevisionGraph.of(Arrays.asList(revisions));
    }

    /** a - b - c - d */
    static RevisionGraph linear() {
        return graph(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "c"));
    }

    /** a, then branch feature: b1 - b2, branch other: c1 - c2. */
    static RevisionGraph forked() {
        return graph(rev("a"), labelled("b1", "feature", "a"), rev("b2", "b1"),
                labelled("c1", "other", "a"), rev("c2", "c1"));
    }

    /** a, branches b1 (feature) and c1 (other), merged by m. */
    static RevisionGraph merged() {
        return graph(rev("a"), labelled("b1", "feature", "a"), labelled("c1", "other", "a"), rev("m", "b1", "c1"));
    }

    /** Two independent roots: app x1 - x2 and audit y1 - y2. */
    static RevisionGraph twoRoots() {
        return graph(labelled("x1", "app"), rev("x2", "x1"), labelled("y1", "audit"),
                rev("y2", "y1"));
    }

    /** main a - b - c where c depends on z2, d (after c) depends on the label lib (z1); lib z1 - z2. */
    static RevisionGraph dependent() {
        return graph(labelled("a", "main"), rev("b", "a"), depending("c", List.of("z2"), "b"),
                depending("d", List.of("lib"), "c"), labelled("z1", "lib"), rev("z2", "z1"));
    }

    static Set<String> set(String... ids) {
        return new LinkedHashSet<>(Arrays.asList(ids));
    }

    static List<String> ids(List<Revision> revisions) {
        List<String> ids = new ArrayList<>();
        for (Revision revision : revisions) {
            ids.add(revision.id());
        }
        return ids;
    }

    static List<String> ids(Planner.Plan plan) {
        List<String> ids = new ArrayList<>();
        for (Planner.Step step : plan.steps()) {
            ids.add(step.revision().id());
        }
        return ids;
    }

    static GodwitException fails(Executable executable) {
        return assertThrows(GodwitException.class, executable);
    }
}
