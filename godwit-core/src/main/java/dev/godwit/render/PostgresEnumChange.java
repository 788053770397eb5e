package dev.godwit.render;

import dev.godwit.diff.Op;
import dev.godwit.schema.Column;
import dev.godwit.schema.ColumnType;
import dev.godwit.schema.Schema;
import dev.godwit.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A changed PostgreSQL enum type. Values that are only added go in with
 * {@code ALTER TYPE … ADD VALUE}, each placed {@code BEFORE} or {@code AFTER} its neighbour
 * (statements that must be committed before the new value can be used). Anything else (a value
 * removed, values reordered) rebuilds the type: the old one is renamed {@code name_old}, the new
 * one created, every column that uses it (as itself or as an array) converted through text, and
 * the old type dropped. A column's default names the type, so it is dropped before the conversion
 * and set again after: to the default the target schema gives the column when it keeps this type
 * there; a column that a later operation drops or retypes is left for that operation.
 */
final class PostgresEnumChange {

    private PostgresEnumChange() {
    }

    /** The {@code ADD VALUE} statements when {@code op} only adds values. */
    static List<String> addValues(Identifiers ids, Op.AlterEnum op) {
        List<String> statements = new ArrayList<>();
        List<String> current = new ArrayList<>(op.from().values());
        List<String> target = op.to().values();
        String prefix = "ALTER TYPE " + ids.quote(op.to().name()) + " ADD VALUE ";
        for (int i = 0; i < target.size(); i++) {
            String value = target.get(i);
            if (current.contains(value)) {
                continue;
            }
            String sql = prefix + SqlText.literal(value);
            if (i > 0) {
                String previous = target.get(i - 1);
                int at = current.indexOf(previous);
                if (at < current.size() - 1) {
                    sql += " AFTER " + SqlText.literal(previous);
                }
                current.add(at + 1, value);
            } else if (!current.isEmpty()) {
                sql += " BEFORE " + SqlText.literal(current.get(0));
                current.add(0, value);
            } else {
                current.add(value);
            }
            statements.add(sql);
        }
        return statements;
    }

    /** The statements that rebuild the type, given the tables as they are at this point. */
    static List<String> rebuild(Identifiers ids, Op.AlterEnum op, LiveSchema live, Schema target) {
        String name = op.to().name();
        String type = ids.quote(name);
        String old = ids.quote(name + "_old");
        List<String> statements = new ArrayList<>();
        statements.add("ALTER TYPE " + type + " RENAME TO " + old);
        statements.add(create(ids, op.to()));
        for (Table table : live.tables()) {
            for (Column column : table.columns()) {
                int dimensions = arrayDimensions(ids, column.type(), name);
                if (dimensions >= 0) {
                    convert(ids, table, column, dimensions, target, statements);
                }
            }
        }
        statements.add("DROP TYPE " + old);
        return statements;
    }

    static String create(Identifiers ids, dev.godwit.schema.EnumType type) {
        return "CREATE TYPE " + ids.quote(type.name()) + " AS ENUM ("
                + type.values().stream().map(SqlText::literal).collect(Collectors.joining(", ")) + ")";
    }

    private static void convert(Identifiers ids, Table table, Column column, int dimensions, Schema target,
            List<String> statements) {
        String alter = "ALTER TABLE " + ids.quote(table.name()) + " ALTER COLUMN " + ids.quote(column.name()) + " ";
        if (column.defaultValue() != null) {
            statements.add(alter + "DROP DEFAULT");
        }
        statements.add(alter + "TYPE " + column.type().sql() + " USING " + ids.quote(column.name()) + "::text"
                + "[]".repeat(dimensions) + "::" + column.type().sql());
        Optional<Column> wanted = target.table(table.name()).flatMap(t -> t.column(column.name()))
                .filter(c -> c.type().equals(column.type()));
        String restore = wanted.map(Column::defaultValue).orElse(null);
        if (restore != null) {
            statements.add(alter + "SET DEFAULT " + restore);
        }
    }

    /**
     * How many array dimensions a column of {@code type} puts around the enum {@code name}: 0 for
     * the enum itself, 1 for {@code name[]}…, or -1 when the column does not use it.
     */
    static int arrayDimensions(Identifiers ids, ColumnType type, String name) {
        String sql = type.sql().strip();
        int dimensions = 0;
        while (sql.endsWith("[]")) {
            sql = sql.substring(0, sql.length() - 2).stripTrailing();
            dimensions++;
        }
        return sql.equals(name) || sql.equals(ids.quote(name)) ? dimensions : -1;
    }
}
