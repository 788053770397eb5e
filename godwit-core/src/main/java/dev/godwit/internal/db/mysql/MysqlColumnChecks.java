package dev.godwit.internal.db.mysql;

import dev.godwit.internal.render.LiveSchema;
import dev.godwit.internal.diff.ChangeSet;
import dev.godwit.internal.diff.Op;
import dev.godwit.schema.CheckConstraint;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;
import java.util.List;
import java.util.Optional;

/**
 * MariaDB's column-level checks ({@link CheckConstraint#columnLevel()}), written inline in their
 * column's definition on CREATE TABLE and ADD COLUMN, where MariaDB keeps them as column checks
 * (named after the column) and SHOW CREATE TABLE prints them in the column, as the model has them.
 * A column-level check added to or dropped from an existing column restates the column
 * ({@code MODIFY COLUMN}), with or without it: MariaDB has no name to add or drop it by, and a
 * MODIFY COLUMN that leaves it out drops it, so every MODIFY COLUMN restates the column's check.
 */
final class MysqlColumnChecks {

    private MysqlColumnChecks() {
    }

    /** The column-level check of a table's column, if it has one. */
    static Optional<CheckConstraint> of(Table table, String column) {
        return table.checks().stream().filter(check -> belongsTo(check, column)).findFirst();
    }

    /** The table's checks that are not written in a column definition. */
    static List<CheckConstraint> tableLevel(Table table) {
        return table.checks().stream()
                .filter(check -> table.columns().stream().noneMatch(c -> belongsTo(check, c.name()))).toList();
    }

    /** The change set's addition of a column-level check on a column it adds. */
    static Optional<Op.AddCheck> addedWith(ChangeSet changes, Op.AddColumn add) {
        return changes.ops().stream().filter(op -> op instanceof Op.AddCheck a && a.table().equals(add.table())
                && belongsTo(a.check(), add.column().name())).map(Op.AddCheck.class::cast).findFirst();
    }

    /** The live column a column-level check belongs to. */
    static Optional<Column> columnOf(LiveSchema live, String table, CheckConstraint check) {
        return check.columnLevel() ? live.table(table).flatMap(t -> t.column(check.name())) : Optional.empty();
    }

    private static boolean belongsTo(CheckConstraint check, String column) {
        return check.columnLevel() && column.equals(check.name());
    }
}
