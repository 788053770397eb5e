package dev.godwit.internal.db.postgres;

import dev.godwit.internal.render.InPlaceScript;
import dev.godwit.internal.render.ColumnDependents;
import dev.godwit.internal.render.ColumnPosition;
import dev.godwit.internal.render.ScriptBuilder;
import dev.godwit.internal.diff.ChangeSet;
import dev.godwit.internal.diff.Op;
import dev.godwit.schema.CheckConstraint;
import dev.godwit.schema.Column;
import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.Index;
import dev.godwit.schema.PrimaryKey;
import dev.godwit.schema.Sequence;
import dev.godwit.schema.Table;
import dev.godwit.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL statements of one change set. Constraints are named when the model names them;
 * a constraint the model holds without a name is dropped by the name PostgreSQL would have given
 * it ({@link PostgresNames}). Comments are separate {@code COMMENT ON} statements.
 */
final class PostgresScript extends InPlaceScript {

    PostgresScript(ChangeSet changes) {
        super(changes, new PostgresDialect());
    }

    @Override
    protected String expression(String printed) {
        return PostgresExpressions.reparseable(printed);
    }

    @Override
    protected String dialectName() {
        return "PostgreSQL";
    }

    @Override
    protected void createTable(Op.CreateTable op) {
        Table table = op.table();
        List<String> elements = new ArrayList<>();
        for (Column column : table.columns()) {
            elements.add(PostgresColumns.definition(ids, column));
        }
        elements.addAll(constraintElements(table));
        emit(createTableStatement(table.name(), elements, null));
        if (table.comment() != null) {
            emit(tableComment(table.name(), table.comment()));
        }
        for (Column column : table.columns()) {
            if (column.comment() != null) {
                emit(columnComment(table.name(), column.name(), column.comment()));
            }
        }
        for (Index index : table.indexes()) {
            emit(createIndexStatement(table.name(), index));
        }
    }

    @Override
    protected void addColumn(Op.AddColumn op) {
        emit(ColumnPosition.of(changes, op).map(p -> p.note(dialectName()) + "\n").orElse("")
                + alterTable(op.table()) + "ADD COLUMN " + PostgresColumns.definition(ids, op.column()));
        if (op.column().comment() != null) {
            emit(columnComment(op.table(), op.column().name(), op.column().comment()));
        }
    }

    /**
     * A column getting a new generated expression is replaced ({@link #dropWithDependents},
     * {@link #addWithDependents}); other changes are made in place. PostgreSQL will not retype a
     * column that generated columns read, so those are dropped before the type changes and added
     * again after (their values are computed anew).
     */
    @Override
    protected void alterColumn(Op.AlterColumn op) {
        String table = op.table();
        if (PostgresColumnChange.needsReplacement(op.from(), op.to())) {
            ColumnDependents dependents = dropWithDependents(table, List.of(op.from()));
            addWithDependents(table, List.of(op.to()), dependents);
            return;
        }
        List<Column> readers = op.from().type().equals(op.to().type()) ? List.of()
                : live.table(table).map(t -> t.columns().stream()
                        .filter(c -> c.generated() != null && !c.name().equals(op.from().name())
                                && ColumnDependents.mentions(c.generated(), op.from().name()))
                        .toList()).orElse(List.of());
        ColumnDependents dependents = readers.isEmpty() ? ColumnDependents.NONE : dropWithDependents(table, readers);
        PostgresColumnChange.statements(ids, table, op.from(), op.to()).forEach(this::emit);
        if (!readers.isEmpty()) {
            addWithDependents(table, readers, dependents);
        }
    }

    /**
     * Drops columns with what reads them. DROP COLUMN would drop the indexes and constraints that
     * read a column (the primary key too) silently, so they are dropped first by name, to be
     * created again by {@link #addWithDependents}.
     */
    private ColumnDependents dropWithDependents(String table, List<Column> columns) {
        ColumnDependents dependents = live.table(table)
                .map(t -> ColumnDependents.of(t, columns.stream().map(Column::name).toList()))
                .orElse(ColumnDependents.NONE);
        for (ForeignKey fk : dependents.foreignKeys()) {
            dropConstraint(table, fk.name() != null ? fk.name() : PostgresNames.foreignKey(table, fk.columns()));
        }
        for (UniqueConstraint unique : dependents.uniques()) {
            dropConstraint(table, unique.name() != null ? unique.name() : PostgresNames.unique(table, unique.columns()));
        }
        for (CheckConstraint check : dependents.checks()) {
            dropConstraint(table, checkName(table, check));
        }
        for (Index index : dependents.indexes()) {
            emit("DROP INDEX " + ids.quote(index.name()));
        }
        PrimaryKey pk = dependents.primaryKey();
        if (pk != null) {
            dropConstraint(table, pk.name() != null ? pk.name() : PostgresNames.primaryKey(table));
        }
        for (Column column : columns) {
            emit(alterTable(table) + "DROP COLUMN " + ids.quote(column.name()));
        }
        return dependents;
    }

