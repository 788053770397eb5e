package dev.godwit.internal.diff;

import static dev.godwit.internal.diff.Fixtures.view;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.schema.View;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ViewDependenciesTest {

    private static final View NAMES = view("names", "SELECT name FROM users");
    private static final View NAME_COUNT = view("name_count", "SELECT count(*) FROM names");
    private static final View TOP = view("a_top", "SELECT * FROM name_count, names");
    private static final View TICKETS = view("ticket_ids", "SELECT id FROM tickets");

    @Test
    void affectedIsTransitive() {
        List<View> all = List.of(NAMES, NAME_COUNT, TOP, TICKETS);
        assertEquals(Set.of("names", "name_count", "a_top"), ViewDependencies.affected(all, Set.of("users")));
        assertEquals(Set.of("ticket_ids"), ViewDependencies.affected(all, Set.of("tickets")));
        assertEquals(Set.of("name_count", "a_top"), ViewDependencies.affected(all, Set.of("names")));
        assertEquals(Set.of(), ViewDependencies.affected(all, Set.of("teams")));
    }

    @Test
    void aViewIsNotAffectedByItsOwnName() {
        View selfNamed = view("users", "SELECT * FROM people WHERE kind = 'users'");
        assertEquals(Set.of(), ViewDependencies.affected(List.of(selfNamed), Set.of("users")));
    }

    @Test
    void creationReadsFirstAndDropsReadersFirst() {
        List<View> shuffled = List.of(TOP, TICKETS, NAMES, NAME_COUNT);
        assertEquals(List.of(NAMES, NAME_COUNT, TOP, TICKETS), ViewDependencies.readFirst(shuffled));
        assertEquals(List.of(TOP, NAME_COUNT, NAMES, TICKETS), ViewDependencies.readersFirst(shuffled));
    }

    @Test
    void aFalseCircleStillOrdersEveryView() {
        View a = view("a", "SELECT b FROM t");
        View b = view("b", "SELECT a FROM t");
        assertEquals(List.of(a, b), ViewDependencies.readFirst(List.of(b, a)));
        assertEquals(List.of(a, b), ViewDependencies.readersFirst(List.of(b, a)));
    }
}
