package dev.godwit.internal.diff;

import dev.godwit.schema.Column;
import dev.godwit.schema.Identity;
import java.util.Optional;

/**
 * A {@code NOT NULL} column without a default added to an existing table: the rows already there
 * have no value for it. PostgreSQL and SQLite refuse the change when the table has rows, so the
 * upgrade fails there; MySQL/MariaDB fill the rows with the type's implicit default ({@code 0},
 * {@code ''}), which is rarely the value wanted. A column that numbers itself or is computed is
 * not at risk.
 */
final class RequiredColumn {

    private RequiredColumn() {
    }

    static Optional<String> risk(String table, Column column) {
        if (column.nullable() || column.sqlDefault() != null && !column.sqlDefault().equalsIgnoreCase("NULL")
                || column.identity() != Identity.NONE || column.generated() != null) {
            return Optional.empty();
        }
        return Optional.of("adds " + table + "." + column.name() + " NOT NULL without a default: if " + table
                + " has rows, the upgrade fails (PostgreSQL, SQLite) or fills them with the type's implicit"
                + " default such as 0 or '' (MySQL/MariaDB); give it a default, or add it nullable, fill it"
                + " and then set NOT NULL");
    }
}
