package dev.godwit.internal.diff;

import java.util.Optional;

/**
 * One schema change, as the differ finds it and a renderer turns into SQL. Each change is a
 * record carrying the whole objects involved (the dropped table, the column before and after),
 * so a renderer never needs to look anything up and a reader of a plan sees exactly what goes.
 */
public sealed interface Op permits Op.OnTable, Op.CreateTable, Op.DropTable, Op.CreateEnum, Op.DropEnum, Op.AlterEnum,
        Op.CreateSequence, Op.DropSequence, Op.AlterSequence, Op.CreateView, Op.DropView {

    /** The table (or view, enum, sequence) the change is about. */
    String subject();

    /** One line for people: {@code add column tickets.priority}. */
    String describe();

    /** What data this change destroys, for a {@code -- WARNING:} line, or empty when none. */
    default Optional<String> dataLoss() {
        return Optional.empty();
    }

    /** Hands this operation to the visitor's method for its kind. */
    <R> R accept(Visitor<R> visitor);

    /**
     * Something to do for each kind of operation, one method per kind. Code that treats every
     * kind differently implements this rather than testing {@code instanceof}, so that a new kind
     * of operation is a compile error wherever it is not handled yet.
     *
     * @param <R> what handling an operation gives back ({@link Void} when nothing)
     */
    interface Visitor<R> {
        R visitCreateTable(CreateTable op);
        R visitDropTable(DropTable op);
        R visitAddColumn(AddColumn op);
        R visitDropColumn(DropColumn op);
        R visitAlterColumn(AlterColumn op);
        R visitAddPrimaryKey(AddPrimaryKey op);
        R visitDropPrimaryKey(DropPrimaryKey op);
        R visitAddForeignKey(AddForeignKey op);
        R visitDropForeignKey(DropForeignKey op);
        R visitCreateIndex(CreateIndex op);
        R visitDropIndex(DropIndex op);
        R visitAddUnique(AddUnique op);
        R visitDropUnique(DropUnique op);
        R visitAddCheck(AddCheck op);
        R visitDropCheck(DropCheck op);
        R visitAlterTableComment(AlterTableComment op);
        R visitAlterTableOptions(AlterTableOptions op);
        R visitCreateEnum(CreateEnum op);
        R visitDropEnum(DropEnum op);
        R visitAlterEnum(AlterEnum op);
        R visitCreateSequence(CreateSequence op);
        R visitDropSequence(DropSequence op);
        R visitAlterSequence(AlterSequence op);
        R visitCreateView(CreateView op);
        R visitDropView(DropView op);
    }

    /** A change to one existing table, named by {@link #table()}, which is its subject. */
    sealed interface OnTable extends Op permits AddColumn, DropColumn, AlterColumn, AddPrimaryKey, DropPrimaryKey,
            AddForeignKey, DropForeignKey, CreateIndex, DropIndex, AddUnique, DropUnique, AddCheck, DropCheck,
            AlterTableComment, AlterTableOptions {
        String table();

        default String subject() {
            return table();
        }
    }

    /**
     * A new table, complete: the renderer creates its indexes ({@link dev.godwit.schema.Table#indexes()})
     * and inline foreign keys with it, since the change set holds no {@code CreateIndex} for a new
     * table. Foreign keys that cannot be created with the table (a cycle among new tables, or a
     * key an existing table only gets later in the change set) are left out of {@code table} and
     * follow as {@link AddForeignKey}. See {@link ChangeSet} for the order.
     */
    record CreateTable(dev.godwit.schema.Table table) implements Op {
        public String subject() {
            return table.name();
        }

        public String describe() {
            return "create table " + table.name();
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitCreateTable(this); }
    }

    record DropTable(dev.godwit.schema.Table table) implements Op {
        public String subject() {
            return table.name();
        }

        public String describe() {
            return "drop table " + table.name();
        }

        @Override
        public Optional<String> dataLoss() {
            return Optional.of("drops table " + table.name() + " and every row in it");
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitDropTable(this); }
    }

    record AddColumn(String table, dev.godwit.schema.Column column) implements OnTable {
        public String describe() {
            return "add column " + table + "." + column.name();
        }

        @Override
        public Optional<String> dataLoss() {
            return RequiredColumn.risk(table, column);
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitAddColumn(this); }
    }

    record DropColumn(String table, dev.godwit.schema.Column column) implements OnTable {
        public String describe() {
            return "drop column " + table + "." + column.name();
        }

        @Override
        public Optional<String> dataLoss() {
            return Optional.of("drops column " + table + "." + column.name() + " and the values in it");
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitDropColumn(this); }
    }

    /** A column whose type, nullability, default, identity, comment or collation changes. */
    record AlterColumn(String table, dev.godwit.schema.Column from, dev.godwit.schema.Column to) implements OnTable {
        public String describe() {
            return "alter column " + table + "." + to.name() + " (" + String.join(", ", ColumnChanges.of(from, to)) + ")";
        }

        @Override
        public Optional<String> dataLoss() {
            return TypeNarrowing.describe(from.type(), to.type())
                    .map(what -> "changes " + table + "." + to.name() + " from " + from.type() + " to " + to.type()
                            + ": " + what);
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitAlterColumn(this); }
    }

    record AddPrimaryKey(String table, dev.godwit.schema.PrimaryKey primaryKey) implements OnTable {
        public String describe() {
            return "add primary key on " + table + " (" + String.join(", ", primaryKey.parts()) + ")";
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitAddPrimaryKey(this); }
    }

    record DropPrimaryKey(String table, dev.godwit.schema.PrimaryKey primaryKey) implements OnTable {
        public String describe() {
            return "drop primary key on " + table;
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitDropPrimaryKey(this); }
    }

    record AddForeignKey(String table, dev.godwit.schema.ForeignKey foreignKey) implements OnTable {
        public String describe() {
            return "add foreign key " + table + " (" + String.join(", ", foreignKey.columns()) + ") -> "
                    + foreignKey.referencedTable();
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitAddForeignKey(this); }
    }

    record DropForeignKey(String table, dev.godwit.schema.ForeignKey foreignKey) implements OnTable {
        public String describe() {
            return "drop foreign key " + table + " (" + String.join(", ", foreignKey.columns()) + ") -> "
                    + foreignKey.referencedTable();
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitDropForeignKey(this); }
    }

    record CreateIndex(String table, dev.godwit.schema.Index index) implements OnTable {
        public String describe() {
            return "create " + (index.unique() ? "unique " : "") + "index " + index.name() + " on " + table;
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitCreateIndex(this); }
    }

    record DropIndex(String table, dev.godwit.schema.Index index) implements OnTable {
        public String describe() {
            return "drop index " + index.name() + " on " + table;
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitDropIndex(this); }
    }

    record AddUnique(String table, dev.godwit.schema.UniqueConstraint unique) implements OnTable {
        public String describe() {
            return "add unique constraint on " + table + " (" + String.join(", ", unique.columns()) + ")";
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitAddUnique(this); }
    }

    record DropUnique(String table, dev.godwit.schema.UniqueConstraint unique) implements OnTable {
        public String describe() {
            return "drop unique constraint on " + table + " (" + String.join(", ", unique.columns()) + ")";
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitDropUnique(this); }
    }

    record AddCheck(String table, dev.godwit.schema.CheckConstraint check) implements OnTable {
        public String describe() {
            return "add check constraint on " + table + ": " + check.expression();
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitAddCheck(this); }
    }

    record DropCheck(String table, dev.godwit.schema.CheckConstraint check) implements OnTable {
        public String describe() {
            return "drop check constraint on " + table + ": " + check.expression();
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitDropCheck(this); }
    }

    /** @param from the old comment or null; @param to the new comment or null */
    record AlterTableComment(String table, String from, String to) implements OnTable {
        public String describe() {
            return (to == null ? "remove comment of table " : "set comment of table ") + table;
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitAlterTableComment(this); }
    }

    record AlterTableOptions(String table, dev.godwit.schema.TableOptions from, dev.godwit.schema.TableOptions to)
            implements OnTable {
        public String describe() {
            return "alter table options of " + table;
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitAlterTableOptions(this); }
    }

    record CreateEnum(dev.godwit.schema.EnumType type) implements Op {
        public String subject() {
            return type.name();
        }

        public String describe() {
            return "create enum type " + type.name();
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitCreateEnum(this); }
    }

    record DropEnum(dev.godwit.schema.EnumType type) implements Op {
        public String subject() {
            return type.name();
        }

        public String describe() {
            return "drop enum type " + type.name();
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitDropEnum(this); }
    }

    /** Values added, removed or reordered. Adding only appends or inserts; anything else rebuilds the type. */
    record AlterEnum(dev.godwit.schema.EnumType from, dev.godwit.schema.EnumType to) implements Op {
        public String subject() {
            return to.name();
        }

        public String describe() {
            return "alter enum type " + to.name() + " " + from.values() + " -> " + to.values();
        }

        /** True when {@code to} keeps every value of {@code from} in the same relative order. */
        public boolean onlyAddsValues() {
            java.util.List<String> kept = to.values().stream().filter(from.values()::contains).toList();
            return kept.equals(from.values());
        }

        @Override
        public Optional<String> dataLoss() {
            java.util.List<String> removed = from.values().stream().filter(v -> !to.values().contains(v)).toList();
            return removed.isEmpty() ? Optional.empty()
                    : Optional.of("removes values " + removed + " from enum type " + to.name()
                            + ": rows holding them make the change fail");
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitAlterEnum(this); }
    }

    record CreateSequence(dev.godwit.schema.Sequence sequence) implements Op {
        public String subject() {
            return sequence.name();
        }

        public String describe() {
            return "create sequence " + sequence.name();
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitCreateSequence(this); }
    }

    record DropSequence(dev.godwit.schema.Sequence sequence) implements Op {
        public String subject() {
            return sequence.name();
        }

        public String describe() {
            return "drop sequence " + sequence.name();
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitDropSequence(this); }
    }

    record AlterSequence(dev.godwit.schema.Sequence from, dev.godwit.schema.Sequence to) implements Op {
        public String subject() {
            return to.name();
        }

        public String describe() {
            return "alter sequence " + to.name();
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitAlterSequence(this); }
    }

    record CreateView(dev.godwit.schema.View view) implements Op {
        public String subject() {
            return view.name();
        }

        public String describe() {
            return "create view " + view.name();
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitCreateView(this); }
    }

    record DropView(dev.godwit.schema.View view) implements Op {
        public String subject() {
            return view.name();
        }

        public String describe() {
            return "drop view " + view.name();
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitDropView(this); }
    }
}
