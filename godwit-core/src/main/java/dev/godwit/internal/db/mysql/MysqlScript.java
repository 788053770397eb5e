package dev.godwit.internal.db.mysql;

import dev.godwit.internal.render.InPlaceScript;
import dev.godwit.internal.render.ColumnDependents;
import dev.godwit.internal.render.ColumnPosition;
import dev.godwit.internal.render.LiveSchema;
import dev.godwit.internal.render.ScriptBuilder;
import dev.godwit.internal.render.SqlText;
import dev.godwit.internal.diff.ChangeSet;
import dev.godwit.internal.diff.Op;
import dev.godwit.schema.CheckConstraint;
import dev.godwit.schema.Column;
import dev.godwit.schema.Index;
import dev.godwit.schema.IndexKey;
import dev.godwit.schema.PrimaryKey;
import dev.godwit.schema.Table;
import dev.godwit.schema.TableOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The MySQL/MariaDB statements of one change set. A new table carries its indexes as KEY
 * elements (so an AUTO_INCREMENT column keyed only by a unique index is valid from the start);
 * a column change restates the whole column ({@code MODIFY COLUMN}); AUTO_INCREMENT columns stay
 * keyed through key changes ({@link AutoIncrementRules}). Dropping a foreign key, unique index or
 * check needs its name, which MySQL and MariaDB always keep.
 */
final class MysqlScript extends InPlaceScript {

    private final AutoIncrementRules autoIncrement = new AutoIncrementRules();
    /** Operations already carried out by an earlier statement. */
    private final Map<Op, Boolean> done = new IdentityHashMap<>();

    MysqlScript(ChangeSet changes) {
        super(changes, new MysqlDialect());
    }

    @Override
    protected String dialectName() {
        return "MySQL/MariaDB";
    }

    /**
     * Renders one operation, with two MySQL rules kept whatever the order of the change set: an
     * AUTO_INCREMENT column stays keyed ({@link AutoIncrementRules}), and a table has one
     * AUTO_INCREMENT column at most: when a column gains it while another still has it, the later
     * operation that takes it from the other (an ALTER or DROP of that column) joins the same
     * ALTER TABLE.
     */
    @Override
    protected void render(Op op) {
        if (done.containsKey(op)) {
            return;
        }
        List<Op> group = new ArrayList<>();
        AutoIncrementRules.handover(op, live, changes.ops()).ifPresent(other -> {
            group.add(other);
            done.put(other, Boolean.TRUE);
        });
        group.add(op);
        replacedIndex(op).ifPresent(drop -> {
            group.add(drop);
            done.put(drop, Boolean.TRUE);
        });
        carry(group);
        Optional<Table> before = changesKeys(op) ? live.table(op.subject()) : Optional.empty();
        List<String> keep = before.map(t -> {
            Table after = t;
            for (Op o : group) {
                after = LiveSchema.after(after, o);
            }
            return autoIncrement.keepKeyed(ids, after);
        }).orElse(List.of());
        if (group.size() == 1 && keep.isEmpty()) {
            dispatch(op);
        } else {
            List<String> clauses = new ArrayList<>();
            for (Op o : group) {
                clauses.add(clause(o));
            }
            clauses.addAll(keep);
            emit(alterTable(op.subject()) + String.join(", ", clauses));
        }
        group.forEach(live::apply);
        group.stream().filter(o -> o instanceof Op.AddColumn).map(o -> MysqlColumnChecks.addedWith(changes, (Op.AddColumn) o))
                .flatMap(Optional::stream).forEach(live::apply);
        if (op instanceof Op.DropTable drop) {
            autoIncrement.forget(drop.table().name());
        } else if (before.isPresent()) {
            live.table(op.subject()).flatMap(t -> autoIncrement.release(ids, t)).ifPresent(this::emit);
        }
    }

