package dev.godwit.internal.diff;

import dev.godwit.internal.diff.TableOrder.OwnedForeignKey;
import dev.godwit.schema.Column;
import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.Index;
import dev.godwit.schema.Table;
import dev.godwit.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Foreign keys that do not change but stand in the way of a change to a table they join. Both
 * PostgreSQL and MySQL refuse to drop the key (primary key, unique constraint or index) a
 * foreign key references; MySQL also refuses to drop the last index serving a foreign key's own
 * columns, and to change the type, character set or collation of a column at either end of a
 * foreign key. Such a key is dropped before the change and added again after it. In the other
 * direction, a new table's foreign key to an existing table waits until after that table's
 * column and key changes when it references a column or key that only exists once they ran.
 *
 * <p>Only MySQL/MariaDB need an index on a foreign key's columns; elsewhere dropping the last
 * index over them is a plain {@code DROP INDEX} ({@code foreignKeysNeedIndex}). On MySQL, when
 * the model has another index over those columns, {@link IndexReplacements} creates it just
 * before the drop, so the key need not go. The other rules are the union of what the databases
 * refuse, so on PostgreSQL a change may drop and re-add a key it strictly would not have to; the
 * revision stays correct everywhere.
 */
final class ForeignKeyConflicts {

    private ForeignKeyConflicts() {
    }

    /**
     * The unchanged foreign keys, of the tables both schemas have and of the dropped tables, that
     * must be dropped before the changes of {@code surviving} run. Keys of surviving tables that
     * reference a dropped table are among them (nothing can keep referencing it).
     */
    static List<OwnedForeignKey> blocking(Map<String, TableChanges> surviving, Collection<Table> dropped,
                                          boolean foreignKeysNeedIndex) {
        Set<String> droppedNames = new HashSet<>();
        for (Table table : dropped) {
            droppedNames.add(table.name());
        }
        List<OwnedForeignKey> blocking = new ArrayList<>();
        for (TableChanges changes : surviving.values()) {
            for (Matching.Pair<ForeignKey> kept : changes.keptForeignKeys()) {
                ForeignKey key = kept.from();
                TableChanges referenced = surviving.get(key.referencedTable());
                if (droppedNames.contains(key.referencedTable())
                        || referenced != null && losesKeyCovering(referenced, key.referencedColumns())
                        || foreignKeysNeedIndex && losesLastIndexCovering(changes, key.columns())
                        || changesStoredForm(changes, key.columns())
                        || referenced != null && changesStoredForm(referenced, key.referencedColumns())) {
                    blocking.add(new OwnedForeignKey(changes.name(), key));
                }
            }
        }
        for (Table table : dropped) {
            for (ForeignKey key : table.foreignKeys()) {
                TableChanges referenced = surviving.get(key.referencedTable());
                if (referenced != null && losesKeyCovering(referenced, key.referencedColumns())) {
                    blocking.add(new OwnedForeignKey(table.name(), key));
                }
            }
        }
        return blocking;
    }

    /**
     * True when a new table's foreign key to the existing table changed by {@code referenced}
     * cannot be created with the table: a referenced column is added or altered, or a key over
     * the referenced columns is added.
     */
    static boolean mustWait(ForeignKey key, TableChanges referenced) {
        for (Op op : referenced.columnChanges()) {
            if (op instanceof Op.AddColumn add && key.referencedColumns().contains(add.column().name())
                    || op instanceof Op.AlterColumn alter && key.referencedColumns().contains(alter.to().name())) {
                return true;
            }
        }
        for (Op op : referenced.structureAdds()) {
            List<String> columns = keyColumns(op);
            if (columns != null && covers(columns, key.referencedColumns())) {
                return true;
            }
        }
        return false;
    }

    /** True when the leading columns of {@code keyColumns} are exactly {@code columns}, in any order. */
    static boolean covers(List<String> keyColumns, List<String> columns) {
        return keyColumns.size() >= columns.size()
                && new HashSet<>(keyColumns.subList(0, columns.size())).equals(new HashSet<>(columns));
    }

    private static boolean losesKeyCovering(TableChanges changes, List<String> columns) {
        for (Op op : changes.structureDrops()) {
            List<String> dropped = keyColumns(op);
            if (dropped != null && covers(dropped, columns)) {
                return true;
            }
        }
        return false;
    }

    /** True when the table drops an index over {@code columns} and keeps none. */
    private static boolean losesLastIndexCovering(TableChanges changes, List<String> columns) {
        if (!losesKeyCovering(changes, columns)) {
            return false;
        }
        return remainingKeys(changes, changes.structureDrops()).stream().noneMatch(kept -> covers(kept, columns));
    }

    /**
     * The leading columns of each key the table has once {@code drops} ran: its primary key,
     * unique constraints and indexes that are not dropped, and the indexes {@code drops} creates
     * ahead of a drop ({@link IndexReplacements}).
     */
    static List<List<String>> remainingKeys(TableChanges changes, List<Op> drops) {
        Table from = changes.from();
        List<List<String>> remaining = new ArrayList<>();
        boolean primaryKeyDropped = drops.stream().anyMatch(op -> op instanceof Op.DropPrimaryKey);
        if (from.primaryKey() != null && !primaryKeyDropped) {
            remaining.add(from.primaryKey().columns());
        }
        for (UniqueConstraint unique : from.uniques()) {
            if (!drops.contains(new Op.DropUnique(changes.name(), unique))) {
                remaining.add(unique.columns());
            }
        }
        for (Index index : from.indexes()) {
            if (!drops.contains(new Op.DropIndex(changes.name(), index))) {
                remaining.add(leadingColumns(index));
            }
        }
        for (Op op : drops) {
            if (op instanceof Op.CreateIndex early) {
                remaining.add(leadingColumns(early.index()));
            }
        }
        return remaining;
    }

    /** True when one of {@code columns} changes type, character set or collation. */
    private static boolean changesStoredForm(TableChanges changes, List<String> columns) {
        for (Op op : changes.columnChanges()) {
            if (op instanceof Op.AlterColumn alter && columns.contains(alter.from().name())) {
                Column a = alter.from();
                Column b = alter.to();
                if (!a.type().equals(b.type()) || !Objects.equals(a.charset(), b.charset())
                        || !Objects.equals(a.collation(), b.collation())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The columns of a primary key, unique constraint or index op, or null for other ops. */
    private static List<String> keyColumns(Op op) {
        if (op instanceof Op.DropPrimaryKey drop) {
            return drop.primaryKey().columns();
        }
        if (op instanceof Op.AddPrimaryKey add) {
            return add.primaryKey().columns();
        }
        if (op instanceof Op.DropUnique drop) {
            return drop.unique().columns();
        }
        if (op instanceof Op.AddUnique add) {
            return add.unique().columns();
        }
        if (op instanceof Op.DropIndex drop) {
            return leadingColumns(drop.index());
        }
        if (op instanceof Op.CreateIndex create) {
            return leadingColumns(create.index());
        }
        return null;
    }

    private static List<String> leadingColumns(Index index) {
        return IndexReplacements.leadingColumns(index);
    }
}
