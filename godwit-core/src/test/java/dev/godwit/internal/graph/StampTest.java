package dev.godwit.internal.graph;

import static dev.godwit.internal.graph.Fixtures.dependent;
import static dev.godwit.internal.graph.Fixtures.fails;
import static dev.godwit.internal.graph.Fixtures.forked;
import static dev.godwit.internal.graph.Fixtures.linear;
import static dev.godwit.internal.graph.Fixtures.merged;
import static dev.godwit.internal.graph.Fixtures.set;
import static dev.godwit.internal.graph.Fixtures.twoRoots;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.util.List;
import org.junit.jupiter.api.Test;

class StampTest {

    @Test
    void baseAndHeads() {
        Planner p = new Planner(forked());
        assertEquals(set(), p.stamp(List.of("b2"), "base", false));
        assertEquals(set(), p.stamp(List.of("gone"), "base", true));
        assertEquals(set("b2", "c2"), p.stamp(List.of("b1"), "heads", false));
        assertEquals(set("b2", "c2"), p.stamp(List.of("gone"), "heads", true));
    }

    @Test
    void linearStampReplacesTheRow() {
        Planner p = new Planner(linear());
        assertEquals(set("b"), p.stamp(List.of("d"), "b", false));
        assertEquals(set("d"), p.stamp(List.of("b"), "head", false));
        assertEquals(set("c"), p.stamp(List.of(), "c", false));
        assertEquals(set("c"), p.stamp(List.of("d"), "-1", false));
        assertEquals(set("c"), p.stamp(List.of("b"), "+1", false));
    }

    @Test
    void withoutPurgeUnrelatedBranchesStay() {
        Planner p = new Planner(forked());
        assertEquals(set("b2", "c1"), p.stamp(List.of("b1", "c1"), "b2", false));
        assertEquals(set("b1", "c1"), p.stamp(List.of("b2", "c1"), "b1", false));
        assertEquals(set("a"), p.stamp(List.of("b2", "c1"), "a", false));
        assertEquals(set("b1", "c2"), p.stamp(List.of("b1"), "c2", false));
        assertEquals(set("b1", "c2"), p.stamp(List.of("b2", "c2"), "feature@-1", false));
        assertEquals(set("c2"), p.stamp(List.of("b2", "c2"), "feature@base", false));
    }

    @Test
    void withPurgeOnlyTheTargetRemains() {
        Planner p = new Planner(forked());
        assertEquals(set("b2"), p.stamp(List.of("b1", "c1"), "b2", true));
        assertEquals(set("a"), p.stamp(List.of("b2", "c2"), "a", true));
        assertEquals(set("c1"), p.stamp(List.of("gone", "lost"), "other", true));
    }

    @Test
    void unknownRowsNeedPurge() {
        GodwitException e = fails(() -> new Planner(forked()).stamp(List.of("gone"), "b2", false));
        assertEquals("The database is at revision 'gone', which no revision file has", e.getMessage());
        // the CLI words the way out from the code and details (CliAdviceTest)
        assertEquals(ErrorCode.BOOKKEEPING_MISMATCH, e.code());
        assertEquals(java.util.Map.of("revisions", "gone", "heads", "b2,c2"), e.details());
    }

    @Test
    void mergeAndUnmerge() {
        Planner p = new Planner(merged());
        assertEquals(set("m"), p.stamp(List.of("b1", "c1"), "m", false));
        assertEquals(set("b1", "c1"), p.stamp(List.of("m"), "-1", false));
        // c1 stays applied: it is not on b1's line
        assertEquals(set("b1", "c1"), p.stamp(List.of("m"), "b1", false));
        assertEquals(set("b1"), p.stamp(List.of("m"), "b1", true));
    }

    @Test
    void independentRootsAndDependencies() {
        assertEquals(set("x1", "y2"), new Planner(twoRoots()).stamp(List.of("x2", "y2"), "x1", false));
        Planner p = new Planner(dependent());
        assertEquals(set("c"), p.stamp(List.of(), "c", false));
        assertEquals(set("c"), p.stamp(List.of("b"), "c", true));
        // `heads`: the rows of every revision applied, as Alembic stamps them (z2 is implied by c)
        assertEquals(set("d"), p.stamp(List.of(), "heads", false));
        // stamping the dependency back drops what depends on it
        assertEquals(set("b", "z1"), p.stamp(List.of("d", "z2"), "z1", false));
    }

    @Test
    void headWithSeveralHeads() {
        GodwitException e = fails(() -> new Planner(forked()).stamp(List.of(), "head", false));
        // the CLI words the way out from the code and details (CliAdviceTest)
        assertEquals(ErrorCode.MULTIPLE_HEADS, e.code());
        assertEquals("b2,c2", e.details().get("heads"));
        assertEquals("stamp", e.details().get("operation"));
    }
}