    /**
     * The index a new index replaces: a {@code CreateIndex} directly followed by a
     * {@code DropIndex} of the same table is the replacement of the last index over a foreign
     * key's columns (the change set creates indexes after the drops otherwise). Both go in one
     * ALTER TABLE: MySQL refuses the drop on its own, and when the old index is the one InnoDB made
     * for the key, a separate CREATE INDEX would make it vanish and the drop fail.
     */
    private Optional<Op> replacedIndex(Op op) {
        if (!(op instanceof Op.CreateIndex create)) {
            return Optional.empty();
        }
        List<Op> ops = changes.ops();
        for (int i = 0; i + 1 < ops.size(); i++) {
            if (ops.get(i) == op && ops.get(i + 1) instanceof Op.DropIndex drop && drop.table().equals(create.table())
                    && servesSameForeignKey(create.table(), create.index(), drop.index())) {
                return Optional.of(drop);
            }
        }
        return Optional.empty();
    }

    /** Whether both indexes can serve one of the table's foreign keys (their leading columns are its columns). */
    private boolean servesSameForeignKey(String table, Index created, Index dropped) {
        return live.table(table).map(t -> t.foreignKeys().stream().anyMatch(
                fk -> leadsWith(created, fk.columns()) && leadsWith(dropped, fk.columns()))).orElse(false);
    }

    private static boolean leadsWith(Index index, List<String> columns) {
        List<IndexKey> keys = index.keys();
        if (keys.size() < columns.size()) {
            return false;
        }
        java.util.Set<String> leading = new java.util.HashSet<>();
        for (IndexKey key : keys.subList(0, columns.size())) {
            if (key.isExpression()) {
                return false;
            }
            leading.add(key.column());
        }
        return leading.equals(new java.util.HashSet<>(columns));
    }

    private static boolean changesKeys(Op op) {
        return op instanceof Op.AddColumn || op instanceof Op.DropColumn || op instanceof Op.AlterColumn
                || op instanceof Op.AddPrimaryKey || op instanceof Op.DropPrimaryKey || op instanceof Op.CreateIndex
                || op instanceof Op.DropIndex || op instanceof Op.AddUnique || op instanceof Op.DropUnique;
    }

    /** The operation as one clause of ALTER TABLE, for the operations that can take a key away. */
    private String clause(Op op) {
        if (op instanceof Op.AddColumn o) {
            return "ADD COLUMN " + column(o.column()) + inline(MysqlColumnChecks.addedWith(changes, o).map(add -> {
                done.put(add, Boolean.TRUE);
                return add.check();
            })) + ColumnPosition.of(changes, o).map(p -> " " + p.clause(ids)).orElse("");
        }
        if (op instanceof Op.DropColumn o) {
            return "DROP COLUMN " + ids.quote(o.column().name());
        }
        if (op instanceof Op.AlterColumn o) {
            return isVirtual(o.from()) != isVirtual(o.to()) ? replace(o)
                    : "MODIFY COLUMN " + column(o.to()) + inline(live.table(o.table())
                            .flatMap(t -> MysqlColumnChecks.of(t, o.to().name())));
        }
        if (op instanceof Op.DropPrimaryKey) {
            return "DROP PRIMARY KEY";
        }
        if (op instanceof Op.DropIndex o) {
            return "DROP INDEX " + ids.quote(o.index().name());
        }
        if (op instanceof Op.CreateIndex o) {
            return "ADD " + keyElement(o.index());
        }
        if (op instanceof Op.DropUnique o) {
            return "DROP INDEX " + ids.quote(requireName(o.unique().name(), o));
        }
        throw new IllegalStateException("no ALTER TABLE clause for " + op.describe());
    }

    private static boolean isVirtual(Column column) {
        return column.generated() != null && column.virtual();
    }

