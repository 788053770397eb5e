package dev.godwit.internal.graph;

import static dev.godwit.internal.graph.Fixtures.fails;
import static dev.godwit.internal.graph.Fixtures.forked;
import static dev.godwit.internal.graph.Fixtures.graph;
import static dev.godwit.internal.graph.Fixtures.labelled;
import static dev.godwit.internal.graph.Fixtures.linear;
import static dev.godwit.internal.graph.Fixtures.merged;
import static dev.godwit.internal.graph.Fixtures.rev;
import static dev.godwit.internal.graph.Fixtures.twoRoots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetResolverTest {

    private static final List<String> NONE = List.of();

    private static Set<String> resolve(RevisionGraph g, String spec, List<String> rows) {
        return new TargetResolver(g).resolve(spec, rows, "upgrade").revisions();
    }

    private static Target target(RevisionGraph g, String spec, List<String> rows) {
        return new TargetResolver(g).resolve(spec, rows, "upgrade");
    }

    // ---- keywords ----

    @Test
    void headBaseHeads() {
        assertEquals(Set.of("d"), resolve(linear(), "head", NONE));
        assertEquals(Set.of(), resolve(linear(), "base", NONE));
        assertTrue(target(linear(), "base", NONE).isBase());
        assertEquals(List.of("b2", "c2"), List.copyOf(resolve(forked(), "heads", NONE)));
        assertEquals(Set.of(), resolve(graph(), "head", NONE));
        assertEquals(Set.of("d"), resolve(linear(), "  head ", NONE));
    }

    @Test
    void multipleHeadsNamesThemAndTheWayOut() {
        GodwitException e = fails(() -> new TargetResolver(forked()).resolve("head", NONE, "upgrade"));
        // the CLI words the way out from the code and details (CliAdviceTest)
        assertEquals(ErrorCode.MULTIPLE_HEADS, e.code());
        assertEquals("b2,c2", e.details().get("heads"));
        assertEquals("upgrade", e.details().get("operation"));
        assertEquals("b2 (add b2), c2 (add c2)", e.details().get("described"));
        assertTrue(e.hint().contains("b2 (add b2)"), e.hint());
        GodwitException stamp = fails(() -> new TargetResolver(forked()).resolve("head", NONE, "stamp"));
        assertEquals("stamp", stamp.details().get("operation"));
        GodwitException plain = fails(() -> new TargetResolver(forked()).resolve("head", NONE, null));
        assertTrue(plain.getMessage().contains("; use `heads`, a branch label"), plain.getMessage());
        assertEquals(e.getMessage(), GraphErrors.multipleHeads(forked(), "upgrade").getMessage());
    }

    @Test
    void current() {
        assertEquals(Set.of("b2", "c1"), resolve(forked(), "current", List.of("b2", "c1", "a")));
        assertEquals(Set.of(), resolve(forked(), "current", NONE));
    }

    @Test
    void emptyTarget() {
        GodwitException e = fails(() -> target(linear(), " ", NONE));
        assertEquals("No target revision given", e.getMessage());
        fails(() -> target(linear(), null, NONE));
    }

    // ---- ids, prefixes, labels ----

    @Test
    void fullIdAndPrefix() {
        RevisionGraph g = graph(rev("ab12"), rev("ab34", "ab12"), rev("cd56", "ab34"));
        assertEquals(Set.of("ab34"), resolve(g, "ab34", NONE));
        assertEquals(Set.of("cd56"), resolve(g, "c", NONE));
        assertEquals(Set.of("ab12"), resolve(g, "ab1", NONE));
    }

    @Test
    void ambiguousPrefixListsCandidatesWithMessages() {
        RevisionGraph g = graph(rev("ab12"), rev("ab34", "ab12"));
        GodwitException e = fails(() -> resolve(g, "ab", NONE));
        assertEquals("Revision prefix 'ab' is ambiguous; it matches ab12 (add ab12), ab34 (add ab34)", e.getMessage());
    }

    @Test
    void unknownRevision() {
        GodwitException e = fails(() -> resolve(linear(), "zz", NONE));
        assertEquals("Can't find revision 'zz'", e.getMessage());
        // the CLI words the way out from the code and details (CliAdviceTest)
        assertEquals(ErrorCode.UNKNOWN_REVISION, e.code());
        assertEquals(java.util.Map.of("revision", "zz"), e.details());
    }

    @Test
    void exactIdBeatsPrefix() {
        RevisionGraph g = graph(rev("ab"), rev("abc", "ab"));
        assertEquals(Set.of("ab"), resolve(g, "ab", NONE));
    }

    @Test
    void idsWithDashes() {
        RevisionGraph g = graph(rev("rel-10"), rev("rel-20", "rel-10"), rev("rel-30", "rel-20"));
        assertEquals(Set.of("rel-20"), resolve(g, "rel-20", NONE));
        assertEquals(Set.of("rel-10"), resolve(g, "rel-1", NONE)); // a prefix wins over "rel" minus 1
        assertEquals(Set.of("rel-30"), resolve(g, "rel-10+2", NONE));
        assertEquals(Set.of("rel-10"), resolve(g, "rel-30-2", NONE));
    }

    @Test
    void branchLabel() {
        assertEquals(Set.of("b1"), resolve(forked(), "feature", NONE));
        assertEquals(Set.of("c1"), resolve(forked(), "other", NONE));
    }

    @Test
    void labelAtHeadAndBase() {
        RevisionGraph g = forked();
        assertEquals(Set.of("b2"), resolve(g, "feature@head", NONE));
        assertEquals(Set.of("c2"), resolve(g, "other@head", NONE));
        assertEquals(Set.of("b2"), resolve(g, "b1@head", NONE)); // a revision works as the branch start too
        Target base = target(g, "feature@base", NONE);
        assertEquals(Set.of(), base.revisions());
        assertEquals("b1", base.removeFrom());
    }

    @Test
    void labelAtHeadWithSeveralHeads() {
        RevisionGraph g = graph(labelled("a", "main"), rev("b", "a"), rev("c", "a"));
        GodwitException e = fails(() -> resolve(g, "main@head", NONE));
        assertEquals("Branch 'main' has multiple heads: b, c", e.getMessage());
    }

    @Test
    void invalidBranchPosition() {
        GodwitException e = fails(() -> resolve(forked(), "feature@sideways", NONE));
        assertEquals("Invalid target 'feature@sideways'", e.getMessage());
        fails(() -> resolve(forked(), "@head", NONE));
        GodwitException unknown = fails(() -> resolve(forked(), "nolabel@head", NONE));
        assertEquals("Can't find revision 'nolabel'", unknown.getMessage());
    }

    // ---- relative to the current rows ----

    @Test
    void plusFromNothingCountsTheBaseAsStepOne() {
        assertEquals(Set.of("a"), resolve(linear(), "+1", NONE));
        assertEquals(Set.of("c"), resolve(linear(), "+3", NONE));
        assertEquals(3, target(linear(), "+3", NONE).relative());
    }

    @Test
    void plusFromCurrent() {
        assertEquals(Set.of("c"), resolve(linear(), "+1", List.of("b")));
        assertEquals(Set.of("d"), resolve(linear(), "+2", List.of("b")));
    }

    @Test
    void plusPastTheHead() {
        GodwitException e = fails(() -> resolve(linear(), "+3", List.of("b")));
        assertEquals("Relative revision +3 didn't produce 3 migrations", e.getMessage());
        GodwitException empty = fails(() -> resolve(graph(), "+1", NONE));
        assertEquals("Relative revision +1 didn't produce 1 migrations", empty.getMessage());
    }

    @Test
    void plusThroughABranchPoint() {
        GodwitException e = fails(() -> resolve(forked(), "+2", NONE));
        assertEquals("Relative revision +2 is ambiguous: revision a is a branch point with children "
                + "b1 (add b1), c1 (add c1)", e.getMessage());
        assertTrue(e.hint().contains("`feature@+2`"), e.hint());
        assertTrue(e.hint().contains("explicit revision"), e.hint());
        assertEquals(Set.of("a"), resolve(forked(), "+1", NONE));
    }

    @Test
    void plusWithSeveralBases() {
        GodwitException e = fails(() -> resolve(twoRoots(), "+1", NONE));
        assertEquals("Relative revision +1 is ambiguous: there are several bases: x1 (add x1), y1 (add y1)",
                e.getMessage());
        assertTrue(e.hint().contains("`app@+1`"), e.hint());
    }

    @Test
    void minus() {
        Target t = target(linear(), "-1", List.of("d"));
        assertEquals(Set.of("c"), t.revisions());
        assertEquals("d", t.removeFrom());
        assertEquals(-1, t.relative());
        assertEquals(Set.of("a"), resolve(linear(), "-3", List.of("d")));
    }

    @Test
    void minusExactlyPastTheBaseIsBase() {
        Target t = target(linear(), "-4", List.of("d"));
        assertEquals(Set.of(), t.revisions());
        assertEquals("a", t.removeFrom());
    }

    @Test
    void minusTooFar() {
        GodwitException e = fails(() -> resolve(linear(), "-5", List.of("d")));
        assertEquals("Relative revision -5 didn't produce 5 migrations", e.getMessage());
        GodwitException nothing = fails(() -> resolve(linear(), "-1", NONE));
        assertEquals("Relative revision -1 didn't produce 1 migrations", nothing.getMessage());
    }

    @Test
    void minusThroughAMergePoint() {
        GodwitException e = fails(() -> resolve(merged(), "-2", List.of("m")));
        assertEquals("Relative revision -2 is ambiguous: revision m is a merge point of b1 (add b1), c1 (add c1)",
                e.getMessage());
        assertTrue(e.hint().contains("b1, c1"));
    }

    @Test
    void minusWithSeveralCurrentHeads() {
        GodwitException e = fails(() -> resolve(forked(), "-1", List.of("b2", "c1")));
        assertEquals("Multiple current heads are present: b2, c1; relative revision -1 is ambiguous", e.getMessage());
        assertTrue(e.hint().contains("`feature@-1`"), e.hint());
        assertTrue(e.hint().contains("explicit revision"), e.hint());
        GodwitException plus = fails(() -> resolve(forked(), "+1", List.of("b1", "c1")));
        assertTrue(plus.getMessage().startsWith("Multiple current heads are present: b1, c1"));
    }

    @Test
    void zeroStepsIsAnError() {
        GodwitException e = fails(() -> resolve(linear(), "+0", NONE));
        assertEquals("Relative revision +0 moves zero steps", e.getMessage());
    }

    @Test
    void currentRelative() {
        Target t = target(linear(), "current-1", List.of("c"));
        assertEquals(Set.of("b"), t.revisions());
        assertEquals(-1, t.relative());
        assertEquals(Set.of("d"), resolve(linear(), "current+1", List.of("c")));
    }

    // ---- relative to a revision ----

    @Test
    void revisionRelative() {
        RevisionGraph g = linear();
        Target t = target(g, "b+2", NONE);
        assertEquals(Set.of("d"), t.revisions());
        assertEquals(0, t.relative());
        assertEquals(Set.of("a"), resolve(g, "c-2", NONE));
        assertEquals(Set.of(), resolve(g, "a-1", NONE));
        assertEquals(Set.of("c"), resolve(g, "head-1", NONE));
        assertEquals(Set.of("b"), resolve(g, "base+2", NONE));
        assertEquals(Set.of("b2"), resolve(forked(), "feature+1", NONE));
        assertEquals(Set.of("b1"), resolve(forked(), "feature@head-1", NONE));
        GodwitException far = fails(() -> resolve(g, "c+5", NONE));
        assertEquals("Relative revision c+5 didn't produce 5 migrations", far.getMessage());
        GodwitException unknown = fails(() -> resolve(g, "zz+1", NONE));
        assertEquals("Can't find revision 'zz'", unknown.getMessage());
    }

    @Test
    void prefixRelative() {
        RevisionGraph g = graph(rev("ab12"), rev("cd34", "ab12"), rev("ef56", "cd34"));
        assertEquals(Set.of("ef56"), resolve(g, "ab+2", NONE));
        assertEquals(Set.of("ab12"), resolve(g, "ef-2", NONE));
    }

    @Test
    void relativeFromSeveralRevisions() {
        GodwitException e = fails(() -> resolve(forked(), "heads-1", NONE));
        assertEquals("Relative revision heads-1 needs one starting revision, but 'heads' names several: b2, c2",
                e.getMessage());
    }

    // ---- relative on a branch ----

    @Test
    void labelPlusFromNothingStartsAtTheLabel() {
        RevisionGraph g = forked();
        assertEquals(Set.of("b1"), resolve(g, "feature@+1", NONE));
        assertEquals(Set.of("b2"), resolve(g, "feature@+2", NONE));
        assertEquals(Set.of("c1"), resolve(g, "other@+1", List.of("b2")));
        assertEquals(1, target(g, "other@+1", NONE).relative());
    }

    @Test
    void labelPlusFromTheBranchsCurrentRevision() {
        RevisionGraph g = forked();
        assertEquals(Set.of("b2"), resolve(g, "feature@+1", List.of("b1", "c1")));
        assertEquals(Set.of("c2"), resolve(g, "other@+1", List.of("b1", "c1")));
        GodwitException e = fails(() -> resolve(g, "feature@+2", List.of("b1", "c1")));
        assertEquals("Relative revision feature@+2 didn't produce 2 migrations", e.getMessage());
    }

    @Test
    void labelMinus() {
        RevisionGraph g = forked();
        Target t = target(g, "feature@-1", List.of("b2", "c2"));
        assertEquals(Set.of("b1"), t.revisions());
        assertEquals("b2", t.removeFrom());
        assertEquals(-1, t.relative());
        Target two = target(g, "feature@-2", List.of("b2", "c2"));
        assertEquals(Set.of("a"), two.revisions());
        assertEquals("b1", two.removeFrom());
        Target other = target(g, "other@-1", List.of("b2", "c2"));
        assertEquals(Set.of("c1"), other.revisions());
    }

    @Test
    void labelMinusWhenTheBranchIsNotApplied() {
        GodwitException e = fails(() -> resolve(forked(), "feature@-1", List.of("c2")));
        assertEquals("Relative revision feature@-1 didn't produce 1 migrations", e.getMessage());
        assertEquals("Branch 'feature' has no applied revisions", e.hint());
    }

    @Test
    void labelOnIndependentRoots() {
        RevisionGraph g = twoRoots();
        assertEquals(Set.of("x2"), resolve(g, "app@head", NONE));
        assertEquals(Set.of("y1"), resolve(g, "audit@+1", List.of("x2")));
        assertEquals(Set.of("x1"), resolve(g, "app@-1", List.of("x2", "y2")));
        Target past = target(g, "app@-2", List.of("x2", "y2"));
        assertEquals(Set.of(), past.revisions());
        assertEquals("x1", past.removeFrom());
    }

    @Test
    void labelWithSeveralCurrentRevisions() {
        RevisionGraph g = graph(labelled("a", "main"), rev("b", "a"), rev("c", "a"));
        GodwitException e = fails(() -> resolve(g, "main@-1", List.of("b", "c")));
        assertEquals("Branch 'main' has several current revisions: b, c; relative revision main@-1 is ambiguous",
                e.getMessage());
    }

    @Test
    void unknownRowsAreReportedForRelativeTargetsOnly() {
        GodwitException e = fails(() -> resolve(linear(), "-1", List.of("gone")));
        assertEquals("The database is at revision 'gone', which no revision file has", e.getMessage());
        assertEquals(Set.of("b"), resolve(linear(), "b", List.of("gone")));
    }

    @Test
    void resolveRevision() {
        TargetResolver r = new TargetResolver(forked());
        assertEquals("b1", r.resolveRevision("feature"));
        assertEquals("c2", r.resolveRevision("c2"));
        assertEquals("a", r.resolveRevision("a"));
        GodwitException e = fails(() -> r.resolveRevision("b"));
        assertTrue(e.getMessage().startsWith("Revision prefix 'b' is ambiguous"));
        assertNull(target(linear(), "d", NONE).removeFrom());
    }
}
