package dev.godwit.internal.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchingTest {

    @Test
    void pairsByKeyAndKeepsTheRestInOrder() {
        Matching<String> m = Matching.by(List.of("a1", "b1", "c1"), List.of("d2", "b2", "a2"), s -> s.charAt(0));
        assertEquals(List.of(new Matching.Pair<>("a1", "a2"), new Matching.Pair<>("b1", "b2")), m.pairs());
        assertEquals(List.of("c1"), m.onlyFrom());
        assertEquals(List.of("d2"), m.onlyTo());
    }

    @Test
    void duplicateKeysPairInOrderAndLeaveTheSurplus() {
        Matching<String> m = Matching.by(List.of("x1", "x2", "x3"), List.of("x4", "x5"), s -> s.charAt(0));
        assertEquals(List.of(new Matching.Pair<>("x1", "x4"), new Matching.Pair<>("x2", "x5")), m.pairs());
        assertEquals(List.of("x3"), m.onlyFrom());
        assertEquals(List.of(), m.onlyTo());
        Matching<String> back = Matching.by(List.of("x4", "x5"), List.of("x1", "x2", "x3"), s -> s.charAt(0));
        assertEquals(List.of("x3"), back.onlyTo());
    }
}
