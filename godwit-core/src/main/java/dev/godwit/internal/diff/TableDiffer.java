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

        List<Op> structureDrops = new ArrayList<>();
        List<Op> structureAdds = new ArrayList<>();
        List<Op> createIndexes = new ArrayList<>();
        for (Index index : from.indexes()) {
            Index target = to.index(index.name()).orElse(null);
            if (target == null || !index.sameDefinition(target)) {
                structureDrops.add(new Op.DropIndex(table, index));
            }
        }
        for (Index index : to.indexes()) {
            Index current = from.index(index.name()).orElse(null);
            if (current == null || !current.sameDefinition(index)) {
                createIndexes.add(new Op.CreateIndex(table, index));
            }
        }

        Matching<UniqueConstraint> uniques = Matching.by(from.uniques(), to.uniques(), UniqueConstraint::columns);
        uniques.onlyFrom().stream().sorted(Comparator.comparing(u -> String.join(",", u.columns())))
                .forEach(u -> structureDrops.add(new Op.DropUnique(table, u)));
        Matching<CheckConstraint> checks = Matching.by(from.checks(), to.checks(), CheckConstraint::expression);
        checks.onlyFrom().stream().sorted(Comparator.comparing(CheckConstraint::expression))
                .forEach(c -> structureDrops.add(new Op.DropCheck(table, c)));

        PrimaryKey pkFrom = from.primaryKey();
        PrimaryKey pkTo = to.primaryKey();
        boolean pkChanges = pkFrom == null ? pkTo != null : !pkFrom.sameKey(pkTo);
        if (pkChanges && pkFrom != null) {
            structureDrops.add(new Op.DropPrimaryKey(table, pkFrom));
        }
        if (pkChanges && pkTo != null) {
            structureAdds.add(new Op.AddPrimaryKey(table, pkTo));
        }
        uniques.onlyTo().stream().sorted(Comparator.comparing(u -> String.join(",", u.columns())))
                .forEach(u -> structureAdds.add(new Op.AddUnique(table, u)));
        checks.onlyTo().stream().sorted(Comparator.comparing(CheckConstraint::expression))
                .forEach(c -> structureAdds.add(new Op.AddCheck(table, c)));
        structureAdds.addAll(createIndexes);

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

        List<Op> attributeChanges = new ArrayList<>();
        if (!Objects.equals(from.comment(), to.comment())) {
            attributeChanges.add(new Op.AlterTableComment(table, from.comment(), to.comment()));
        }
        if (!from.options().equals(to.options())) {
            attributeChanges.add(new Op.AlterTableOptions(table, from.options(), to.options()));
        }

        return new TableChanges(from, to, droppedForeignKeys, structureDrops, columnChanges, structureAdds,
                addedForeignKeys, attributeChanges, kept);
    }
}
