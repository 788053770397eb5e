package dev.godwit.internal.diff;

import dev.godwit.schema.Column;
import dev.godwit.schema.ColumnType;
import dev.godwit.schema.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Notices drops and adds that look like renames, for the person reading the revision: a column
 * dropped and a column of the same shape ({@link Column#sameShape}) added in the same table, or a
 * table dropped and a table created with the same column names and types. Each dropped and each
 * added object is paired at most once, the first candidate in order winning. The hints never
 * change the operations: a rename guessed wrong would silently move data.
 */
final class RenameDetector {

    private RenameDetector() {
    }

    /** Table hints first (by dropped name), then column hints of the surviving tables (by table name). */
    static List<RenameHint> hints(Collection<Table> dropped, Collection<Table> created,
                                  Collection<TableChanges> surviving) {
        List<RenameHint> hints = new ArrayList<>(tables(dropped, created));
        for (TableChanges changes : surviving) {
            hints.addAll(columns(changes));
        }
        return hints;
    }

    /** Pairs dropped and created tables whose columns have the same names and types (in any order). */
    static List<RenameHint> tables(Collection<Table> dropped, Collection<Table> created) {
        List<RenameHint> hints = new ArrayList<>();
        List<Table> candidates = new ArrayList<>(created);
        for (Table old : dropped) {
            Map<String, ColumnType> shape = shape(old);
            for (Table candidate : candidates) {
                if (shape.equals(shape(candidate))) {
                    hints.add(new RenameHint(null, old.name(), candidate.name()));
                    candidates.remove(candidate);
                    break;
                }
            }
        }
        return hints;
    }

    /** Pairs the dropped and added columns of one table that have the same shape. */
    static List<RenameHint> columns(TableChanges changes) {
        List<Column> added = new ArrayList<>();
        List<Column> dropped = new ArrayList<>();
        for (Op op : changes.columnChanges()) {
            if (op instanceof Op.AddColumn add) {
                added.add(add.column());
            } else if (op instanceof Op.DropColumn drop) {
                dropped.add(drop.column());
            }
        }
        List<RenameHint> hints = new ArrayList<>();
        for (Column old : dropped) {
            for (Column candidate : added) {
                if (old.sameShape(candidate)) {
                    hints.add(new RenameHint(changes.name(), old.name(), candidate.name()));
                    added.remove(candidate);
                    break;
                }
            }
        }
        return hints;
    }

    private static Map<String, ColumnType> shape(Table table) {
        Map<String, ColumnType> shape = new HashMap<>();
        for (Column column : table.columns()) {
            shape.put(column.name(), column.type());
        }
        return shape;
    }
}
