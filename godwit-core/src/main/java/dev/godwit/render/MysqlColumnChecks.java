package dev.godwit.render;

import dev.godwit.diff.ChangeSet;
import dev.godwit.diff.Op;
import dev.godwit.schema.CheckConstraint;
import dev.godwit.schema.Table;
import java.util.List;
import java.util.Optional;

/**
 * MariaDB's column-level checks ({@link CheckConstraint#columnLevel()}), written inline in their
 * column's definition on CREATE TABLE and ADD COLUMN, where MariaDB keeps them as column checks
 * (named after the column) and SHOW CREATE TABLE prints them in the column, as the model has them.
 * Elsewhere (a check added to an existing column) they are added as table checks: the same
 * condition, only printed apart.
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

    private static boolean belongsTo(CheckConstraint check, String column) {
        return check.columnLevel() && column.equals(check.name());
    }
}
