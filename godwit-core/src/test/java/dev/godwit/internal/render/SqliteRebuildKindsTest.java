package dev.godwit.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.internal.diff.ChangeSet;
import dev.godwit.internal.diff.Op;
import dev.godwit.internal.diff.OpSamples;
import dev.godwit.schema.Column;
import dev.godwit.schema.Schema;
import dev.godwit.schema.Table;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which kinds of change SQLite makes by rebuilding the table ({@code SqliteScript.How}): each
 * change to an existing table's columns, keys, constraints or options, alone in a change set,
 * comes out as one rebuild of the table and carries nothing else.
 */
class SqliteRebuildKindsTest {

    private static final Set<String> REBUILT = Set.of("DropColumn", "AlterColumn", "AddPrimaryKey",
            "DropPrimaryKey", "AddForeignKey", "DropForeignKey", "AddUnique", "DropUnique", "AddCheck", "DropCheck",
            "AlterTableOptions");

    private static List<RenderedStatement> render(Op op) {
        Table after = LiveSchema.after(OpSamples.TABLE, op);
        ChangeSet changes = new ChangeSet(Schema.ofTables(List.of(OpSamples.TABLE)), Schema.ofTables(List.of(after)),
                List.of(op), List.of());
        return new dev.godwit.internal.db.sqlite.SqliteDatabase().renderer().render(changes);
    }

    @Test
    void changesSqliteCannotMakeInPlaceRebuildTheTable() {
        List<Op> rebuilt = OpSamples.everyKind().stream()
                .filter(op -> REBUILT.contains(op.getClass().getSimpleName())).toList();
        assertEquals(REBUILT.size(), rebuilt.size());
        for (Op op : rebuilt) {
            List<RenderedStatement> statements = render(op);
            List<String> sql = statements.stream().map(RenderedStatement::sql).toList();
            assertTrue(sql.stream().anyMatch(s -> s.startsWith("CREATE TABLE _godwit_new_t (")), op + ": " + sql);
            assertTrue(sql.contains("ALTER TABLE _godwit_new_t RENAME TO t"), op + ": " + sql);
            assertTrue(statements.stream().allMatch(s -> s.ops().equals(List.of(op))), op + ": " + statements);
        }
    }

    @Test
    void aColumnSqliteCanAddIsAddedInPlace() {
        assertEquals(List.of("ALTER TABLE t ADD COLUMN b integer"),
                render(new Op.AddColumn("t", OpSamples.B)).stream().map(RenderedStatement::sql).toList());
    }

    @Test
    void aColumnSqliteCannotAddRebuildsTheTable() {
        Column keyed = Column.of("b", "integer", false, null);
        List<String> sql = render(new Op.AddColumn("t", keyed)).stream().map(RenderedStatement::sql).toList();
        assertTrue(sql.stream().anyMatch(s -> s.startsWith("CREATE TABLE _godwit_new_t (")), sql.toString());
    }

    @Test
    void aCommentIsNothing() {
        assertEquals(List.of(), render(new Op.AlterTableComment("t", null, "the t table")));
    }
}
