package dev.godwit.internal.diff;

import static dev.godwit.internal.diff.Fixtures.col;
import static dev.godwit.internal.diff.Fixtures.fk;
import static dev.godwit.internal.diff.Fixtures.table;
import static dev.godwit.internal.diff.Fixtures.withFks;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.internal.diff.TableOrder.OwnedForeignKey;
import dev.godwit.schema.Table;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TableOrderTest {

    private static List<String> names(List<Table> tables) {
        return tables.stream().map(Table::name).toList();
    }

    @Test
    void chainAndOutsideReferences() {
        Table a = withFks(table("a", col("b_id", "integer"), col("x", "integer")), fk("b_id", "b"), fk("x", "outside"));
        Table b = withFks(table("b", col("c_id", "integer")), fk("c_id", "c"));
        Table c = withFks(table("c", col("c_id", "integer")), fk("c_id", "c"));
        TableOrder order = TableOrder.of(List.of(a, b, c));
        assertEquals(List.of("c", "b", "a"), names(order.referencedFirst()));
        assertEquals(List.of("a", "b", "c"), names(order.referencingFirst()));
        assertEquals(Set.of(), order.cyclic());
    }

    @Test
    void nameOrderAmongFreeTables() {
        Table z = withFks(table("z", col("m_id", "integer")), fk("m_id", "m"));
        TableOrder order = TableOrder.of(List.of(table("m"), z, table("b")));
        assertEquals(List.of("b", "m", "z"), names(order.referencedFirst()));
        assertEquals(List.of("b", "z", "m"), names(order.referencingFirst()),
                "z references m, so it goes before it; b is free and smaller");
    }

    @Test
    void oneKeyPerCycleIsCut() {
        Table a = withFks(table("a", col("b_id", "integer")), fk("b_id", "b"));
        Table b = withFks(table("b", col("a_id", "integer"), col("c_id", "integer")), fk("a_id", "a"), fk("c_id", "c"));
        Table c = withFks(table("c", col("b_id", "integer")), fk("b_id", "b"));
        TableOrder order = TableOrder.of(List.of(c, b, a));
        assertEquals(Set.of(new OwnedForeignKey("b", fk("a_id", "a")), new OwnedForeignKey("c", fk("b_id", "b"))),
                order.cyclic());
        assertEquals(List.of("c", "b", "a"), names(order.referencedFirst()));
        assertEquals(List.of("a", "b", "c"), names(order.referencingFirst()));
    }
}
