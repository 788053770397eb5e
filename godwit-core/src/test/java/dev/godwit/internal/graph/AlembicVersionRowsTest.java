package dev.godwit.internal.graph;

import static dev.godwit.internal.graph.Fixtures.depending;
import static dev.godwit.internal.graph.Fixtures.graph;
import static dev.godwit.internal.graph.Fixtures.rev;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The version rows after each step on graphs with {@code depends_on}, as Alembic 1.8.1 leaves them
 * (each expectation was run with Alembic on SQLite: `alembic upgrade/downgrade/stamp TARGET`, then
 * `SELECT version_num FROM alembic_version`). Where Alembic leaves a redundant row (one that another
 * row already implies) Godwit writes only the needed rows; those steps say so.
 */
class AlembicVersionRowsTest {

    /** Runs the steps ("upgrade X", "downgrade X", "stamp X") from base; returns the rows after each. */
    private static List<String> run(RevisionGraph g, String... steps) {
        Planner p = new Planner(g);
        Set<String> rows = Set.of();
        List<String> out = new ArrayList<>();
        for (String step : steps) {
            String[] parts = step.split(" ", 2);
            switch (parts[0]) {
                case "upgrade":
                    rows = p.upgrade(rows, parts[1]).rowsAfter();
                    break;
                case "downgrade":
                    rows = p.downgrade(rows, parts[1]).rowsAfter();
                    break;
                default:
                    rows = p.stamp(rows, parts[1], false);
                    break;
            }
            out.add(step + " -> " + String.join(",", new java.util.TreeSet<>(rows)));
        }
        return out;
    }

    /** a1 - a2; b1 - b2, b2 depends on a2. */
    private static RevisionGraph g1() {
        return graph(rev("a1"), rev("a2", "a1"), rev("b1"), depending("b2", List.of("a2"), "b1"));
    }

    /** a1 - a2 - a3; b1 - b2, b1 depends on a2. */
    private static RevisionGraph g2() {
        return graph(rev("a1"), rev("a2", "a1"), rev("a3", "a2"), depending("b1", List.of("a2")), rev("b2", "b1"));
    }

    /** a1 - a2; b1 - b2 - b3, b2 depends on a1, b3 on a2. */
    private static RevisionGraph g4() {
        return graph(rev("a1"), rev("a2", "a1"), rev("b1"), depending("b2", List.of("a1"), "b1"),
                depending("b3", List.of("a2"), "b2"));
    }

    @Test
    void upgradingADependentKeepsOnlyTheDependentRow() {
        assertEquals(List.of("upgrade b2 -> b2", "downgrade a1 -> a1,b1", "upgrade heads -> b2",
                "downgrade b1 -> a2,b1", "downgrade base -> ", "upgrade a2 -> a2", "upgrade b1 -> a2,b1",
                "upgrade b2 -> b2", "stamp heads -> b2"),
                run(g1(), "upgrade b2", "downgrade a1", "upgrade heads", "downgrade b1", "downgrade base",
                        "upgrade a2", "upgrade b1", "upgrade b2", "stamp heads"));
    }

    @Test
    void downgradingToADependencyLeavesTheDependentBranchAlone() {
        assertEquals(List.of("upgrade heads -> a3,b2", "downgrade a2 -> b2", "upgrade heads -> a3,b2",
                "downgrade a1 -> a1", "upgrade heads -> a3,b2", "downgrade b1 -> a3,b1", "upgrade heads -> a3,b2",
                "downgrade base -> "),
                run(g2(), "upgrade heads", "downgrade a2", "upgrade heads", "downgrade a1", "upgrade heads",
                        "downgrade b1", "upgrade heads", "downgrade base"));
        assertEquals(List.of("upgrade b2 -> b2", "upgrade a3 -> a3,b2", "downgrade a2 -> b2", "downgrade -1 -> b1"),
                run(g2(), "upgrade b2", "upgrade a3", "downgrade a2", "downgrade -1"));
    }

    @Test
    void aDependencyOfAnEarlierRevisionStaysWithIt() {
        assertEquals(List.of("upgrade b2 -> b2", "upgrade b3 -> b3", "downgrade a1 -> b2", "upgrade heads -> b3",
                "downgrade b2 -> a2,b2", "downgrade b1 -> a2,b1", "downgrade a1 -> a1,b1", "upgrade a2 -> a2,b1",
                "upgrade b2 -> a2,b2"),
                run(g4(), "upgrade b2", "upgrade b3", "downgrade a1", "upgrade heads", "downgrade b2",
                        "downgrade b1", "downgrade a1", "upgrade a2", "upgrade b2"));
    }

    @Test
    void dependingOnALabelAndOnARevision() {
        // main a - b - c (depends on z2) - d (depends on lib = z1); lib z1 - z2
        assertEquals(List.of("upgrade c -> c", "upgrade heads -> d", "downgrade z1 -> b,z1", "upgrade heads -> d",
                "downgrade base -> ", "upgrade b -> b", "upgrade d -> d"),
                run(Fixtures.dependent(), "upgrade c", "upgrade heads", "downgrade z1", "upgrade heads",
                        "downgrade base", "upgrade b", "upgrade d"));
        // Alembic leaves z1 beside z2 (and c beside z1) here; z2 and c imply them, so Godwit omits them
        assertEquals(List.of("upgrade heads -> d", "downgrade b -> b,z2", "upgrade d -> d", "downgrade c -> c"),
                run(Fixtures.dependent(), "upgrade heads", "downgrade b", "upgrade d", "downgrade c"));
    }

    @Test
    void downgradeToADependencyWithNothingAboveItChangesNothing() {
        // Alembic refuses ("not a valid downgrade target"); nothing revises a2, so nothing is to undo
        Planner p = new Planner(g1());
        Planner.Plan plan = p.downgrade(List.of("b2"), "a2");
        assertEquals(true, plan.isEmpty());
        assertEquals(Set.of("b2"), plan.rowsAfter());
    }
}
