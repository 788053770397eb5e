package dev.godwit.internal.db.mysql;

import dev.godwit.internal.render.SqlText;
import dev.godwit.schema.Table;
import dev.godwit.schema.TableOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * The table options after a new table's closing parenthesis, in the order SHOW CREATE TABLE prints
 * them: {@code ENGINE=… DEFAULT CHARSET=… COLLATE=…}, the create options
 * ({@code ROW_FORMAT=…}), {@code COMMENT='…'}.
 */
final class MysqlTableClause {

    private MysqlTableClause() {
    }

    static String of(Table table) {
        List<String> options = new ArrayList<>();
        TableOptions o = table.options();
        if (o.engine() != null) {
            options.add("ENGINE=" + o.engine());
        }
        if (o.charset() != null) {
            options.add("DEFAULT CHARSET=" + o.charset());
        }
        if (o.collation() != null) {
            options.add("COLLATE=" + o.collation());
        }
        options.addAll(o.createOptions());
        if (table.comment() != null) {
            options.add("COMMENT=" + SqlText.mysqlLiteral(table.comment()));
        }
        return String.join(" ", options);
    }
}