    /**
     * MySQL and MariaDB cannot MODIFY a column into or out of being VIRTUAL (to STORED, to a
     * plain column, from a plain column): it is dropped and added again in one ALTER TABLE, with
     * the indexes and checks that read it, which DROP COLUMN would otherwise cut down or refuse.
     * A VIRTUAL column that becomes a plain one starts empty: its computed values are not kept.
     */
    private String replace(Op.AlterColumn op) {
        ColumnDependents dependents = live.table(op.table()).map(t -> ColumnDependents.of(t, op.from().name()))
                .orElse(ColumnDependents.NONE);
        List<String> clauses = new ArrayList<>();
        for (Index index : dependents.indexes()) {
            clauses.add("DROP INDEX " + ids.quote(index.name()));
        }
        List<CheckConstraint> tableChecks = dependents.checks().stream().filter(c -> !c.columnLevel()).toList();
        for (CheckConstraint check : tableChecks) {
            clauses.add("DROP CONSTRAINT " + ids.quote(requireName(check.name(), op)));
        }
        clauses.add("DROP COLUMN " + ids.quote(op.from().name()));
        clauses.add("ADD COLUMN " + column(op.to()) + inline(dependents.checks().stream()
                .filter(CheckConstraint::columnLevel).findFirst()) + live.table(op.table())
                .flatMap(t -> ColumnPosition.inModel(t, op.from().name())).map(p -> " " + p.clause(ids)).orElse(""));
        for (Index index : dependents.indexes()) {
            clauses.add("ADD " + keyElement(index));
        }
        for (CheckConstraint check : tableChecks) {
            clauses.add("ADD " + check(check));
        }
        return String.join(", ", clauses);
    }

    private String column(Column column) {
        return MysqlColumns.definition(ids, column, this::literal);
    }

    /**
     * A column-level check as written in its column's definition; MODIFY COLUMN restates it, since
     * MariaDB replaces a column's checks with its definition.
     */
    private String inline(Optional<CheckConstraint> check) {
        return check.map(c -> " " + check(new CheckConstraint(null, c.expression()))).orElse("");
    }

    /** A column-level check comes with its column's definition (MariaDB cannot ADD or DROP it by name). */
    @Override
    protected void addCheck(Op.AddCheck op) {
        MysqlColumnChecks.columnOf(live, op.table(), op.check()).ifPresentOrElse(
                column -> emit(alterTable(op.table()) + "MODIFY COLUMN " + column(column) + inline(Optional.of(op.check()))),
                () -> super.addCheck(op));
    }

    @Override
    protected String literal(String value) {
        return SqlText.mysqlLiteral(value);
    }

    @Override
    protected void createTable(Op.CreateTable op) {
        Table table = op.table();
        List<String> elements = new ArrayList<>();
        for (Column column : table.columns()) {
            elements.add(column(column) + inline(MysqlColumnChecks.of(table, column.name())));
        }
        if (table.primaryKey() != null) {
            elements.add(primaryKey(table.primaryKey()));
        }
        for (Index index : inKeyOrder(table)) {
            elements.add(keyElement(index));
        }
        List<String> constraints = constraintElements(table.withPrimaryKey(null)
                .withChecks(MysqlColumnChecks.tableLevel(table)));
        elements.addAll(constraints);
        emit(createTableStatement(table.name(), elements, MysqlTableClause.of(table)));
    }

    /**
     * The table's indexes in its key order ({@link TableOptions#keyOrder()}), those it does not
     * name after them in name order: MariaDB lists keys in the order CREATE TABLE gives them
     * (within its own grouping, unique keys first), so SHOW CREATE TABLE prints them as the model does.
     */
    private static List<Index> inKeyOrder(Table table) {
        List<String> order = table.options().keyOrder();
        List<Index> indexes = new ArrayList<>(table.indexes());
        indexes.sort(Comparator.comparingInt(index -> {
            int position = order.indexOf(index.name());
            return position < 0 ? Integer.MAX_VALUE : position;
        }));
        return indexes;
    }

    /** {@code [UNIQUE |FULLTEXT |SPATIAL ]KEY name (keys)[ USING method]}, inside CREATE TABLE. */
    private String keyElement(Index index) {
        return kind(index) + "KEY " + ids.quote(index.name()) + " " + keys(index) + using(index);
    }

    private static String kind(Index index) {
        String method = index.method() == null ? "" : index.method().toUpperCase(Locale.ROOT);
        if (method.equals("FULLTEXT") || method.equals("SPATIAL")) {
            return method + " ";
        }
        return index.unique() ? "UNIQUE " : "";
    }

