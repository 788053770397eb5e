package dev.godwit.internal.render;

import dev.godwit.internal.diff.Op;
import dev.godwit.schema.Column;
import dev.godwit.schema.Index;
import dev.godwit.schema.IndexKey;
import dev.godwit.schema.PrimaryKey;
import dev.godwit.schema.Schema;
import dev.godwit.schema.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The tables as the statements rendered so far leave them: the change set's {@code from} schema
 * with every earlier operation applied. Some renderings depend on that moment rather than on
 * either end of the change set: which columns use an enum type when it is rebuilt, which keys an
 * AUTO_INCREMENT column still has, which rows a SQLite rebuild copies and which of its indexes it
 * recreates.
 */
public final class LiveSchema {

    private final Map<String, Table> tables = new LinkedHashMap<>();

    public LiveSchema(Schema from) {
        for (Table table : from.tables()) {
            tables.put(table.name(), table);
        }
    }

    public Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    public Collection<Table> tables() {
        return List.copyOf(tables.values());
    }

    /** Records that {@code op} has been carried out. */
    public void apply(Op op) {
        if (op instanceof Op.CreateTable create) {
            tables.put(create.table().name(), create.table());
        } else if (op instanceof Op.DropTable drop) {
            tables.remove(drop.table().name());
        } else {
            Table table = tables.get(op.subject());
            if (table != null) {
                tables.put(table.name(), after(table, op));
            }
        }
    }

    /** Replaces a table outright (a SQLite rebuild creates it anew). */
    public void put(Table table) {
        tables.put(table.name(), table);
    }

    /** {@code table} once {@code op}, an operation on it, has been carried out. */
    public static Table after(Table table, Op op) {
        return op.accept(new After(table));
    }

    /**
     * What each kind of operation does to the table it changes; operations on something else
     * (a table as a whole, an enum type, a sequence, a view) leave it as it is.
     */
    private record After(Table table) implements Op.Visitor<Table> {
        public Table visitCreateTable(Op.CreateTable op) {
            return table;
        }

        public Table visitDropTable(Op.DropTable op) {
            return table;
        }

        public Table visitAddColumn(Op.AddColumn add) {
            List<Column> columns = new ArrayList<>(table.columns());
            columns.add(add.column());
            return table.withColumns(columns);
        }

        public Table visitDropColumn(Op.DropColumn drop) {
            return withoutColumn(table, drop.column().name());
        }

        public Table visitAlterColumn(Op.AlterColumn alter) {
            return table.withColumns(table.columns().stream()
                    .map(c -> c.name().equals(alter.from().name()) ? alter.to() : c).toList());
        }

        public Table visitAddPrimaryKey(Op.AddPrimaryKey add) {
            return table.withPrimaryKey(add.primaryKey());
        }

        public Table visitDropPrimaryKey(Op.DropPrimaryKey drop) {
            return table.withPrimaryKey(null);
        }

        public Table visitAddForeignKey(Op.AddForeignKey add) {
            return table.withForeignKeys(plus(table.foreignKeys(), add.foreignKey()));
        }

        public Table visitDropForeignKey(Op.DropForeignKey drop) {
            return table.withForeignKeys(table.foreignKeys().stream()
                    .filter(fk -> !fk.signature().equals(drop.foreignKey().signature())).toList());
        }

        public Table visitCreateIndex(Op.CreateIndex create) {
            return table.withIndexes(plus(table.indexes(), create.index()));
        }

        public Table visitDropIndex(Op.DropIndex drop) {
            return table.withIndexes(table.indexes().stream()
                    .filter(i -> !i.name().equals(drop.index().name())).toList());
        }

        public Table visitAddUnique(Op.AddUnique add) {
            return table.withUniques(plus(table.uniques(), add.unique()));
        }

        public Table visitDropUnique(Op.DropUnique drop) {
            return table.withUniques(table.uniques().stream()
                    .filter(u -> !u.columns().equals(drop.unique().columns())).toList());
        }

        public Table visitAddCheck(Op.AddCheck add) {
            return table.withChecks(plus(table.checks(), add.check()));
        }

        public Table visitDropCheck(Op.DropCheck drop) {
            return table.withChecks(table.checks().stream()
                    .filter(c -> !(Objects.equals(c.name(), drop.check().name())
                            && c.expression().equals(drop.check().expression())))
                    .toList());
        }

        public Table visitAlterTableComment(Op.AlterTableComment comment) {
            return table.withComment(comment.to());
        }

        public Table visitAlterTableOptions(Op.AlterTableOptions options) {
            return table.withOptions(options.to());
        }

        public Table visitCreateEnum(Op.CreateEnum op) {
            return table;
        }

        public Table visitDropEnum(Op.DropEnum op) {
            return table;
        }

        public Table visitAlterEnum(Op.AlterEnum op) {
            return table;
        }

        public Table visitCreateSequence(Op.CreateSequence op) {
            return table;
        }

        public Table visitDropSequence(Op.DropSequence op) {
            return table;
        }

        public Table visitAlterSequence(Op.AlterSequence op) {
            return table;
        }

        public Table visitCreateView(Op.CreateView op) {
            return table;
        }

        public Table visitDropView(Op.DropView op) {
            return table;
        }
    }

    /**
     * The table without a column, as the databases leave it: the column also leaves the primary
     * key and the indexes that read it (an index left without keys goes).
     */
    private static Table withoutColumn(Table table, String column) {
        List<Column> columns = table.columns().stream().filter(c -> !c.name().equals(column)).toList();
        PrimaryKey pk = table.primaryKey();
        if (pk != null && pk.columns().contains(column)) {
            pk = pk.without(column);
        }
        List<Index> indexes = new ArrayList<>();
        for (Index index : table.indexes()) {
            List<IndexKey> keys = index.keys().stream().filter(k -> !column.equals(k.column())).toList();
            if (!keys.isEmpty()) {
                indexes.add(new Index(index.name(), index.unique(), keys, index.where(), index.method()));
            }
        }
        return table.withColumns(columns).withPrimaryKey(pk).withIndexes(indexes);
    }

    private static <T> List<T> plus(List<T> items, T item) {
        List<T> copy = new ArrayList<>(items);
        copy.add(item);
        return copy;
    }
}
