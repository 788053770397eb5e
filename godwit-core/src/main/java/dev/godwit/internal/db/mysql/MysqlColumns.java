package dev.godwit.internal.db.mysql;

import dev.godwit.internal.render.Identifiers;
import dev.godwit.internal.render.SqlText;
import dev.godwit.schema.Column;
import dev.godwit.schema.Identity;
import java.util.function.UnaryOperator;

/**
 * MySQL/MariaDB column definitions, the whole of which {@code MODIFY COLUMN} restates:
 * {@code name type [CHARACTER SET cs] [COLLATE co] [NOT NULL] [DEFAULT d] [ON UPDATE x]
 * [AUTO_INCREMENT] [COMMENT '…']}. A generated column is
 * {@code name type … GENERATED ALWAYS AS (expr) VIRTUAL|STORED [COMMENT '…']}: MariaDB refuses
 * NULL, NOT NULL and DEFAULT on one ({@link Column#virtual()} says which kind). A
 * nullable TIMESTAMP column says NULL: without it, MySQL's legacy timestamp rules (when
 * {@code explicit_defaults_for_timestamp} is off) would make it NOT NULL.
 */
final class MysqlColumns {

    private MysqlColumns() {
    }

    static String definition(Identifiers ids, Column column, UnaryOperator<String> literal) {
        StringBuilder sql = new StringBuilder(ids.quote(column.name())).append(' ').append(column.type().sql());
        if (column.charset() != null) {
            sql.append(" CHARACTER SET ").append(column.charset());
        }
        if (column.collation() != null) {
            sql.append(" COLLATE ").append(column.collation());
        }
        if (column.generated() != null) {
            sql.append(" GENERATED ALWAYS AS ").append(SqlText.enclosed(column.generated(), MysqlDialect.SPLITTER_OPTIONS))
                    .append(column.virtual() ? " VIRTUAL" : " STORED");
        } else {
            if (!column.nullable()) {
                sql.append(" NOT NULL");
            } else if (column.type().baseName().equals("timestamp")) {
                sql.append(" NULL");
            }
            if (column.defaultValue() != null) {
                sql.append(" DEFAULT ").append(column.defaultValue());
            }
            if (column.onUpdate() != null) {
                sql.append(" ON UPDATE ").append(column.onUpdate());
            }
            if (column.identity() == Identity.AUTO_INCREMENT) {
                sql.append(" AUTO_INCREMENT");
            }
        }
        if (column.comment() != null) {
            sql.append(" COMMENT ").append(literal.apply(column.comment()));
        }
        return sql.toString();
    }
}
