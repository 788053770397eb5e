package dev.godwit.internal.graph;

import static dev.godwit.internal.graph.Fixtures.dependent;
import static dev.godwit.internal.graph.Fixtures.fails;
import static dev.godwit.internal.graph.Fixtures.forked;
import static dev.godwit.internal.graph.Fixtures.ids;
import static dev.godwit.internal.graph.Fixtures.linear;
import static dev.godwit.internal.graph.Fixtures.merged;
import static dev.godwit.internal.graph.Fixtures.set;
import static dev.godwit.internal.graph.Fixtures.twoRoots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlannerDowngradeTest {

    @Test
    void linearToARevisionAndToBase() {
        Planner p = new Planner(linear());
        Planner.Plan plan = p.downgrade(List.of("d"), "b");
        assertEquals(Planner.Direction.DOWNGRADE, plan.direction());
        assertEquals(List.of("d", "c"), ids(plan));
        assertEquals(set("d"), plan.steps().get(0).rowsBefore());
        assertEquals(set("c"), plan.steps().get(0).rowsAfter());
        assertEquals(set("b"), plan.rowsAfter());
        Planner.Plan all = p.downgrade(List.of("d"), "base");
        assertEquals(List.of("d", "c", "b", "a"), ids(all));
        assertEquals(set(), all.rowsAfter());
    }

    @Test
    void relative() {
        Planner p = new Planner(linear());
        assertEquals(List.of("d"), ids(p.downgrade(List.of("d"), "-1")));
        assertEquals(List.of("d", "c", "b", "a"), ids(p.downgrade(List.of("d"), "-4")));
        assertEquals(List.of("d", "c"), ids(p.downgrade(List.of("d"), "d-2")));
        GodwitException far = fails(() -> p.downgrade(List.of("d"), "-5"));
        assertEquals("Relative revision -5 didn't produce 5 migrations", far.getMessage());
    }

    @Test
    void forwardTargetsAreErrors() {
        Planner p = new Planner(linear());
        GodwitException plus = fails(() -> p.downgrade(List.of("b"), "+1"));
        assertEquals("Relative revision +1 goes forward; downgrade only moves back", plus.getMessage());
        // the CLI words the way out from the code and details (CliAdviceTest)
        assertEquals(java.util.Map.of("target", "+1", "operation", "upgrade", "relative", "true"), plus.details());
        GodwitException ahead = fails(() -> p.downgrade(List.of("b"), "d"));
        assertEquals("Revision d is ahead of the current revision (current: b); downgrade only moves back",
                ahead.getMessage());
        assertEquals(ErrorCode.WRONG_DIRECTION, ahead.code());
        assertEquals(java.util.Map.of("target", "d", "operation", "upgrade", "relative", "false"), ahead.details());
        GodwitException fromNothing = fails(() -> p.downgrade(List.of(), "a"));
        assertEquals("Revision a is ahead of the current revision (current: base); downgrade only moves back",
                fromNothing.getMessage());
    }

    @Test
    void targetOnAnotherBranchIsNotApplied() {
        GodwitException e = fails(() -> new Planner(forked()).downgrade(List.of("b2"), "c1"));
        assertEquals("Revision c1 is not applied; nothing to downgrade to (current: b2)", e.getMessage());
        assertTrue(e.hint().contains("`base`"));
    }

    @Test
    void toABranchPointRemovesEveryBranch() {
        Planner.Plan plan = new Planner(forked()).downgrade(List.of("b2", "c2"), "a");
        assertEquals(List.of("c2", "c1", "b2", "b1"), ids(plan));
        assertEquals(set("a"), plan.rowsAfter());
    }

    @Test
    void oneBranchOnly() {
        Planner p = new Planner(forked());
        Planner.Plan minus = p.downgrade(List.of("b2", "c2"), "feature@-1");
        assertEquals(List.of("b2"), ids(minus));
        assertEquals(set("b1", "c2"), minus.rowsAfter());
        Planner.Plan two = p.downgrade(List.of("b2", "c2"), "feature@-2");
        assertEquals(List.of("b2", "b1"), ids(two));
        assertEquals(set("c2"), two.rowsAfter());
        Planner.Plan base = p.downgrade(List.of("b2", "c2"), "feature@base");
        assertEquals(List.of("b2", "b1"), ids(base));
        assertEquals(set("c2"), base.rowsAfter());
        Planner.Plan toRevision = p.downgrade(List.of("b2", "c2"), "b1");
        assertEquals(List.of("b2"), ids(toRevision));
        GodwitException several = fails(() -> p.downgrade(List.of("b2", "c2"), "-1"));
        assertTrue(several.getMessage().startsWith("Multiple current heads are present: b2, c2"));
    }

    @Test
    void mergePoint() {
        Planner p = new Planner(merged());
        Planner.Plan plan = p.downgrade(List.of("m"), "-1");
        assertEquals(List.of("m"), ids(plan));
        assertEquals(set("b1", "c1"), plan.rowsAfter());
        GodwitException e = fails(() -> p.downgrade(List.of("m"), "-2"));
        assertTrue(e.getMessage().contains("merge point of b1 (add b1), c1 (add c1)"), e.getMessage());
        Planner.Plan toB1 = p.downgrade(List.of("m"), "b1");
        assertEquals(List.of("m"), ids(toB1));
        assertEquals(set("b1", "c1"), toB1.rowsAfter());
        Planner.Plan feature = p.downgrade(List.of("m"), "feature@base");
        assertEquals(List.of("m", "b1"), ids(feature));
        assertEquals(set("c1"), feature.rowsAfter());
    }

    @Test
    void downgradingADependencyRemovesItsDependents() {
        Planner p = new Planner(dependent());
        List<String> all = List.of("d", "z2");
        Planner.Plan plan = p.downgrade(all, "z1");
        assertEquals(List.of("d", "c", "z2"), ids(plan));
        assertEquals(set("b", "z1"), plan.rowsAfter());
        Planner.Plan lib = p.downgrade(all, "lib@base");
        assertEquals(List.of("d", "c", "z2", "z1"), ids(lib));
        assertEquals(set("b"), lib.rowsAfter());
        Planner.Plan main = p.downgrade(all, "b");
        assertEquals(List.of("d", "c"), ids(main));
        assertEquals(set("b", "z2"), main.rowsAfter());
    }

    @Test
    void independentRoots() {
        Planner p = new Planner(twoRoots());
        Planner.Plan app = p.downgrade(List.of("x2", "y2"), "app@base");
        assertEquals(List.of("x2", "x1"), ids(app));
        assertEquals(set("y2"), app.rowsAfter());
        Planner.Plan everything = p.downgrade(List.of("x2", "y2"), "base");
        assertEquals(List.of("y2", "y1", "x2", "x1"), ids(everything));
        Planner.Plan minus = p.downgrade(List.of("x2", "y2"), "app@-2");
        assertEquals(List.of("x2", "x1"), ids(minus));
    }

    @Test
    void nothingToDo() {
        Planner p = new Planner(linear());
        assertTrue(p.downgrade(List.of("b"), "b").isEmpty());
        assertTrue(p.downgrade(List.of(), "base").isEmpty());
        assertTrue(p.downgrade(List.of("d"), "heads").isEmpty());
    }
}
