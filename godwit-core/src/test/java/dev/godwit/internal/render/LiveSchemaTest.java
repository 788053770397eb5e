package dev.godwit.internal.render;

import static dev.godwit.internal.diff.OpSamples.A;
import static dev.godwit.internal.diff.OpSamples.A_NOT_NULL;
import static dev.godwit.internal.diff.OpSamples.B;
import static dev.godwit.internal.diff.OpSamples.FK;
import static dev.godwit.internal.diff.OpSamples.ID;
import static dev.godwit.internal.diff.OpSamples.INDEX;
import static dev.godwit.internal.diff.OpSamples.NEW_INDEX;
import static dev.godwit.internal.diff.OpSamples.OPTIONS;
import static dev.godwit.internal.diff.OpSamples.TABLE;
import static dev.godwit.internal.diff.OpSamples.UNIQUE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.godwit.internal.diff.Op;
import dev.godwit.internal.diff.OpSamples;
import dev.godwit.schema.Schema;
import dev.godwit.schema.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** {@link LiveSchema#after}: what each kind of operation leaves of the table it changes. */
class LiveSchemaTest {

    private static Table after(String kind) {
        Op op = OpSamples.everyKind().stream().filter(o -> o.getClass().getSimpleName().equals(kind)).findFirst()
                .orElseThrow();
        return LiveSchema.after(TABLE, op);
    }

    @Test
    void columnChanges() {
        assertEquals(List.of(ID, A, B), after("AddColumn").columns());
        Table dropped = after("DropColumn");
        assertEquals(List.of(ID), dropped.columns());
        assertEquals(List.of(), dropped.indexes(), "the index on the dropped column goes with it");
        assertEquals(List.of(ID, A_NOT_NULL), after("AlterColumn").columns());
    }

    @Test
    void keyAndConstraintChanges() {
        Map<String, Function<Table, Object>> parts = new LinkedHashMap<>();
        parts.put("AddPrimaryKey", t -> t.primaryKey().columns());
        parts.put("AddForeignKey", t -> t.foreignKeys().size());
        parts.put("DropForeignKey", Table::foreignKeys);
        parts.put("CreateIndex", Table::indexes);
        parts.put("DropIndex", Table::indexes);
        parts.put("AddUnique", t -> t.uniques().size());
        parts.put("DropUnique", Table::uniques);
        parts.put("AddCheck", t -> t.checks().size());
        parts.put("DropCheck", Table::checks);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("AddPrimaryKey", List.of("id", "a"));
        expected.put("AddForeignKey", 2);
        expected.put("DropForeignKey", List.of());
        expected.put("CreateIndex", List.of(INDEX, NEW_INDEX));
        expected.put("DropIndex", List.of());
        expected.put("AddUnique", 2);
        expected.put("DropUnique", List.of());
        expected.put("AddCheck", 2);
        expected.put("DropCheck", List.of());
        Map<String, Object> actual = new LinkedHashMap<>();
        parts.forEach((kind, part) -> actual.put(kind, part.apply(after(kind))));
        assertEquals(expected, actual);
        assertNull(after("DropPrimaryKey").primaryKey());
        assertEquals(List.of(FK), TABLE.foreignKeys());
        assertEquals(List.of(UNIQUE), TABLE.uniques());
    }

    @Test
    void commentAndOptions() {
        assertEquals("the t table", after("AlterTableComment").comment());
        assertEquals(OPTIONS, after("AlterTableOptions").options());
    }

    @Test
    void operationsOnSomethingElseLeaveTheTable() {
        for (String kind : List.of("CreateTable", "DropTable", "CreateEnum", "DropEnum", "AlterEnum", "CreateSequence",
                "DropSequence", "AlterSequence", "CreateView", "DropView")) {
            assertSame(TABLE, after(kind), kind);
        }
    }

    @Test
    void applyRecordsEveryKind() {
        LiveSchema live = new LiveSchema(Schema.ofTables(List.of(TABLE)));
        for (Op op : OpSamples.everyKind()) {
            if (!(op instanceof Op.DropTable)) {
                live.apply(op);
            }
        }
        assertEquals(List.of("t", "u"), live.tables().stream().map(Table::name).sorted().toList());
        Table t = live.table("t").orElseThrow();
        assertEquals(List.of(ID, B), t.columns(), "a is dropped before it is altered");
        assertEquals(OPTIONS, t.options());
        live.apply(new Op.DropTable(t));
        assertEquals(List.of("u"), live.tables().stream().map(Table::name).toList());
    }
}
