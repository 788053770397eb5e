package dev.godwit.internal.diff;

import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.Index;
import dev.godwit.schema.IndexKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * MySQL and MariaDB keep an index on a foreign key's columns for as long as the key exists: the
 * last such index cannot be dropped ("needed in a foreign key constraint"). When a table drops
 * that index and the model has another one over the same leading columns, the new index is
 * created first, just before the drop, instead of dropping and re-adding the foreign key (which
 * would check every row again). The MySQL renderer writes the pair as one {@code ALTER TABLE …
 * ADD KEY …, DROP INDEX …}, which also works when the old index is the one InnoDB made for the
 * key by itself (a new index over the same columns would silently take its place).
 *
 * <p>The new index moves only when it can be created before the table's column changes: every
 * key part is a column the table already has and keeps unchanged, and its name is not the name
 * of an index being dropped.
 */
final class IndexReplacements {

    private IndexReplacements() {
    }

    /** {@code changes}, with the replacement of each last index over a kept foreign key's columns moved ahead. */
    static TableChanges createFirst(TableChanges changes) {
        List<Op> drops = new ArrayList<>(changes.structureDrops());
        List<Op> adds = new ArrayList<>(changes.structureAdds());
        boolean moved = false;
        for (Matching.Pair<ForeignKey> kept : changes.keptForeignKeys()) {
            List<String> columns = kept.from().columns();
            if (covered(changes, drops, columns)) {
                continue;
            }
            Op.CreateIndex replacement = replacement(changes, adds, drops, columns);
            int at = firstDropCovering(drops, columns);
            if (replacement != null && at >= 0) {
                adds.remove(replacement);
                drops.add(at, replacement);
                moved = true;
            }
        }
        if (!moved) {
            return changes;
        }
        return new TableChanges(changes.from(), changes.to(), changes.droppedForeignKeys(), drops,
                changes.columnChanges(), adds, changes.addedForeignKeys(), changes.attributeChanges(),
                changes.keptForeignKeys());
    }

    /** True when, after {@code drops}, an index, unique constraint or primary key of the table still covers {@code columns}. */
    private static boolean covered(TableChanges changes, List<Op> drops, List<String> columns) {
        return ForeignKeyConflicts.remainingKeys(changes, drops).stream()
                .anyMatch(kept -> ForeignKeyConflicts.covers(kept, columns));
    }

    private static int firstDropCovering(List<Op> drops, List<String> columns) {
        for (int i = 0; i < drops.size(); i++) {
            if (drops.get(i) instanceof Op.DropIndex drop
                    && ForeignKeyConflicts.covers(leadingColumns(drop.index()), columns)) {
                return i;
            }
        }
        return -1;
    }

    private static Op.CreateIndex replacement(TableChanges changes, List<Op> adds, List<Op> drops,
                                              List<String> columns) {
        Set<String> unchanged = new HashSet<>();
        changes.from().columns().forEach(c -> unchanged.add(c.name()));
        for (Op op : changes.columnChanges()) {
            if (op instanceof Op.AlterColumn alter) {
                unchanged.remove(alter.from().name());
            } else if (op instanceof Op.DropColumn drop) {
                unchanged.remove(drop.column().name());
            }
        }
        Set<String> droppedNames = new HashSet<>();
        for (Op op : drops) {
            if (op instanceof Op.DropIndex drop) {
                droppedNames.add(drop.index().name());
            }
        }
        for (Op op : adds) {
            if (op instanceof Op.CreateIndex create && !droppedNames.contains(create.index().name())
                    && ForeignKeyConflicts.covers(leadingColumns(create.index()), columns)
                    && create.index().keys().stream().allMatch(k -> !k.isExpression() && unchanged.contains(k.column()))) {
                return create;
            }
        }
        return null;
    }

    /** The index's column keys up to its first expression key. */
    static List<String> leadingColumns(Index index) {
        List<String> columns = new ArrayList<>();
        for (IndexKey key : index.keys()) {
            if (key.isExpression()) {
                break;
            }
            columns.add(key.column());
        }
        return columns;
    }
}
