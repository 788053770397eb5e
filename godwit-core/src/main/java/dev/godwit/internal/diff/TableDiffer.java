package dev.godwit.internal.diff;

import dev.godwit.schema.CheckConstraint;
import dev.godwit.schema.Column;
import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.Index;
import dev.godwit.schema.PrimaryKey;
import dev.godwit.schema.Table;
import dev.godwit.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Compares two versions of one table. Columns and indexes match by name; the primary key by its
 * columns; foreign keys by {@link ForeignKey#signature()}; unique constraints by their columns and
 * checks by their expression. Constraint names are left out of every match because databases
 * invent them ({@code tickets_ibfk_1}) or do not keep them (SQLite), and both sides would rarely
 * agree. Ordering across tables is {@link SchemaDiffer}'s business, not this class's.
 */
final class TableDiffer {

    private TableDiffer() {
    }

    static TableChanges diff(Table from, Table to) {
        String table = to.name();
        ForeignKeyChanges foreignKeys = foreignKeys(table, from, to);
        Matching<UniqueConstraint> uniques = Matching.by(from.uniques(), to.uniques(), UniqueConstraint::columns);
        Matching<CheckConstraint> checks = Matching.by(from.checks(), to.checks(), CheckConstraint::expression);
        return new TableChanges(from, to, foreignKeys.dropped(), structureDrops(table, from, to, uniques, checks),
                columnChanges(table, from, to), structureAdds(table, from, to, uniques, checks),
                foreignKeys.added(), attributeChanges(table, from, to), foreignKeys.kept());
    }

    /** The foreign keys to drop, to add (both sorted by signature), and those kept as they are. */
    private record ForeignKeyChanges(List<Op.DropForeignKey> dropped, List<Op.AddForeignKey> added,
            List<Matching.Pair<ForeignKey>> kept) {
    }

    /** A key whose behaviour (actions, deferral) changes is dropped and added again. */
    private static ForeignKeyChanges foreignKeys(String table, Table from, Table to) {
        List<Op.DropForeignKey> droppedForeignKeys = new ArrayList<>();
        List<Op.AddForeignKey> addedForeignKeys = new ArrayList<>();
        List<Matching.Pair<ForeignKey>> kept = new ArrayList<>();
        Matching<ForeignKey> keys = Matching.by(from.foreignKeys(), to.foreignKeys(), ForeignKey::signature);
        for (ForeignKey gone : keys.onlyFrom()) {
            droppedForeignKeys.add(new Op.DropForeignKey(table, gone));
        }
        for (Matching.Pair<ForeignKey> pair : keys.pairs()) {
            if (pair.from().sameBehaviour(pair.to())) {
                kept.add(pair);
            } else {
                droppedForeignKeys.add(new Op.DropForeignKey(table, pair.from()));
                addedForeignKeys.add(new Op.AddForeignKey(table, pair.to()));
            }
        }
        for (ForeignKey added : keys.onlyTo()) {
            addedForeignKeys.add(new Op.AddForeignKey(table, added));
        }
        droppedForeignKeys.sort(Comparator.comparing(op -> op.foreignKey().signature()));
        addedForeignKeys.sort(Comparator.comparing(op -> op.foreignKey().signature()));
        return new ForeignKeyChanges(droppedForeignKeys, addedForeignKeys, kept);
    }

    /** Indexes that go or change, then unique constraints, checks and the primary key that go. */
    private static List<Op> structureDrops(String table, Table from, Table to, Matching<UniqueConstraint> uniques,
            Matching<CheckConstraint> checks) {
        List<Op> structureDrops = new ArrayList<>();
        for (Index index : from.indexes()) {
            Index target = to.index(index.name()).orElse(null);
            if (target == null || !index.sameDefinition(target)) {
                structureDrops.add(new Op.DropIndex(table, index));
            }
        }
        uniques.onlyFrom().stream().sorted(Comparator.comparing(u -> String.join(",", u.columns())))
                .forEach(u -> structureDrops.add(new Op.DropUnique(table, u)));
        checks.onlyFrom().stream().sorted(Comparator.comparing(CheckConstraint::expression))
                .forEach(c -> structureDrops.add(new Op.DropCheck(table, c)));
        if (primaryKeyChanges(from, to) && from.primaryKey() != null) {
            structureDrops.add(new Op.DropPrimaryKey(table, from.primaryKey()));
        }
        return structureDrops;
    }

    /** The new primary key, unique constraints and checks, then the indexes that are new or changed. */
    private static List<Op> structureAdds(String table, Table from, Table to, Matching<UniqueConstraint> uniques,
            Matching<CheckConstraint> checks) {
        List<Op> structureAdds = new ArrayList<>();
        if (primaryKeyChanges(from, to) && to.primaryKey() != null) {
            structureAdds.add(new Op.AddPrimaryKey(table, to.primaryKey()));
        }
        uniques.onlyTo().stream().sorted(Comparator.comparing(u -> String.join(",", u.columns())))
                .forEach(u -> structureAdds.add(new Op.AddUnique(table, u)));
        checks.onlyTo().stream().sorted(Comparator.comparing(CheckConstraint::expression))
                .forEach(c -> structureAdds.add(new Op.AddCheck(table, c)));
        for (Index index : to.indexes()) {
            Index current = from.index(index.name()).orElse(null);
            if (current == null || !current.sameDefinition(index)) {
                structureAdds.add(new Op.CreateIndex(table, index));
            }
        }
        return structureAdds;
    }

    private static boolean primaryKeyChanges(Table from, Table to) {
        PrimaryKey pkFrom = from.primaryKey();
        PrimaryKey pkTo = to.primaryKey();
        return pkFrom == null ? pkTo != null : !pkFrom.sameKey(pkTo);
    }

    /** Columns added (in the target's order), altered, then dropped. */
    private static List<Op> columnChanges(String table, Table from, Table to) {
        List<Op> columnChanges = new ArrayList<>();
        for (Column column : to.columns()) {
            if (from.column(column.name()).isEmpty()) {
                columnChanges.add(new Op.AddColumn(table, column));
            }
        }
        for (Column column : from.columns()) {
            to.column(column.name()).filter(target -> !target.equals(column))
                    .ifPresent(target -> columnChanges.add(new Op.AlterColumn(table, column, target)));
        }
        for (Column column : from.columns()) {
            if (to.column(column.name()).isEmpty()) {
                columnChanges.add(new Op.DropColumn(table, column));
            }
        }
        return columnChanges;
    }

    /** The table's comment and storage options. */
    private static List<Op> attributeChanges(String table, Table from, Table to) {
        List<Op> attributeChanges = new ArrayList<>();
        if (!Objects.equals(from.comment(), to.comment())) {
            attributeChanges.add(new Op.AlterTableComment(table, from.comment(), to.comment()));
        }
        if (!from.options().equals(to.options())) {
            attributeChanges.add(new Op.AlterTableOptions(table, from.options(), to.options()));
        }
        return attributeChanges;
    }
}
