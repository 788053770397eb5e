package dev.godwit.internal.render;

import dev.godwit.internal.diff.ChangeSet;
import dev.godwit.internal.diff.Op;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;
import java.util.List;
import java.util.Optional;

/**
 * Where an added column belongs. {@code ALTER TABLE … ADD COLUMN} puts a column last; that is
 * its place in the model when every column after it in the model is added by the same change
 * set too (they are added in the model's order). Otherwise the model wants it after another
 * column ({@code previous}), or first ({@code previous} null): MySQL/MariaDB can say so
 * ({@code AFTER}/{@code FIRST}), PostgreSQL and SQLite cannot, and the revision says the order
 * will differ. A downgrade that adds back a dropped column is placed the same way.
 *
 * @param previous the model's column before it, or null when it comes first
 */
public record ColumnPosition(String table, String column, String previous) {

    /** The position the column must be given, or empty when adding it last puts it where the model has it. */
    public static Optional<ColumnPosition> of(ChangeSet changes, Op.AddColumn add) {
        Table target = changes.to().table(add.table()).orElse(null);
        Table current = changes.from().table(add.table()).orElse(null);
        if (target == null || current == null) {
            return Optional.empty();
        }
        List<Column> columns = target.columns();
        int at = indexOf(columns, add.column().name());
        if (at < 0) {
            return Optional.empty();
        }
        for (Column after : columns.subList(at + 1, columns.size())) {
            if (current.column(after.name()).isPresent()) {
                return Optional.of(new ColumnPosition(add.table(), add.column().name(),
                        at == 0 ? null : columns.get(at - 1).name()));
            }
        }
        return Optional.empty();
    }

    /**
     * The place {@code column} has in {@code table} (after its previous column, or first), for a
     * column dropped and added again in one statement; empty when it is the last column.
     */
    public static Optional<ColumnPosition> inModel(Table target, String column) {
        int at = indexOf(target.columns(), column);
        if (at < 0 || at == target.columns().size() - 1) {
            return Optional.empty();
        }
        return Optional.of(new ColumnPosition(target.name(), column, at == 0 ? null : target.columns().get(at - 1).name()));
    }

    /** {@code FIRST} or {@code AFTER col} (MySQL/MariaDB). */
    public String clause(Identifiers ids) {
        return previous == null ? "FIRST" : "AFTER " + ids.quote(previous);
    }

    /** A revision comment for a database that adds the column last. */
    public String note(String database) {
        return "-- NOTE: column " + table + "." + column + " goes last in " + table + ", not "
                + (previous == null ? "first" : "after " + previous) + " as in the model (" + database
                + " adds columns at the end): the column order will differ from the model's.";
    }

    private static int indexOf(List<Column> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
