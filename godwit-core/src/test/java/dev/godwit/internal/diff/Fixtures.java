package dev.godwit.internal.diff;

import dev.godwit.schema.CheckConstraint;
import dev.godwit.schema.Column;
import dev.godwit.schema.EnumType;
import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.ForeignKeyAction;
import dev.godwit.schema.Index;
import dev.godwit.schema.PrimaryKey;
import dev.godwit.schema.Schema;
import dev.godwit.schema.Sequence;
import dev.godwit.schema.Table;
import dev.godwit.schema.UniqueConstraint;
import dev.godwit.schema.View;
import java.util.Arrays;
import java.util.List;

/** Short builders for schema models in the differ's tests. */
final class Fixtures {

    private Fixtures() {
    }

    static Column col(String name, String type) {
        return Column.of(name, type, true, null);
    }

    static Column notNull(String name, String type) {
        return Column.of(name, type, false, null);
    }

    /** A table with a not-null integer id as primary key, then the given columns. */
    static Table table(String name, Column... columns) {
        List<Column> all = new java.util.ArrayList<>();
        all.add(notNull("id", "integer"));
        all.addAll(Arrays.asList(columns));
        return Table.of(name, all, new PrimaryKey(name + "_pkey", List.of("id")));
    }

    static ForeignKey fk(String column, String referencedTable) {
        return new ForeignKey(null, List.of(column), referencedTable, List.of("id"), ForeignKeyAction.NO_ACTION,
                ForeignKeyAction.NO_ACTION);
    }

    static ForeignKey fk(String name, String column, String referencedTable, ForeignKeyAction onDelete) {
        return new ForeignKey(name, List.of(column), referencedTable, List.of("id"), onDelete,
                ForeignKeyAction.NO_ACTION);
    }

    static Table withFks(Table table, ForeignKey... keys) {
        return table.withForeignKeys(List.of(keys));
    }

    static Index index(String name, String... columns) {
        return Index.onColumns(name, false, List.of(columns));
    }

    static UniqueConstraint unique(String name, String... columns) {
        return new UniqueConstraint(name, List.of(columns));
    }

    static CheckConstraint check(String name, String expression) {
        return new CheckConstraint(name, expression);
    }

    static View view(String name, String definition) {
        return new View(name, definition);
    }

    static EnumType enumType(String name, String... values) {
        return new EnumType(name, List.of(values));
    }

    static Sequence sequence(String name, long increment) {
        return new Sequence(name, "bigint", 1, increment, 1, Long.MAX_VALUE, 1, false);
    }

    static Schema schema(Table... tables) {
        return Schema.ofTables(List.of(tables));
    }

    static Schema schema(List<Table> tables, List<View> views) {
        return new Schema(tables, views, List.of(), List.of());
    }

    static List<String> described(ChangeSet changes) {
        return changes.ops().stream().map(Op::describe).toList();
    }

    /** The differ's result in both directions, each checked by running it on a {@link SymbolicDatabase}. */
    static ChangeSet diffChecked(Schema from, Schema to) {
        ChangeSet changes = new SchemaDiffer().diff(from, to);
        SymbolicDatabase.check(from, to, changes);
        return changes;
    }
}
