package dev.godwit.internal.graph;

import static dev.godwit.internal.graph.Fixtures.dependent;
import static dev.godwit.internal.graph.Fixtures.depending;
import static dev.godwit.internal.graph.Fixtures.fails;
import static dev.godwit.internal.graph.Fixtures.forked;
import static dev.godwit.internal.graph.Fixtures.graph;
import static dev.godwit.internal.graph.Fixtures.ids;
import static dev.godwit.internal.graph.Fixtures.labelled;
import static dev.godwit.internal.graph.Fixtures.linear;
import static dev.godwit.internal.graph.Fixtures.merged;
import static dev.godwit.internal.graph.Fixtures.rev;
import static dev.godwit.internal.graph.Fixtures.set;
import static dev.godwit.internal.graph.Fixtures.twoRoots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {

    @Test
    void linearChain() {
        RevisionGraph g = linear();
        assertEquals(List.of("a", "b", "c", "d"), ids(g.revisions()));
        assertEquals(List.of("d"), g.heads());
        assertEquals(List.of("a"), g.bases());
        assertEquals(List.of("b"), g.children("a"));
        assertTrue(g.isHead("d"));
        assertTrue(g.isBase("a"));
        assertFalse(g.isBranchPoint("a"));
        assertFalse(g.isMergePoint("b"));
        assertEquals(Set.of("a", "b"), g.ancestors("c"));
        assertEquals(Set.of("c", "d"), g.descendants("b"));
        assertEquals(4, g.size());
        assertTrue(g.contains("c"));
        assertFalse(g.contains("e"));
    }

    @Test
    void orderDoesNotDependOnInputOrder() {
        RevisionGraph shuffled = graph(rev("c2", "c1"), rev("b2", "b1"), labelled("c1", "other", "a"), rev("a"),
                labelled("b1", "feature", "a"));
        assertEquals(ids(forked().revisions()), ids(shuffled.revisions()));
        assertEquals(List.of("a", "b1", "b2", "c1", "c2"), ids(shuffled.revisions()));
    }

    @Test
    void branchPoint() {
        RevisionGraph g = forked();
        assertEquals(List.of("b2", "c2"), g.heads());
        assertTrue(g.isBranchPoint("a"));
        assertEquals(List.of("b1", "c1"), g.children("a"));
        assertEquals(Set.of("b1", "b2", "c1", "c2"), g.descendants("a"));
        assertEquals(Optional.of("b1"), g.labelOwner("feature"));
        assertEquals(Optional.empty(), g.labelOwner("nope"));
        assertEquals(Set.of("feature", "other"), g.branchLabels());
    }

    @Test
    void mergePoint() {
        RevisionGraph g = merged();
        assertEquals(List.of("m"), g.heads());
        assertTrue(g.isMergePoint("m"));
        assertEquals(Set.of("a", "b1", "c1"), g.ancestors("m"));
        assertEquals(Set.of("feature", "other"), g.branchLabelsOf("m"));
        assertEquals(Set.of("feature"), g.branchLabelsOf("b1"));
        assertEquals(Set.of(), g.branchLabelsOf("a"));
    }

    @Test
    void branchLabelsAreInheritedFromTheNearestLabelledAncestor() {
        RevisionGraph g = graph(labelled("a", "main"), rev("b", "a"), labelled("c", "feature", "b"), rev("d", "c"));
        assertEquals(Set.of("main"), g.branchLabelsOf("b"));
        assertEquals(Set.of("feature"), g.branchLabelsOf("d"));
    }

    @Test
    void independentBases() {
        RevisionGraph g = twoRoots();
        assertEquals(List.of("x1", "y1"), g.bases());
        assertEquals(List.of("x2", "y2"), g.heads());
        assertEquals(Set.of("app"), g.branchLabelsOf("x2"));
        assertEquals(Set.of("audit"), g.branchLabelsOf("y2"));
    }

    @Test
    void dependsOnIsResolvedAndCountsForAncestry() {
        RevisionGraph g = dependent();
        assertEquals(List.of("z2"), g.resolveDependsOn("c"));
        assertEquals(List.of("z1"), g.resolveDependsOn("d"));
        assertEquals(List.of("c"), g.dependents("z2"));
        assertEquals(List.of("d"), g.dependents("z1"));
        assertEquals(Set.of("a", "b", "z1", "z2"), g.ancestors("c"));
        assertEquals(Set.of("z2", "c", "d"), g.descendants("z1"));
        // dependencies come before their dependents in the order
        List<String> order = ids(g.revisions());
        assertTrue(order.indexOf("z2") < order.indexOf("c"));
        assertTrue(order.indexOf("z1") < order.indexOf("d"));
        // depends-on does not make a branch point or a head
        assertEquals(List.of("z2", "d"), g.heads());
        assertFalse(g.isBranchPoint("z1"));
    }

    @Test
    void appliedIsTheClosureAndRowsAreItsHeads() {
        RevisionGraph g = forked();
        assertEquals(set("a", "b1", "b2", "c1"), g.applied(List.of("b2", "c1")));
        assertEquals(List.of("a", "b1", "b2", "c1"), List.copyOf(g.applied(List.of("c1", "b2"))));
        assertEquals(set("b2", "c1"), g.rowsFor(set("a", "b1", "b2", "c1")));
        assertEquals(set(), g.applied(List.of()));
        assertEquals(set("a"), g.rowsFor(set("a")));
        // redundant rows are normalised away
        assertEquals(set("b2"), g.rowsFor(g.applied(List.of("a", "b2"))));
    }

    @Test
    void aDependencyIsNoRowOnceARevisionDependsOnIt() {
        RevisionGraph g = dependent();
        Set<String> applied = g.applied(List.of("c"));
        assertEquals(Set.of("a", "b", "z1", "z2", "c"), applied);
        assertEquals(Set.of("c"), g.rowsFor(applied));
        assertEquals(Set.of("b", "z2"), g.rowsFor(g.applied(List.of("b", "z2"))));
        assertEquals(Set.of("d"), g.rowsAtHeads());
    }

    @Test
    void unknownRowsAreAllNamed() {
        RevisionGraph g = forked();
        GodwitException e = fails(() -> g.applied(List.of("b1", "gone", "lost")));
        assertEquals("The database is at revisions 'gone', 'lost', which no revision file has", e.getMessage());
        assertTrue(e.hint().contains("b2, c2"), e.hint());
        assertTrue(e.hint().contains("restore them"), e.hint());
        // the CLI words the way out from the code and details (CliAdviceTest)
        assertEquals(ErrorCode.BOOKKEEPING_MISMATCH, e.code());
        assertEquals(java.util.Map.of("revisions", "gone,lost", "heads", "b2,c2"), e.details());
        assertTrue(e.hint().contains("purge the version table"), e.hint());
        GodwitException one = fails(() -> g.applied(List.of("gone")));
        assertEquals("The database is at revision 'gone', which no revision file has", one.getMessage());
    }

    @Test
    void getUnknownRevision() {
        GodwitException e = fails(() -> linear().get("zz"));
        assertEquals("Can't find revision 'zz'", e.getMessage());
        // the CLI words the way out from the code and details (CliAdviceTest)
        assertEquals(ErrorCode.UNKNOWN_REVISION, e.code());
        assertEquals(java.util.Map.of("revision", "zz"), e.details());
    }

    @Test
    void resultsCannotBeModified() {
        RevisionGraph g = linear();
        assertThrows(UnsupportedOperationException.class, () -> g.revisions().clear());
        assertThrows(UnsupportedOperationException.class, () -> g.heads().clear());
        assertThrows(UnsupportedOperationException.class, () -> g.applied(List.of("b")).clear());
    }

    @Test
    void emptyGraph() {
        RevisionGraph g = graph();
        assertEquals(List.of(), g.heads());
        assertEquals(List.of(), g.revisions());
    }

    // ---- validation ----

    @Test
    void duplicateIdNamesBothFiles() {
        GodwitException e = fails(() -> RevisionGraph.of(List.of(rev("a"),
                new Revision("a", List.of(), List.of(), List.of(), "again", "other/a.sql"))));
        assertEquals("Duplicate revision id 'a': defined in a.sql and in other/a.sql", e.getMessage());
        assertTrue(e.hint() != null && !e.hint().isBlank());
    }

    @Test
    void missingDownRevision() {
        GodwitException e = fails(() -> graph(rev("a"), rev("b", "nope")));
        assertEquals("Revision b (b.sql) revises 'nope', which no revision file has", e.getMessage());
    }

    @Test
    void downRevisionMustBeAnIdNotALabel() {
        GodwitException e = fails(() -> graph(labelled("a", "main"), rev("b", "main")));
        assertEquals("Revision b (b.sql) revises 'main', which is a branch label, not a revision id", e.getMessage());
        assertTrue(e.hint().contains("'a'"));
    }

    @Test
    void missingDependency() {
        GodwitException e = fails(() -> graph(rev("a"), depending("b", List.of("ghost"), "a")));
        assertEquals("Revision b (b.sql) depends on 'ghost', which is neither a revision id nor a branch label",
                e.getMessage());
        assertTrue(e.hint().contains("b.sql"));
    }

    @Test
    void labelUsedTwice() {
        GodwitException e = fails(() -> graph(labelled("a", "x"), labelled("b", "x", "a")));
        assertEquals("Branch label 'x' is declared twice: by a (a.sql) and by b (b.sql)", e.getMessage());
    }

    @Test
    void labelEqualToARevisionId() {
        GodwitException e = fails(() -> graph(rev("a"), labelled("b", "a", "a")));
        assertEquals("Branch label 'a' of revision b (b.sql) is also the id of revision a (a.sql)", e.getMessage());
    }

    @Test
    void revisionRevisingItself() {
        GodwitException e = fails(() -> graph(rev("a", "a")));
        assertEquals("Revision a (a.sql) lists itself in revises", e.getMessage());
    }

    @Test
    void revisionDependingOnItselfOrItsOwnLabel() {
        GodwitException e = fails(() -> graph(rev("a"), depending("b", List.of("b"), "a")));
        assertEquals("Revision b (b.sql) lists itself in depends-on", e.getMessage());
        Revision own = new Revision("b", List.of("a"), List.of("mine"), List.of("mine"), "", "b.sql");
        GodwitException viaLabel = fails(() -> graph(rev("a"), own));
        assertEquals("Revision b (b.sql) lists itself in depends-on", viaLabel.getMessage());
    }

    @Test
    void duplicateDownRevision() {
        GodwitException e = fails(() -> graph(rev("a"), rev("b", "a", "a")));
        assertEquals("Revision b (b.sql) lists 'a' twice in revises", e.getMessage());
    }

    @Test
    void cycleThroughRevises() {
        GodwitException e = fails(() -> graph(rev("a", "c"), rev("b", "a"), rev("c", "b")));
        assertEquals("The revisions form a cycle: a (a.sql) revises c (c.sql), which revises b (b.sql), "
                + "which revises a (a.sql)", e.getMessage());
    }

    @Test
    void cycleThroughDependsOnBelowAHead() {
        // h is a head above the cycle; the cycle mixes revises and depends-on
        GodwitException e = fails(() -> graph(rev("base0"), depending("p", List.of("q"), "base0"), rev("q", "p"),
                rev("h", "q")));
        assertEquals("The revisions form a cycle: q (q.sql) revises p (p.sql), which depends on q (q.sql)",
                e.getMessage());
        assertFalse(e.getMessage().contains("h (h.sql)"), e.getMessage());
    }

    @Test
    void reservedNamesAreRejected() {
        GodwitException id = fails(() -> graph(rev("head")));
        assertEquals("Revision id 'head' in head.sql is a reserved word", id.getMessage());
        GodwitException at = fails(() -> graph(rev("a@b")));
        assertEquals("Revision id 'a@b' in a@b.sql contains '@'", at.getMessage());
        GodwitException label = fails(() -> graph(labelled("a", "heads")));
        assertEquals("Branch label 'heads' in a.sql is a reserved word", label.getMessage());
        GodwitException sign = fails(() -> graph(rev("-a")));
        assertEquals("Revision id '-a' in -a.sql starts with '-'", sign.getMessage());
    }

    @Test
    void missingIdOrEmptyEntry() {
        GodwitException noId = fails(() -> new Revision(" ", List.of(), List.of(), List.of(), "", "x.sql"));
        assertEquals("A revision has no id in x.sql", noId.getMessage());
        GodwitException empty = fails(() -> new Revision("a", List.of(""), List.of(), List.of(), "", "a.sql"));
        assertEquals("Revision 'a' (a.sql) has an empty entry in its revises", empty.getMessage());
    }

    @Test
    void revisionDefaults() {
        Revision r = new Revision("a", null, null, null, null, null);
        assertEquals(List.of(), r.revises());
        assertEquals("", r.message());
        assertTrue(r.isBase());
        assertEquals(List.of("a", "b"), Revision.of("m", "a", "b").revises());
        assertTrue(Revision.of("m", "a", "b").isMergePoint());
        GodwitException e = fails(() -> graph(Revision.of("a"), Revision.of("a")));
        assertEquals("Duplicate revision id 'a': defined in an unnamed source and in an unnamed source", e.getMessage());
    }

    @Test
    void revisionListsAreCopied() {
        List<String> parents = new java.util.ArrayList<>(List.of("a"));
        Revision r = new Revision("b", parents, List.of(), List.of(), "", null);
        parents.add("zzz");
        assertEquals(List.of("a"), r.revises());
        assertThrows(UnsupportedOperationException.class, () -> r.revises().add("x"));
    }

    @Test
    void mergeOfMixedDepthBranchesStaysTopological() {
        RevisionGraph g = graph(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "a"), rev("m", "c", "d"),
                depending("e", List.of("d"), "m"));
        List<String> order = ids(g.revisions());
        assertEquals(List.of("a", "b", "c", "d", "m", "e"), order);
    }
}
