package dev.godwit.internal.db.mysql;

import dev.godwit.internal.diff.Op;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;
import dev.godwit.schema.TableOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A new engine is {@code ENGINE=…}. A new character set or collation converts the table
 * ({@code CONVERT TO CHARACTER SET … COLLATE …}): the model's columns without their own
 * character set follow the table's, so their data changes too. Columns that keep their own
 * character set or collation are then restated, since the conversion took them along, and so
 * are TEXT columns, which the conversion may have made MEDIUMTEXT (or MEDIUMTEXT LONGTEXT) to
 * hold as many characters in wider ones. Changed create options ({@code ROW_FORMAT=…}) go
 * with the new engine in one statement ({@link MysqlCreateOptionChange}).
 */
final class MysqlTableOptionsChange {

    private MysqlTableOptionsChange() {
    }

    /**
     * The statements of {@code op}, in order.
     *
     * @param alterTable {@code ALTER TABLE <name> } for the table
     * @param live the table as earlier statements leave it
     * @param column a column's whole definition, as {@code MODIFY COLUMN} restates it
     */
    static List<String> statements(Op.AlterTableOptions op, String alterTable, Optional<Table> live,
            Function<Column, String> column) {
        TableOptions from = op.from();
        TableOptions to = op.to();
        List<String> out = new ArrayList<>();
        List<String> clauses = new ArrayList<>();
        if (to.engine() != null && !Objects.equals(from.engine(), to.engine())) {
            clauses.add("ENGINE=" + to.engine());
        }
        clauses.addAll(MysqlCreateOptionChange.clauses(from.createOptions(), to.createOptions()));
        if (!clauses.isEmpty()) {
            out.add(alterTable + String.join(" ", clauses));
        }
        boolean charsetChanges = to.charset() != null && !Objects.equals(from.charset(), to.charset());
        boolean collationChanges = to.collation() != null && !Objects.equals(from.collation(), to.collation());
        if (!charsetChanges && !collationChanges) {
            return out;
        }
        String charset = to.charset() != null ? to.charset() : charsetOf(to.collation());
        out.add(alterTable + "CONVERT TO CHARACTER SET " + charset
                + (to.collation() == null ? "" : " COLLATE " + to.collation()));
        live.ifPresent(table -> {
            for (Column c : table.columns()) {
                if (c.charset() != null || c.collation() != null || isText(c)) {
                    out.add(alterTable + "MODIFY COLUMN " + column.apply(c));
                }
            }
        });
        return out;
    }

    /** TINYTEXT, TEXT and MEDIUMTEXT, which a conversion to a wider character set makes one size larger. */
    private static boolean isText(Column column) {
        String base = column.type().baseName();
        return base.equals("tinytext") || base.equals("text") || base.equals("mediumtext");
    }

    /** The character set a collation belongs to: the part of its name before the first underscore. */
    private static String charsetOf(String collation) {
        int underscore = collation.indexOf('_');
        return underscore < 0 ? collation : collation.substring(0, underscore);
    }
}
