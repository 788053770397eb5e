package dev.godwit.internal.diff;

import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.Table;
import java.util.List;

/**
 * What changes in one table that both schemas have, grouped by the moment each change runs
 * (see {@link ChangeSet}). Each group is already in its final order.
 *
 * @param droppedForeignKeys removed keys and keys whose actions change (before anything else)
 * @param structureDrops {@code DropIndex}, {@code DropUnique}, {@code DropCheck}, {@code DropPrimaryKey}
 * @param columnChanges {@code AddColumn} (in the target's column order), {@code AlterColumn},
 *     {@code DropColumn} (in the current column order)
 * @param structureAdds {@code AddPrimaryKey}, {@code AddUnique}, {@code AddCheck}, {@code CreateIndex}
 * @param addedForeignKeys new keys and keys whose actions change
 * @param attributeChanges {@code AlterTableComment}, {@code AlterTableOptions}
 * @param keptForeignKeys the keys both sides have alike (their names may differ)
 */
record TableChanges(
        Table from,
        Table to,
        List<Op.DropForeignKey> droppedForeignKeys,
        List<Op> structureDrops,
        List<Op> columnChanges,
        List<Op> structureAdds,
        List<Op.AddForeignKey> addedForeignKeys,
        List<Op> attributeChanges,
        List<Matching.Pair<ForeignKey>> keptForeignKeys) {

    TableChanges {
        droppedForeignKeys = List.copyOf(droppedForeignKeys);
        structureDrops = List.copyOf(structureDrops);
        columnChanges = List.copyOf(columnChanges);
        structureAdds = List.copyOf(structureAdds);
        addedForeignKeys = List.copyOf(addedForeignKeys);
        attributeChanges = List.copyOf(attributeChanges);
        keptForeignKeys = List.copyOf(keptForeignKeys);
    }

    String name() {
        return to.name();
    }
}
