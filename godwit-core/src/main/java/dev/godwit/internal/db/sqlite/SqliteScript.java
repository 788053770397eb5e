package dev.godwit.internal.db.sqlite;

import dev.godwit.internal.render.ColumnPosition;
import dev.godwit.internal.render.ScriptBuilder;
import dev.godwit.internal.diff.ChangeSet;
import dev.godwit.internal.diff.Op;
import dev.godwit.schema.Column;
import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.Index;
import dev.godwit.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The SQLite statements of one change set. SQLite creates and drops tables, indexes and views,
 * and adds some columns in place; every other change to a table (a column altered or dropped,
 * a key, foreign key, unique or check constraint added or dropped, a column it cannot add) is
 * made by one {@link TableRebuild} of that table ({@link How} says which changes, for every kind
 * of operation), which carries all of the table's such
 * operations and stands where the first of them stood. DropIndex operations on the table that
 * come after the rebuild are carried by it too: the rebuild does not recreate those indexes.
 * Comments and storage options do not exist in SQLite and render to nothing, and so does a
 * change to a table the change set drops (the differ drops such a table's foreign keys first).
 */
final class SqliteScript extends ScriptBuilder {

    /** The operations each rebuilt table's rebuild carries, in change-set order. */
    private final Map<String, List<Op>> rebuilds = new HashMap<>();
    /** The operation at whose place each rebuild stands. */
    private final Map<Op, String> rebuildAt = new IdentityHashMap<>();
    private final Map<Op, Boolean> carried = new IdentityHashMap<>();
    /** Per dropped table, the changes to it its DROP TABLE carries out. */
    private final Map<String, List<Op>> goWithDrop = new HashMap<>();

    SqliteScript(ChangeSet changes) {
        super(changes, new SqliteDialect());
        plan();
    }

    @Override
    protected String dialectName() {
        return "SQLite";
    }

    private void plan() {
        Set<String> dropped = new HashSet<>();
        for (Op op : changes.ops()) {
            if (op instanceof Op.DropTable drop) {
                dropped.add(drop.table().name());
            }
        }
        for (Op op : changes.ops()) {
            if (dropped.contains(op.subject()) && isTableChange(op)) {
                // a change to a table the change set drops (the differ drops its foreign keys first,
                // for databases that enforce them at once): the DROP TABLE takes it along
                carried.put(op, Boolean.TRUE);
                goWithDrop.computeIfAbsent(op.subject(), t -> new ArrayList<>()).add(op);
            } else if (needsRebuild(op)) {
                rebuilds.putIfAbsent(op.subject(), new ArrayList<>());
            }
        }
        for (Op op : changes.ops()) {
            List<Op> carriedOps = rebuilds.get(op.subject());
            if (carriedOps == null || carried.containsKey(op)) {
                continue;
            }
            boolean started = !carriedOps.isEmpty();
            if (isTableChange(op) || started && op instanceof Op.DropIndex) {
                if (!started) {
                    rebuildAt.put(op, op.subject());
                }
                carriedOps.add(op);
                carried.put(op, Boolean.TRUE);
            }
        }
    }

    private static boolean needsRebuild(Op op) {
        return op.accept(HOW) == How.REBUILD;
    }

    /** Operations a rebuild carries out by creating the table as the target defines it. */
    private static boolean isTableChange(Op op) {
        return op.accept(HOW) != How.ON_ITS_OWN;
    }

    /** How SQLite makes a change. */
    private enum How {
        /** Its own statement(s), never part of a rebuild: tables, indexes, views. */
        ON_ITS_OWN,
        /** In place (ADD COLUMN, or nothing for a comment), unless the table is rebuilt anyway: then the rebuild. */
        IN_PLACE_UNLESS_REBUILT,
        /** Only by rebuilding the table: SQLite's ALTER TABLE cannot make it. */
        REBUILD
    }

    /** The one place that says which changes SQLite makes by rebuilding the table. */
    private static final Op.Visitor<How> HOW = new Op.Visitor<>() {
        public How visitCreateTable(Op.CreateTable op) {
            return How.ON_ITS_OWN;
        }

        public How visitDropTable(Op.DropTable op) {
            return How.ON_ITS_OWN;
        }

        public How visitAddColumn(Op.AddColumn op) {
            return SqliteColumns.addableInPlace(op.column()) ? How.IN_PLACE_UNLESS_REBUILT : How.REBUILD;
        }

        public How visitDropColumn(Op.DropColumn op) {
            return How.REBUILD;
        }

        public How visitAlterColumn(Op.AlterColumn op) {
            return How.REBUILD;
        }

        public How visitAddPrimaryKey(Op.AddPrimaryKey op) {
            return How.REBUILD;
        }

        public How visitDropPrimaryKey(Op.DropPrimaryKey op) {
            return How.REBUILD;
        }

        public How visitAddForeignKey(Op.AddForeignKey op) {
            return How.REBUILD;
        }

        public How visitDropForeignKey(Op.DropForeignKey op) {
            return How.REBUILD;
        }

        public How visitCreateIndex(Op.CreateIndex op) {
            return How.ON_ITS_OWN;
        }

        public How visitDropIndex(Op.DropIndex op) {
            return How.ON_ITS_OWN;
        }

        public How visitAddUnique(Op.AddUnique op) {
            return How.REBUILD;
        }

        public How visitDropUnique(Op.DropUnique op) {
            return How.REBUILD;
        }

        public How visitAddCheck(Op.AddCheck op) {
            return How.REBUILD;
        }

        public How visitDropCheck(Op.DropCheck op) {
            return How.REBUILD;
        }

        public How visitAlterTableComment(Op.AlterTableComment op) {
            return How.IN_PLACE_UNLESS_REBUILT;
        }

        public How visitAlterTableOptions(Op.AlterTableOptions op) {
            return How.REBUILD;
        }

        public How visitCreateEnum(Op.CreateEnum op) {
            return How.ON_ITS_OWN;
        }

        public How visitDropEnum(Op.DropEnum op) {
            return How.ON_ITS_OWN;
        }

        public How visitAlterEnum(Op.AlterEnum op) {
            return How.ON_ITS_OWN;
        }

        public How visitCreateSequence(Op.CreateSequence op) {
            return How.ON_ITS_OWN;
        }

        public How visitDropSequence(Op.DropSequence op) {
            return How.ON_ITS_OWN;
        }

        public How visitAlterSequence(Op.AlterSequence op) {
            return How.ON_ITS_OWN;
        }

        public How visitCreateView(Op.CreateView op) {
            return How.ON_ITS_OWN;
        }

        public How visitDropView(Op.DropView op) {
            return How.ON_ITS_OWN;
        }
    };

    @Override
    protected void render(Op op) {
        String table = rebuildAt.get(op);
        if (table != null) {
            rebuild(table);
        } else if (op instanceof Op.DropTable drop && goWithDrop.containsKey(drop.table().name())) {
            List<Op> ops = new ArrayList<>(goWithDrop.get(drop.table().name()));
            ops.add(op);
            carry(ops);
            dispatch(op);
            live.apply(op);
        } else if (!carried.containsKey(op)) {
            super.render(op);
        }
    }

    private void rebuild(String name) {
        List<Op> ops = rebuilds.get(name);
        carry(ops);
        Table current = live.table(name).orElseThrow(() -> new IllegalArgumentException(
                "cannot rebuild table " + name + ": the change set's from schema has no such table"));
        Table target = changes.to().table(name).orElseThrow(() -> new IllegalArgumentException(
                "cannot rebuild table " + name + ": the change set's to schema has no such table"));
        List<Index> kept = current.indexes().stream()
                .filter(i -> target.index(i.name()).map(i::sameDefinition).orElse(false)).toList();
        List<String> indexes = kept.stream().map(i -> createIndexStatement(name, i)).toList();
        String createNew = createTableSql(target, TableRebuild.newName(name));
        TableRebuild.statements(ids, current, target, createNew, indexes, isReferenced(current, target))
                .forEach(this::emit);
        live.put(target.withIndexes(kept));
    }

    /** Whether a foreign key of any table (the old or new definition of this one included) references it. */
    private boolean isReferenced(Table current, Table target) {
        Stream<ForeignKey> keys = Stream.concat(live.tables().stream().flatMap(t -> t.foreignKeys().stream()),
                target.foreignKeys().stream());
        return keys.anyMatch(fk -> fk.referencedTable().equalsIgnoreCase(current.name()));
    }

    private String createTableSql(Table table, String name) {
        List<String> elements = new ArrayList<>();
        for (Column column : table.columns()) {
            elements.add(SqliteColumns.definition(ids, column, table));
        }
        Table constraints = SqliteColumns.hasInlineKey(table) ? table.withPrimaryKey(null) : table;
        elements.addAll(constraintElements(constraints));
        return createTableStatement(name, elements, table.options().suffix());
    }

    @Override
    protected void createTable(Op.CreateTable op) {
        Table table = op.table();
        emit(createTableSql(table, table.name()));
        for (Index index : table.indexes()) {
            emit(createIndexStatement(table.name(), index));
        }
    }

    /** {@code CREATE [UNIQUE] INDEX name ON table (keys) [WHERE predicate]}: SQLite has one kind of index. */
    @Override
    protected String createIndexStatement(String table, Index index) {
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + ids.quote(index.name()) + " ON "
                + ids.quote(table) + " " + keys(index) + (index.where() == null ? "" : " WHERE " + index.where());
    }

    @Override
    protected void addColumn(Op.AddColumn op) {
        emit(ColumnPosition.of(changes, op).map(p -> p.note(dialectName()) + "\n").orElse("") + alterTable(op.table()) + "ADD COLUMN " + SqliteColumns.definition(ids, op.column(),
                live.table(op.table()).orElseThrow()));
    }

    @Override
    protected void alterTableComment(Op.AlterTableComment op) {
        // SQLite keeps no comments
    }
}
