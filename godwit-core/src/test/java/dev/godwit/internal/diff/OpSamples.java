package dev.godwit.internal.diff;

import dev.godwit.schema.CheckConstraint;
import dev.godwit.schema.Column;
import dev.godwit.schema.EnumType;
import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.ForeignKeyAction;
import dev.godwit.schema.Index;
import dev.godwit.schema.PrimaryKey;
import dev.godwit.schema.Sequence;
import dev.godwit.schema.Table;
import dev.godwit.schema.TableOptions;
import dev.godwit.schema.UniqueConstraint;
import dev.godwit.schema.View;
import java.util.List;

/**
 * One operation of every kind, all but the whole-table, enum, sequence and view ones on
 * {@link #TABLE}, for tests that must reach every kind of {@link Op}.
 */
public final class OpSamples {

    public static final Column ID = Column.of("id", "integer", false, null);
    public static final Column A = Column.of("a", "text", true, null);
    public static final Column A_NOT_NULL = Column.of("a", "text", false, null);
    public static final Column B = Column.of("b", "integer", true, null);
    public static final PrimaryKey PK = new PrimaryKey(null, List.of("id"));
    public static final ForeignKey FK = new ForeignKey("t_a_fk", List.of("a"), "other", List.of("x"),
            ForeignKeyAction.NO_ACTION, ForeignKeyAction.NO_ACTION);
    public static final Index INDEX = Index.onColumns("t_a_idx", false, List.of("a"));
    public static final Index NEW_INDEX = Index.onColumns("t_id_a_idx", true, List.of("id", "a"));
    public static final UniqueConstraint UNIQUE = new UniqueConstraint("t_a_key", List.of("a"));
    public static final CheckConstraint CHECK = new CheckConstraint("t_id_check", "id > 0");
    public static final TableOptions OPTIONS = new TableOptions("InnoDB", null, null);

    /** The table the table operations change: id (the primary key) and a, with one of each kind of key on a. */
    public static final Table TABLE = new Table("t", List.of(ID, A), PK, List.of(FK), List.of(INDEX), List.of(UNIQUE),
            List.of(CHECK), null, TableOptions.NONE);

    private static final EnumType MOOD = new EnumType("mood", List.of("sad", "ok"));
    private static final Sequence SEQ = new Sequence("s", "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false);
    private static final View VIEW = new View("v", "SELECT 1");

    private OpSamples() {
    }

    /** One operation of each of the 25 kinds, in {@link Op.Visitor}'s order. */
    public static List<Op> everyKind() {
        return List.of(
                new Op.CreateTable(Table.of("u", List.of(ID), PK)),
                new Op.DropTable(TABLE),
                new Op.AddColumn("t", B),
                new Op.DropColumn("t", A),
                new Op.AlterColumn("t", A, A_NOT_NULL),
                new Op.AddPrimaryKey("t", new PrimaryKey("t_pk", List.of("id", "a"))),
                new Op.DropPrimaryKey("t", PK),
                new Op.AddForeignKey("t", new ForeignKey(null, List.of("id"), "other", List.of("y"),
                        ForeignKeyAction.CASCADE, ForeignKeyAction.NO_ACTION)),
                new Op.DropForeignKey("t", FK),
                new Op.CreateIndex("t", NEW_INDEX),
                new Op.DropIndex("t", INDEX),
                new Op.AddUnique("t", new UniqueConstraint(null, List.of("id", "a"))),
                new Op.DropUnique("t", UNIQUE),
                new Op.AddCheck("t", new CheckConstraint(null, "a <> ''")),
                new Op.DropCheck("t", CHECK),
                new Op.AlterTableComment("t", null, "the t table"),
                new Op.AlterTableOptions("t", TableOptions.NONE, OPTIONS),
                new Op.CreateEnum(MOOD),
                new Op.DropEnum(MOOD),
                new Op.AlterEnum(MOOD, new EnumType("mood", List.of("sad", "ok", "happy"))),
                new Op.CreateSequence(SEQ),
                new Op.DropSequence(SEQ),
                new Op.AlterSequence(SEQ, new Sequence("s", "bigint", 1, 2, 1, Long.MAX_VALUE, 1, false)),
                new Op.CreateView(VIEW),
                new Op.DropView(VIEW));
    }
}
