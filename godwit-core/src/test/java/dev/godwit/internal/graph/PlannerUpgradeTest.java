package dev.godwit.internal.graph;

import static dev.godwit.internal.graph.Fixtures.dependent;
import static dev.godwit.internal.graph.Fixtures.depending;
import static dev.godwit.internal.graph.Fixtures.fails;
import static dev.godwit.internal.graph.Fixtures.forked;
import static dev.godwit.internal.graph.Fixtures.graph;
import static dev.godwit.internal.graph.Fixtures.ids;
import static dev.godwit.internal.graph.Fixtures.linear;
import static dev.godwit.internal.graph.Fixtures.merged;
import static dev.godwit.internal.graph.Fixtures.rev;
import static dev.godwit.internal.graph.Fixtures.set;
import static dev.godwit.internal.graph.Fixtures.twoRoots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlannerUpgradeTest {

    private static final List<String> NONE = List.of();

    @Test
    void linearFromBaseToHead() {
        Planner.Plan plan = new Planner(linear()).upgrade(NONE, "head");
        assertEquals(Planner.Direction.UPGRADE, plan.direction());
        assertEquals(List.of("a", "b", "c", "d"), ids(plan));
        assertEquals(set(), plan.rowsBefore());
        assertEquals(set("d"), plan.rowsAfter());
        Planner.Step first = plan.steps().get(0);
        assertEquals(set(), first.rowsBefore());
        assertEquals(set("a"), first.rowsAfter());
        assertEquals(Planner.Direction.UPGRADE, first.direction());
        assertEquals(set("a"), plan.steps().get(1).rowsBefore());
        assertEquals(set("b"), plan.steps().get(1).rowsAfter());
    }

    @Test
    void partialAndRelative() {
        Planner p = new Planner(linear());
        assertEquals(List.of("c", "d"), ids(p.upgrade(List.of("b"), "head")));
        assertEquals(List.of("c"), ids(p.upgrade(List.of("b"), "+1")));
        assertEquals(List.of("a", "b"), ids(p.upgrade(NONE, "+2")));
        assertEquals(List.of("b", "c"), ids(p.upgrade(List.of("a"), "c")));
        assertEquals(List.of("b", "c"), ids(p.upgrade(List.of("a"), "a+2")));
    }

    @Test
    void alreadyAppliedIsAnEmptyPlan() {
        Planner p = new Planner(linear());
        Planner.Plan plan = p.upgrade(List.of("d"), "head");
        assertTrue(plan.isEmpty());
        assertEquals(set("d"), plan.rowsBefore());
        assertEquals(set("d"), plan.rowsAfter());
        assertTrue(p.upgrade(List.of("d"), "b").isEmpty());
        assertTrue(p.upgrade(List.of("d"), "base").isEmpty());
        assertTrue(p.upgrade(List.of("d"), "current").isEmpty());
    }

    @Test
    void goingBackwardsIsAnError() {
        GodwitException e = fails(() -> new Planner(linear()).upgrade(List.of("d"), "-1"));
        assertEquals("Relative revision -1 goes backwards; upgrade only moves forward", e.getMessage());
        // the CLI words the way out from the code and details (CliAdviceTest)
        assertEquals(ErrorCode.WRONG_DIRECTION, e.code());
        assertEquals(java.util.Map.of("target", "-1", "operation", "downgrade", "relative", "true"), e.details());
        GodwitException branch = fails(() -> new Planner(forked()).upgrade(List.of("b2"), "feature@-1"));
        assertEquals("feature@-1", branch.details().get("target"));
        assertEquals("downgrade", branch.details().get("operation"));
    }

    @Test
    void headWithSeveralHeads() {
        GodwitException e = fails(() -> new Planner(forked()).upgrade(NONE, "head"));
        // the CLI words the way out from the code and details (CliAdviceTest)
        assertEquals(ErrorCode.MULTIPLE_HEADS, e.code());
        assertEquals("b2,c2", e.details().get("heads"));
        assertEquals("upgrade", e.details().get("operation"));
    }

    @Test
    void headsAppliesEveryBranchOneAfterTheOther() {
        Planner.Plan plan = new Planner(forked()).upgrade(NONE, "heads");
        assertEquals(List.of("a", "b1", "b2", "c1", "c2"), ids(plan));
        assertEquals(set("b2", "c2"), plan.rowsAfter());
        assertEquals(set("b2", "c1"), plan.steps().get(3).rowsAfter());
    }

    @Test
    void oneBranch() {
        Planner p = new Planner(forked());
        assertEquals(List.of("a", "b1", "b2"), ids(p.upgrade(NONE, "feature@head")));
        assertEquals(List.of("c1"), ids(p.upgrade(List.of("b2"), "other@+1")));
        assertEquals(List.of("c1", "c2"), ids(p.upgrade(List.of("b2"), "other@head")));
        assertEquals(List.of("b1"), ids(p.upgrade(List.of("a"), "feature")));
        assertEquals(List.of("b2"), ids(p.upgrade(List.of("b1", "c1"), "feature@+1")));
        assertTrue(p.upgrade(List.of("b2"), "feature@base").isEmpty());
    }

    @Test
    void mergeAppliesBothParentsFirst() {
        Planner.Plan plan = new Planner(merged()).upgrade(NONE, "head");
        assertEquals(List.of("a", "b1", "c1", "m"), ids(plan));
        assertEquals(set("m"), plan.rowsAfter());
        Planner.Plan rest = new Planner(merged()).upgrade(List.of("c1"), "m");
        assertEquals(List.of("b1", "m"), ids(rest));
    }

    @Test
    void independentRoots() {
        Planner p = new Planner(twoRoots());
        Planner.Plan plan = p.upgrade(NONE, "heads");
        assertEquals(List.of("x1", "x2", "y1", "y2"), ids(plan));
        assertEquals(set("x2", "y2"), plan.rowsAfter());
        assertEquals(List.of("y1", "y2"), ids(p.upgrade(List.of("x2"), "audit@head")));
        fails(() -> p.upgrade(NONE, "head"));
    }

    @Test
    void applyingADependentAppliesItsDependencyFirst() {
        Planner p = new Planner(dependent());
        Planner.Plan plan = p.upgrade(NONE, "c");
        assertEquals(List.of("a", "b", "z1", "z2", "c"), ids(plan));
        // as in Alembic, the dependency is no row of its own once a revision depends on it
        assertEquals(set("c"), plan.rowsAfter());
        Planner.Plan heads = p.upgrade(NONE, "heads");
        assertEquals(List.of("z1", "z2", "a", "b", "c", "d"), ids(heads));
        assertEquals(set("d"), heads.rowsAfter());
        Planner.Plan later = p.upgrade(List.of("b"), "d");
        assertEquals(List.of("z1", "z2", "c", "d"), ids(later));
        // rows after each step: the dependency is a row until c depends on it (Alembic's rows)
        assertEquals(set("b", "z1"), later.steps().get(0).rowsAfter());
        assertEquals(set("b", "z2"), later.steps().get(1).rowsAfter());
        assertEquals(set("c"), later.steps().get(2).rowsAfter());
        assertEquals(set("d"), later.steps().get(3).rowsAfter());
    }

    @Test
    void orderFollowsTheListedParentsAndDependencies() {
        RevisionGraph g = graph(rev("p"), rev("q"), rev("r"), depending("t", List.of("r", "q"), "p"));
        assertEquals(List.of("p", "r", "q", "t"), ids(new Planner(g).upgrade(NONE, "t")));
        RevisionGraph m = graph(rev("a"), rev("b"), rev("m", "b", "a"));
        assertEquals(List.of("b", "a", "m"), ids(new Planner(m).upgrade(NONE, "m")));
    }

    @Test
    void redundantRowsAreCleanedByTheFirstStep() {
        Planner.Plan plan = new Planner(linear()).upgrade(List.of("a", "b"), "c");
        assertEquals(set("a", "b"), plan.rowsBefore());
        assertEquals(set("a", "b"), plan.steps().get(0).rowsBefore());
        assertEquals(set("c"), plan.steps().get(0).rowsAfter());
    }

    @Test
    void unknownRowsStopThePlan() {
        GodwitException e = fails(() -> new Planner(linear()).upgrade(List.of("gone"), "head"));
        assertEquals("The database is at revision 'gone', which no revision file has", e.getMessage());
        assertTrue(e.hint().contains("The revision files have head d."), e.hint());
    }

    @Test
    void stepRowsMatchRowsFor() {
        RevisionGraph g = dependent();
        Planner.Plan plan = new Planner(g).upgrade(NONE, "heads");
        java.util.Set<String> applied = new java.util.HashSet<>();
        for (Planner.Step step : plan.steps()) {
            applied.add(step.revision().id());
            assertEquals(g.rowsFor(g.sorted(applied)), step.rowsAfter());
        }
    }
}
