package dev.godwit.internal.diff;

import static dev.godwit.internal.diff.Fixtures.col;
import static dev.godwit.internal.diff.Fixtures.notNull;
import static dev.godwit.internal.diff.Fixtures.schema;
import static dev.godwit.internal.diff.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.schema.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenameHintTest {

    private static ChangeSet diff(Schema from, Schema to) {
        return Fixtures.diffChecked(from, to);
    }

    @Test
    void columnOfTheSameShape() {
        Schema a = schema(table("users", col("name", "text")));
        Schema b = schema(table("users", col("full_name", "text")));
        ChangeSet up = diff(a, b);
        assertEquals(List.of(new RenameHint("users", "name", "full_name")), up.renameHints());
        assertEquals(List.of(new Op.AddColumn("users", col("full_name", "text")),
                new Op.DropColumn("users", col("name", "text"))), up.ops(), "the hint does not change the ops");
        assertEquals(List.of(new RenameHint("users", "full_name", "name")), diff(b, a).renameHints());
    }

    @Test
    void otherShapeIsNoHint() {
        assertEquals(List.of(), diff(schema(table("users", col("name", "text"))),
                schema(table("users", col("full_name", "varchar(10)")))).renameHints());
        assertEquals(List.of(), diff(schema(table("users", col("name", "text"))),
                schema(table("users", notNull("full_name", "text")))).renameHints());
    }

    @Test
    void eachColumnPairsOnce() {
        Schema a = schema(table("users", col("a", "text"), col("b", "text"), col("n", "integer")));
        Schema b = schema(table("users", col("x", "text"), col("m", "integer")));
        assertEquals(List.of(new RenameHint("users", "a", "x"), new RenameHint("users", "n", "m")),
                diff(a, b).renameHints());
        assertEquals(List.of(new RenameHint("users", "x", "a"), new RenameHint("users", "m", "n")),
                diff(b, a).renameHints());
    }

    @Test
    void tableWithTheSameColumns() {
        Schema a = schema(table("people", col("name", "text")), table("other", col("x", "integer")));
        Schema b = schema(table("users", col("name", "TEXT")), table("other", col("x", "integer")));
        ChangeSet up = diff(a, b);
        assertEquals(List.of(new RenameHint(null, "people", "users")), up.renameHints());
        assertEquals(List.of("drop table people", "create table users"), Fixtures.described(up));
        assertEquals(List.of(new RenameHint(null, "users", "people")), diff(b, a).renameHints());
    }

    @Test
    void tablesPairOnceAndNeedEqualColumns() {
        Schema a = schema(table("a1", col("name", "text")), table("a2", col("name", "text")));
        Schema b = schema(table("b1", col("name", "text")), table("b2", col("name", "text"), col("more", "text")));
        assertEquals(List.of(new RenameHint(null, "a1", "b1")), diff(a, b).renameHints());
    }

    @Test
    void bothKindsTogetherTablesFirst() {
        Schema a = schema(table("people", col("name", "text")), table("t", col("old", "text")));
        Schema b = schema(table("users", col("name", "text")), table("t", col("new", "text")));
        assertEquals(List.of(new RenameHint(null, "people", "users"), new RenameHint("t", "old", "new")),
                diff(a, b).renameHints());
    }
}
