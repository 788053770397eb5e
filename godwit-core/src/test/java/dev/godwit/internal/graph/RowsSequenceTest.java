package dev.godwit.internal.graph;

import static dev.godwit.internal.graph.Fixtures.ids;
import static dev.godwit.internal.graph.Fixtures.merged;
import static dev.godwit.internal.graph.Fixtures.set;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The version-table rows through a branch, a merge and back, as a runner would apply them. */
class RowsSequenceTest {

    @Test
    void branchMergeDowngrade() {
        Planner p = new Planner(merged());
        Set<String> rows = set("a");

        Planner.Plan b1 = p.upgrade(rows, "b1");
        assertEquals(List.of("b1"), ids(b1));
        assertEquals(set("a"), b1.steps().get(0).rowsBefore());
        assertEquals(set("b1"), b1.steps().get(0).rowsAfter());
        rows = b1.rowsAfter();

        Planner.Plan c1 = p.upgrade(rows, "c1");
        assertEquals(List.of("c1"), ids(c1));
        assertEquals(set("b1", "c1"), c1.rowsAfter());
        rows = c1.rowsAfter();

        Planner.Plan m = p.upgrade(rows, "head");
        assertEquals(List.of("m"), ids(m));
        assertEquals(set("b1", "c1"), m.steps().get(0).rowsBefore());
        assertEquals(set("m"), m.rowsAfter());
        rows = m.rowsAfter();

        Planner.Plan unmerge = p.downgrade(rows, "-1");
        assertEquals(List.of("m"), ids(unmerge));
        assertEquals(Planner.Direction.DOWNGRADE, unmerge.steps().get(0).direction());
        assertEquals(set("b1", "c1"), unmerge.rowsAfter());
        rows = unmerge.rowsAfter();

        Planner.Plan dropFeature = p.downgrade(rows, "feature@base");
        assertEquals(List.of("b1"), ids(dropFeature));
        assertEquals(set("c1"), dropFeature.rowsAfter());
        rows = dropFeature.rowsAfter();

        Planner.Plan back = p.downgrade(rows, "a");
        assertEquals(List.of("c1"), ids(back));
        assertEquals(set("a"), back.rowsAfter());
    }

    @Test
    void mergeDowngradedToOneParentKeepsTheOtherParent() {
        Planner p = new Planner(merged());
        Planner.Plan plan = p.downgrade(set("m"), "c1");
        assertEquals(List.of("m"), ids(plan));
        assertEquals(set("b1", "c1"), plan.rowsAfter());
        Planner.Plan toA = p.downgrade(set("m"), "a");
        assertEquals(List.of("m", "c1", "b1"), ids(toA));
        assertEquals(set("b1", "c1"), toA.steps().get(0).rowsAfter());
        assertEquals(set("b1"), toA.steps().get(1).rowsAfter());
        assertEquals(set("a"), toA.steps().get(2).rowsAfter());
    }

    @Test
    void resolveRowsForOfflinePlanning() {
        Planner p = new Planner(Fixtures.forked());
        assertEquals(set(), p.resolveRows("base"));
        assertEquals(set("b1"), p.resolveRows("feature"));
        assertEquals(set("b2", "c2"), p.resolveRows("heads"));
        assertEquals(set("c2"), p.resolveRows("other@head"));
        assertEquals(set("a"), p.resolveRows("feature@base"));
        assertEquals(set("b2"), p.resolveRows("b2"));
        Planner d = new Planner(Fixtures.dependent());
        assertEquals(set("c"), d.resolveRows("c"));
    }
}
