package dev.godwit.internal.graph;

import static dev.godwit.internal.graph.Fixtures.fails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.GodwitException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 10,000 revisions: nothing may recurse per revision or take quadratic time. */
class LargeGraphTest {

    private static final int N = 10_000;

    private static String id(int i) {
        return String.format("r%05d", i);
    }

    private static List<Revision> chain() {
        List<Revision> revisions = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            List<String> labels = i == 0 ? List.of("main") : List.of();
            revisions.add(new Revision(id(i), i == 0 ? List.of() : List.of(id(i - 1)), List.of(), labels,
                    "step " + i, id(i) + ".sql"));
        }
        return revisions;
    }

    @Test
    void linearChainOfTenThousand() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            List<Revision> revisions = chain();
            Collections.reverse(revisions);
            RevisionGraph g = RevisionGraph.of(revisions);
            String last = id(N - 1);
            assertEquals(List.of(last), g.heads());
            assertEquals(List.of(id(0)), g.bases());
            assertEquals(id(0), g.revisions().get(0).id());
            assertEquals(N - 1, g.ancestors(last).size());
            assertEquals(N - 1, g.descendants(id(0)).size());
            assertEquals(Set.of("main"), g.branchLabelsOf(last));

            Planner p = new Planner(g);
            Planner.Plan up = p.upgrade(List.of(), "head");
            assertEquals(N, up.steps().size());
            assertEquals(id(0), up.steps().get(0).revision().id());
            assertEquals(Set.of(id(41)), up.steps().get(41).rowsAfter());
            assertEquals(Set.of(last), up.rowsAfter());

            Planner.Plan down = p.downgrade(up.rowsAfter(), "base");
            assertEquals(N, down.steps().size());
            assertEquals(last, down.steps().get(0).revision().id());
            assertEquals(Set.of(id(N - 2)), down.steps().get(0).rowsAfter());
            assertEquals(Set.of(), down.rowsAfter());

            assertEquals(N, p.downgrade(Set.of(last), "-" + N).steps().size());
            assertEquals(N, p.downgrade(Set.of(last), "main@base").steps().size());
            assertEquals(Set.of(id(N - 1)), new TargetResolver(g).resolve("+" + N, List.of(), "upgrade").revisions());
            assertEquals(Set.of(id(0)), new TargetResolver(g).resolve("-" + (N - 1), List.of(last), "x").revisions());
            assertEquals(Set.of(last), new TargetResolver(g).resolve("main@head", List.of(), "x").revisions());
            assertEquals(N, p.history(null, List.of()).size());
            assertEquals(N / 2, p.history(id(N / 2) + ":", List.of()).size());
            assertEquals(Set.of(id(5000)), p.stamp(Set.of(last), id(5000), false));
        });
    }

    @Test
    void chainOfDependenciesOfTenThousand() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            List<Revision> revisions = new ArrayList<>();
            for (int i = 0; i < N; i++) {
                revisions.add(new Revision(id(i), List.of(), i == 0 ? List.of() : List.of(id(i - 1)), List.of(),
                        "", null));
            }
            RevisionGraph g = RevisionGraph.of(revisions);
            assertEquals(N, g.heads().size());
            assertEquals(id(0), g.revisions().get(0).id());
            assertEquals(N - 1, g.ancestors(id(N - 1)).size());
            // a dependency counts as a down revision for the rows (as in Alembic): only the last is a row
            assertEquals(Set.of(id(N - 1)), g.rowsFor(g.applied(List.of(id(N - 1)))));
        });
    }

    @Test
    void chainWithRedundantDependenciesOfTenThousand() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            List<Revision> revisions = new ArrayList<>();
            for (int i = 0; i < N; i++) {
                revisions.add(new Revision(id(i), i == 0 ? List.of() : List.of(id(i - 1)),
                        i < 2 ? List.of() : List.of(id(i - 2)), List.of(), "", null));
            }
            RevisionGraph g = RevisionGraph.of(revisions);
            Planner p = new Planner(g);
            Planner.Plan up = p.upgrade(List.of(), "heads");
            assertEquals(N, up.steps().size());
            assertEquals(Set.of(id(N - 1)), up.rowsAfter());
            assertEquals(N - 1, p.downgrade(up.rowsAfter(), id(0)).steps().size());
        });
    }

    @Test
    void cycleOfTenThousandIsReportedNotOverflowed() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            List<Revision> revisions = chain();
            revisions.set(0, new Revision(id(0), List.of(id(N - 1)), List.of(), List.of(), "", "r00000.sql"));
            GodwitException e = fails(() -> RevisionGraph.of(revisions));
            assertTrue(e.getMessage().startsWith("The revisions form a cycle: r00000 (r00000.sql) revises r09999"),
                    e.getMessage().substring(0, 100));
        });
    }
}