    private static String using(Index index) {
        String method = index.method() == null ? "" : index.method().toUpperCase(Locale.ROOT);
        return method.isEmpty() || method.equals("FULLTEXT") || method.equals("SPATIAL") ? "" : " USING " + method;
    }

    /** A column with its prefix length ({@code name(10)}), or an expression, always in parentheses. */
    @Override
    protected String keyPart(IndexKey key) {
        String part = key.isExpression() ? SqlText.enclosed(key.expression(), syntax)
                : ids.quote(key.column()) + (key.prefixLength() == null ? "" : "(" + key.prefixLength() + ")");
        return key.descending() ? part + " DESC" : part;
    }

    @Override
    protected String primaryKey(PrimaryKey pk) {
        List<String> parts = new ArrayList<>();
        for (String column : pk.columns()) {
            Integer prefix = pk.prefixLength(column);
            parts.add(ids.quote(column) + (prefix == null ? "" : "(" + prefix + ")"));
        }
        return "PRIMARY KEY (" + String.join(", ", parts) + ")";
    }

    @Override
    protected void addColumn(Op.AddColumn op) {
        emit(alterTable(op.table()) + clause(op));
    }

    @Override
    protected void dropColumn(Op.DropColumn op) {
        emit(alterTable(op.table()) + clause(op));
    }

    @Override
    protected void alterColumn(Op.AlterColumn op) {
        emit(alterTable(op.table()) + clause(op));
    }

    @Override
    protected void dropPrimaryKey(Op.DropPrimaryKey op) {
        emit(alterTable(op.table()) + clause(op));
    }

    @Override
    protected void dropForeignKey(Op.DropForeignKey op) {
        emit(alterTable(op.table()) + "DROP FOREIGN KEY " + ids.quote(requireName(op.foreignKey().name(), op)));
    }

    @Override
    protected String createIndexStatement(String table, Index index) {
        return "CREATE " + kind(index) + "INDEX " + ids.quote(index.name()) + " ON " + ids.quote(table) + " "
                + keys(index) + using(index);
    }

    @Override
    protected void dropIndex(Op.DropIndex op) {
        emit("DROP INDEX " + ids.quote(op.index().name()) + " ON " + ids.quote(op.table()));
    }

    @Override
    protected void dropUnique(Op.DropUnique op) {
        emit(alterTable(op.table()) + clause(op));
    }

    @Override
    protected void dropCheck(Op.DropCheck op) {
        Optional<Column> column = MysqlColumnChecks.columnOf(live, op.table(), op.check());
        if (column.isPresent()) {
            emit(alterTable(op.table()) + "MODIFY COLUMN " + column(column.get()));
            return;
        }
        emit(alterTable(op.table()) + "DROP CONSTRAINT " + ids.quote(requireName(op.check().name(), op)));
    }

    @Override
    protected void alterTableComment(Op.AlterTableComment op) {
        emit(alterTable(op.table()) + "COMMENT=" + literal(op.to() == null ? "" : op.to()));
    }

    /** The engine, create options and character set of a table change: see {@link MysqlTableOptionsChange}. */
    @Override
    protected void alterTableOptions(Op.AlterTableOptions op) {
        MysqlTableOptionsChange.statements(op, alterTable(op.table()), live.table(op.table()), this::column)
                .forEach(this::emit);
    }

    /** MariaDB's sequences ({@link MariadbSequences}); MySQL has none, so no model of it holds one. */
    @Override
    protected void createSequence(Op.CreateSequence op) {
        emit(MariadbSequences.create(ids, op.sequence()));
    }

    @Override
    protected void alterSequence(Op.AlterSequence op) {
        MariadbSequences.alter(ids, op.from(), op.to()).ifPresent(this::emit);
    }

    @Override
    protected void dropSequence(Op.DropSequence op) {
        emit(MariadbSequences.drop(ids, op.sequence()));
    }

    private String requireName(String name, Op op) {
        if (name == null) {
            throw new IllegalArgumentException("MySQL/MariaDB needs the constraint's name to " + op.describe()
                    + "; the model holds none");
        }
        return name;
    }
}
