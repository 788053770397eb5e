package dev.godwit.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.internal.db.postgres.PostgresDialect;
import dev.godwit.internal.db.sqlite.SqliteDialect;
import dev.godwit.internal.diff.ChangeSet;
import dev.godwit.internal.diff.Op;
import dev.godwit.internal.diff.OpSamples;
import dev.godwit.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ScriptBuilder#dispatch} hands every kind of operation to the script method for that kind. */
class ScriptDispatchTest {

    /** A script that records which method each operation reached. */
    private static final class Recording extends ScriptBuilder {
        final List<String> reached = new ArrayList<>();

        Recording() {
            super(new ChangeSet(Schema.ofTables(List.of()), Schema.ofTables(List.of()), List.of(), List.of()),
                    new PostgresDialect());
        }

        @Override
        protected String dialectName() {
            return "recording";
        }

        // @formatter:off
        @Override protected void createTable(Op.CreateTable op) { reached.add("createTable"); }
        @Override protected void dropTable(Op.DropTable op) { reached.add("dropTable"); }
        @Override protected void addColumn(Op.AddColumn op) { reached.add("addColumn"); }
        @Override protected void dropColumn(Op.DropColumn op) { reached.add("dropColumn"); }
        @Override protected void alterColumn(Op.AlterColumn op) { reached.add("alterColumn"); }
        @Override protected void addPrimaryKey(Op.AddPrimaryKey op) { reached.add("addPrimaryKey"); }
        @Override protected void dropPrimaryKey(Op.DropPrimaryKey op) { reached.add("dropPrimaryKey"); }
        @Override protected void addForeignKey(Op.AddForeignKey op) { reached.add("addForeignKey"); }
        @Override protected void dropForeignKey(Op.DropForeignKey op) { reached.add("dropForeignKey"); }
        @Override protected void createIndex(Op.CreateIndex op) { reached.add("createIndex"); }
        @Override protected void dropIndex(Op.DropIndex op) { reached.add("dropIndex"); }
        @Override protected void addUnique(Op.AddUnique op) { reached.add("addUnique"); }
        @Override protected void dropUnique(Op.DropUnique op) { reached.add("dropUnique"); }
        @Override protected void addCheck(Op.AddCheck op) { reached.add("addCheck"); }
        @Override protected void dropCheck(Op.DropCheck op) { reached.add("dropCheck"); }
        @Override protected void alterTableComment(Op.AlterTableComment op) { reached.add("alterTableComment"); }
        @Override protected void alterTableOptions(Op.AlterTableOptions op) { reached.add("alterTableOptions"); }
        @Override protected void createEnum(Op.CreateEnum op) { reached.add("createEnum"); }
        @Override protected void dropEnum(Op.DropEnum op) { reached.add("dropEnum"); }
        @Override protected void alterEnum(Op.AlterEnum op) { reached.add("alterEnum"); }
        @Override protected void createSequence(Op.CreateSequence op) { reached.add("createSequence"); }
        @Override protected void dropSequence(Op.DropSequence op) { reached.add("dropSequence"); }
        @Override protected void alterSequence(Op.AlterSequence op) { reached.add("alterSequence"); }
        @Override protected void createView(Op.CreateView op) { reached.add("createView"); }
        @Override protected void dropView(Op.DropView op) { reached.add("dropView"); }
        // @formatter:on
    }

    @Test
    void everyKindReachesItsMethod() {
        Recording script = new Recording();
        List<String> expected = new ArrayList<>();
        for (Op op : OpSamples.everyKind()) {
            script.dispatch(op);
            String kind = op.getClass().getSimpleName();
            expected.add(Character.toLowerCase(kind.charAt(0)) + kind.substring(1));
        }
        assertEquals(expected, script.reached);
    }

    /** A dialect's script that alters tables in place but forgot a change without a standard form says so. */
    @Test
    void aChangeWithoutAnInPlaceFormIsRefused() {
        ScriptBuilder script = new ScriptBuilder(new ChangeSet(Schema.ofTables(List.of()), Schema.ofTables(List.of()),
                List.of(), List.of()), new SqliteDialect()) {
            @Override
            protected String dialectName() {
                return "Nowhere";
            }

            @Override
            protected void createTable(Op.CreateTable op) {
            }

            @Override
            protected void addColumn(Op.AddColumn op) {
            }

            @Override
            protected void alterTableComment(Op.AlterTableComment op) {
            }
        };
        for (Op op : OpSamples.everyKind()) {
            if (op instanceof Op.AlterColumn || op instanceof Op.DropPrimaryKey || op instanceof Op.DropForeignKey
                    || op instanceof Op.DropUnique || op instanceof Op.DropCheck) {
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> script.dispatch(op));
                assertTrue(e.getMessage().startsWith("Nowhere has no in-place form for: "), e.getMessage());
            }
        }
    }
}
