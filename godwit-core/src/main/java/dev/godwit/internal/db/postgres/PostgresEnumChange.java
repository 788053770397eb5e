package dev.godwit.internal.db.postgres;

import dev.godwit.internal.render.Identifiers;
import dev.godwit.internal.render.LiveSchema;
import dev.godwit.internal.render.SqlText;
import dev.godwit.internal.diff.Op;
import dev.godwit.schema.CheckConstraint;
import dev.godwit.schema.Column;
import dev.godwit.schema.ColumnType;
import dev.godwit.schema.Index;
import dev.godwit.schema.Schema;
import dev.godwit.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A changed PostgreSQL enum type. Values that are only added go in with
 * {@code ALTER TYPE … ADD VALUE}, each placed {@code BEFORE} or {@code AFTER} its neighbour
 * (statements that must be committed before the new value can be used). Anything else (a value
 * removed, values reordered) rebuilds the type: the old one is renamed {@code name_old}, the new
 * one created, every column that uses it (as itself or as an array) converted through text, and
 * the old type dropped. A column's default names the type, so it is dropped before the conversion
 * and set again after: to the default the target schema gives the column when it keeps this type
 * there; a column that a later operation drops or retypes is left for that operation. Views
 * reading a converted column stop the conversion (PostgreSQL refuses to retype such a column):
 * the differ drops and recreates views around changes to what they read.
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

    /**
     * The statements that rebuild the type, given the tables as they are at this point.
     * Index predicates, index expressions and checks that cast to the type ({@code WHERE status =
     * 'open'::status}) compare with the old type once the column is converted, and keep the old
     * type from being dropped: they are dropped before the conversion and created again after.
     */
    static List<String> rebuild(Identifiers ids, Op.AlterEnum op, LiveSchema live, Schema target,
            BiFunction<String, Index, String> createIndex) {
        String name = op.to().name();
        String type = ids.quote(name);
        String old = ids.quote(name + "_old");
        Pattern mention = mention(ids, name);
        List<String> statements = new ArrayList<>();
        List<String> recreate = new ArrayList<>();
        statements.add("ALTER TYPE " + type + " RENAME TO " + old);
        statements.add(create(ids, op.to()));
        for (Table table : live.tables()) {
            for (Index index : table.indexes()) {
                if (mentions(mention, index.where())
                        || index.keys().stream().anyMatch(k -> mentions(mention, k.expression()))) {
                    statements.add("DROP INDEX " + ids.quote(index.name()));
                    recreate.add(createIndex.apply(table.name(), index));
                }
            }
            for (CheckConstraint check : table.checks()) {
                if (mentions(mention, check.expression())) {
                    String checkName = check.name() != null ? check.name() : PostgresNames.check(table.name(),
                            check.expression(), table.columns().stream().map(Column::name).toList());
                    String alter = "ALTER TABLE " + ids.quote(table.name()) + " ";
                    statements.add(alter + "DROP CONSTRAINT " + ids.quote(checkName));
                    recreate.add(alter + "ADD CONSTRAINT " + ids.quote(checkName) + " CHECK "
                            + SqlText.enclosed(PostgresExpressions.reparseable(check.expression()), PostgresDialect.SPLITTER_OPTIONS));
                }
            }
        }
        for (Table table : live.tables()) {
            for (Column column : table.columns()) {
                int dimensions = arrayDimensions(ids, column.type(), name);
                if (dimensions >= 0) {
                    convert(ids, table, column, dimensions, target, statements);
                }
            }
        }
        statements.addAll(recreate);
        statements.add("DROP TYPE " + old);
        return statements;
    }

    /** A cast to the type, as PostgreSQL prints every use of an enum in an expression: {@code 'open'::status}. */
    private static Pattern mention(Identifiers ids, String name) {
        return Pattern.compile("::\\s*(" + Pattern.quote(name) + "|" + Pattern.quote(ids.quote(name))
                + ")(?![A-Za-z0-9_$])");
    }

    private static boolean mentions(Pattern mention, String text) {
        return text != null && mention.matcher(text).find();
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
        String restore = wanted.map(Column::sqlDefault).map(PostgresExpressions::reparseable).orElse(null);
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