    private void addWithDependents(String table, List<Column> columns, ColumnDependents dependents) {
        for (Column column : columns) {
            emit(alterTable(table) + "ADD COLUMN " + PostgresColumns.definition(ids, column));
            if (column.comment() != null) {
                emit(columnComment(table, column.name(), column.comment()));
            }
        }
        PrimaryKey pk = dependents.primaryKey();
        if (pk != null) {
            emit(alterTable(table) + "ADD " + primaryKey(pk));
        }
        for (Index index : dependents.indexes()) {
            emit(createIndexStatement(table, index));
        }
        for (CheckConstraint check : dependents.checks()) {
            emit(alterTable(table) + "ADD " + check(new CheckConstraint(checkName(table, check), check.expression())));
        }
        for (UniqueConstraint unique : dependents.uniques()) {
            emit(alterTable(table) + "ADD " + unique(unique));
        }
        for (ForeignKey fk : dependents.foreignKeys()) {
            emit(alterTable(table) + "ADD " + foreignKey(fk));
        }
    }

    @Override
    protected void dropPrimaryKey(Op.DropPrimaryKey op) {
        String name = op.primaryKey().name();
        dropConstraint(op.table(), name != null ? name : PostgresNames.primaryKey(op.table()));
    }

    @Override
    protected void dropForeignKey(Op.DropForeignKey op) {
        String name = op.foreignKey().name();
        dropConstraint(op.table(), name != null ? name : PostgresNames.foreignKey(op.table(), op.foreignKey().columns()));
    }

    @Override
    protected void dropUnique(Op.DropUnique op) {
        String name = op.unique().name();
        dropConstraint(op.table(), name != null ? name : PostgresNames.unique(op.table(), op.unique().columns()));
    }

    @Override
    protected void dropCheck(Op.DropCheck op) {
        dropConstraint(op.table(), checkName(op.table(), op.check()));
    }

    /** The check's name, or the name PostgreSQL gave it. */
    private String checkName(String table, CheckConstraint check) {
        if (check.name() != null) {
            return check.name();
        }
        List<String> columns = live.table(table).map(t -> t.columns().stream().map(Column::name).toList())
                .orElse(List.of());
        return PostgresNames.check(table, check.expression(), columns);
    }

    private void dropConstraint(String table, String name) {
        emit(alterTable(table) + "DROP CONSTRAINT " + ids.quote(name));
    }

    @Override
    protected void alterTableComment(Op.AlterTableComment op) {
        emit(tableComment(op.table(), op.to()));
    }

    @Override
    protected void createEnum(Op.CreateEnum op) {
        emit(PostgresEnumChange.create(ids, op.type()));
    }

    @Override
    protected void dropEnum(Op.DropEnum op) {
        emit("DROP TYPE " + ids.quote(op.type().name()));
    }

    @Override
    protected void alterEnum(Op.AlterEnum op) {
        if (op.onlyAddsValues()) {
            PostgresEnumChange.addValues(ids, op).forEach(this::emitOutsideTransaction);
        } else {
            PostgresEnumChange.rebuild(ids, op, live, changes.to(), this::createIndexStatement).forEach(this::emit);
        }
    }

    @Override
    protected void createSequence(Op.CreateSequence op) {
        Sequence s = op.sequence();
        emit("CREATE SEQUENCE " + ids.quote(s.name()) + " AS " + s.type() + " INCREMENT BY " + s.increment()
                + " MINVALUE " + s.min() + " MAXVALUE " + s.max() + " START WITH " + s.start() + " CACHE " + s.cache()
                + (s.cycle() ? " CYCLE" : " NO CYCLE"));
    }

    @Override
    protected void alterSequence(Op.AlterSequence op) {
        Sequence from = op.from();
        Sequence to = op.to();
        StringBuilder sql = new StringBuilder("ALTER SEQUENCE ").append(ids.quote(to.name()));
        int length = sql.length();
        if (!from.type().equals(to.type())) {
            sql.append(" AS ").append(to.type());
        }
        if (from.increment() != to.increment()) {
            sql.append(" INCREMENT BY ").append(to.increment());
        }
        if (from.min() != to.min()) {
            sql.append(" MINVALUE ").append(to.min());
        }
        if (from.max() != to.max()) {
            sql.append(" MAXVALUE ").append(to.max());
        }
        if (from.start() != to.start()) {
            sql.append(" START WITH ").append(to.start());
        }
        if (from.cache() != to.cache()) {
            sql.append(" CACHE ").append(to.cache());
        }
        if (from.cycle() != to.cycle()) {
            sql.append(to.cycle() ? " CYCLE" : " NO CYCLE");
        }
        if (sql.length() > length) {
            emit(sql.toString());
        }
    }

    @Override
    protected void dropSequence(Op.DropSequence op) {
        emit("DROP SEQUENCE " + ids.quote(op.sequence().name()));
    }

    private String tableComment(String table, String comment) {
        return "COMMENT ON TABLE " + ids.quote(table) + " IS " + (comment == null ? "NULL" : literal(comment));
    }

    private String columnComment(String table, String column, String comment) {
        return "COMMENT ON COLUMN " + ids.quote(table) + "." + ids.quote(column) + " IS "
                + (comment == null ? "NULL" : literal(comment));
    }
}
