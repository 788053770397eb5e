package dev.godwit.internal.graph;

import static dev.godwit.internal.graph.Fixtures.dependent;
import static dev.godwit.internal.graph.Fixtures.fails;
import static dev.godwit.internal.graph.Fixtures.forked;
import static dev.godwit.internal.graph.Fixtures.ids;
import static dev.godwit.internal.graph.Fixtures.linear;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {

    private static List<String> history(RevisionGraph g, String range, List<String> rows) {
        return ids(new Planner(g).history(range, rows));
    }

    @Test
    void everythingNewestFirst() {
        assertEquals(List.of("d", "c", "b", "a"), history(linear(), null, List.of()));
        assertEquals(List.of("d", "c", "b", "a"), history(linear(), " ", List.of()));
        assertEquals(List.of("c2", "c1", "b2", "b1", "a"), history(forked(), "", List.of()));
    }

    @Test
    void closedAndOpenRanges() {
        RevisionGraph g = linear();
        assertEquals(List.of("c", "b"), history(g, "b:c", List.of()));
        assertEquals(List.of("d", "c", "b"), history(g, "b:", List.of()));
        assertEquals(List.of("b", "a"), history(g, ":b", List.of()));
        assertEquals(List.of("d", "c", "b", "a"), history(g, "base:head", List.of()));
        assertEquals(List.of("d", "c", "b", "a"), history(g, "base:heads", List.of()));
        assertEquals(List.of(), history(g, "c:b", List.of()));
        assertEquals(List.of(), history(g, ":base", List.of()));
    }

    @Test
    void currentAndRelative() {
        RevisionGraph g = linear();
        assertEquals(List.of("c", "b", "a"), history(g, ":current", List.of("c")));
        assertEquals(List.of("d", "c"), history(g, "current:", List.of("c")));
        assertEquals(List.of("c", "b"), history(g, "-1:current", List.of("c")));
        assertEquals(List.of("c", "b"), history(g, "current-1:current", List.of("c")));
        assertEquals(List.of("d", "c"), history(g, "current:+1", List.of("c")));
        assertEquals(List.of("c", "b", "a"), history(g, "-3:current", List.of("c")));
        assertEquals(List.of("b", "a"), history(g, ":c-1", List.of()));
    }

    @Test
    void branches() {
        RevisionGraph g = forked();
        assertEquals(List.of("b2", "b1"), history(g, "feature:feature@head", List.of()));
        assertEquals(List.of("b2", "b1"), history(g, "feature@base:feature@head", List.of()));
        assertEquals(List.of("b2", "b1", "a"), history(g, ":feature@head", List.of()));
        assertEquals(List.of("c2", "c1", "b2", "b1", "a"), history(g, "a:", List.of()));
        assertEquals(List.of("c1", "b2", "b1", "a"), history(g, ":current", List.of("b2", "c1")));
        assertEquals(List.of("c2", "c1"), history(g, "other:", List.of()));
        assertEquals(List.of("b1"), history(g, "b1:current", List.of("b1", "c1")));
        assertEquals(List.of("c1", "b1", "a"), history(g, "a:current", List.of("b1", "c1")));
    }

    @Test
    void dependenciesCountAsAncestry() {
        assertEquals(List.of("c", "z2", "z1", "b", "a"), history(dependent(), ":c", List.of()));
        assertEquals(List.of("d", "c", "z2"), history(dependent(), "z2:", List.of()));
    }

    @Test
    void errors() {
        GodwitException noColon = fails(() -> history(linear(), "b", List.of()));
        assertEquals("Invalid history range 'b'", noColon.getMessage());
        fails(() -> history(linear(), "a:b:c", List.of()));
        GodwitException heads = fails(() -> history(forked(), "a:head", List.of()));
        // the CLI words the way out from the code and details (CliAdviceTest)
        assertEquals(ErrorCode.MULTIPLE_HEADS, heads.code());
        assertEquals("b2,c2", heads.details().get("heads"));
        assertEquals(null, heads.details().get("operation"));
        GodwitException unknown = fails(() -> history(linear(), "zz:", List.of()));
        assertEquals("Can't find revision 'zz'", unknown.getMessage());
    }
}
