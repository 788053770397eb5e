package dev.godwit.cli;

import dev.godwit.schema.CheckConstraint;
import dev.godwit.schema.Column;
import dev.godwit.schema.EnumType;
import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.ForeignKeyAction;
import dev.godwit.schema.Identity;
import dev.godwit.schema.Index;
import dev.godwit.schema.IndexKey;
import dev.godwit.schema.Schema;
import dev.godwit.schema.Sequence;
import dev.godwit.schema.Table;
import dev.godwit.schema.UniqueConstraint;
import dev.godwit.schema.View;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints a schema for people, a table at a time, as DESCRIBE and SHOW INDEXES would: an aligned
 * column table, then keys, indexes and constraints; then views, enum types and sequences.
 */
final class SchemaFormat {

    private final PrintWriter out;

    SchemaFormat(PrintWriter out) {
        this.out = out;
    }

    void print(Schema schema) {
        boolean first = true;
        for (Table table : schema.tables()) {
            if (!first) {
                out.println();
            }
            first = false;
            table(table);
        }
        for (View view : schema.views()) {
            out.println();
            out.println("View " + view.name());
            for (String line : view.definition().strip().split("\n")) {
                out.println("  " + line.stripTrailing());
            }
        }
        for (EnumType type : schema.enums()) {
            out.println();
            out.println("Enum type " + type.name() + ": " + String.join(", ", type.values().stream().map(v -> "'" + v + "'").toList()));
        }
        for (Sequence s : schema.sequences()) {
            out.println();
            out.println("Sequence " + s.name() + ": " + s.type() + ", start " + s.start() + ", increment " + s.increment()
                    + ", min " + s.min() + ", max " + s.max() + ", cache " + s.cache() + (s.cycle() ? ", cycle" : ""));
        }
    }

    private void table(Table table) {
        StringBuilder title = new StringBuilder("Table " + table.name());
        List<String> options = new ArrayList<>();
        if (table.options().engine() != null) {
            options.add(table.options().engine());
        }
        if (table.options().collation() != null) {
            options.add(table.options().collation());
        }
        options.addAll(table.options().createOptions());
        if (!options.isEmpty()) {
            title.append("  [").append(String.join(", ", options)).append(']');
        }
        out.println(title);
        if (table.comment() != null) {
            out.println("  -- " + table.comment());
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Column", "Type", "Null", "Default", "Extra"});
        for (Column c : table.columns()) {
            rows.add(new String[] {c.name(), c.type().sql(), c.nullable() ? "YES" : "NO",
                    c.defaultValue() == null ? "" : c.defaultValue(), extra(table, c)});
        }
        aligned(rows);
        if (table.primaryKey() != null) {
            out.println("  Primary key: (" + String.join(", ", table.primaryKey().columns()) + ")"
                    + (table.primaryKey().name() == null ? "" : "  " + table.primaryKey().name()));
        }
        if (!table.foreignKeys().isEmpty()) {
            out.println("  Foreign keys:");
            for (ForeignKey fk : table.foreignKeys()) {
                out.println("    " + (fk.name() == null ? "" : fk.name() + " ") + "(" + String.join(", ", fk.columns())
                        + ") -> " + fk.referencedTable() + " (" + String.join(", ", fk.referencedColumns()) + ")"
                        + action("ON DELETE", fk.onDelete()) + action("ON UPDATE", fk.onUpdate()));
            }
        }
        if (!table.indexes().isEmpty() || !table.uniques().isEmpty()) {
            out.println("  Indexes:");
            for (Index index : table.indexes()) {
                out.println("    " + index.name() + (index.unique() ? " UNIQUE" : "")
                        + (index.method() == null ? "" : " " + index.method().toUpperCase(Locale.ROOT)) + " ("
                        + String.join(", ", index.keys().stream().map(SchemaFormat::key).toList()) + ")"
                        + (index.where() == null ? "" : " WHERE " + index.where()));
            }
            for (UniqueConstraint u : table.uniques()) {
                out.println("    " + (u.name() == null ? "" : u.name() + " ") + "UNIQUE constraint ("
                        + String.join(", ", u.columns()) + ")");
            }
        }
        if (!table.checks().isEmpty()) {
            out.println("  Checks:");
            for (CheckConstraint check : table.checks()) {
                out.println("    " + (check.name() == null ? "" : check.name() + ": ") + check.expression());
            }
        }
    }

    private static String extra(Table table, Column c) {
        List<String> parts = new ArrayList<>();
        if (c.identity() != Identity.NONE) {
            parts.add(c.identity().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        if (c.generated() != null) {
            parts.add("generated as (" + c.generated() + ")");
        }
        if (c.onUpdate() != null) {
            parts.add("on update " + c.onUpdate());
        }
        if (c.collation() != null) {
            parts.add("collate " + c.collation());
        }
        if (c.comment() != null) {
            parts.add("-- " + c.comment());
        }
        return String.join(", ", parts);
    }

    private static String key(IndexKey key) {
        String text = key.isExpression() ? "(" + key.expression() + ")" : key.column();
        if (key.prefixLength() != null) {
            text += "(" + key.prefixLength() + ")";
        }
        return key.descending() ? text + " DESC" : text;
    }

    private static String action(String label, ForeignKeyAction action) {
        return action == ForeignKeyAction.NO_ACTION ? "" : " " + label + " " + action.sql();
    }

    private void aligned(List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - row[i].length() + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
