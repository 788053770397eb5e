package dev.godwit.internal.render;

import dev.godwit.internal.dialect.Dialect;
import dev.godwit.internal.dialect.DialectKind;
import dev.godwit.internal.script.SplitterOptions;
import dev.godwit.internal.diff.ChangeSet;
import dev.godwit.internal.diff.Op;
import dev.godwit.schema.CheckConstraint;
import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.ForeignKeyAction;
import dev.godwit.schema.Index;
import dev.godwit.schema.IndexKey;
import dev.godwit.schema.PrimaryKey;
import dev.godwit.schema.Table;
import dev.godwit.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders one change set for one dialect: walks the operations in the change set's order, hands
 * each to the method for its kind, and collects the statements with the operations they carry
 * out. One instance per change set, so a dialect may keep what it learns along the way (the
 * {@link LiveSchema}, MySQL's temporary keys). The clauses every dialect writes alike (keys,
 * foreign keys, checks, index keys, views) live here; each subclass writes its column
 * definitions and whatever its database does differently.
 */
public abstract class ScriptBuilder {

    protected final ChangeSet changes;
    protected final LiveSchema live;
    protected final SplitterOptions syntax;
    protected final Identifiers ids;
    private final List<RenderedStatement> statements = new ArrayList<>();
    private List<Op> carrying = List.of();
    private final Op.Visitor<Void> dispatch = new ScriptDispatch(this);

    protected ScriptBuilder(ChangeSet changes, Dialect dialect) {
        this.changes = changes;
        this.live = new LiveSchema(changes.from());
        this.syntax = dialect.splitterOptions();
        this.ids = new Identifiers(dialect);
    }

    /** Every statement, in order. */
    public final List<RenderedStatement> build() {
        for (Op op : changes.ops()) {
            render(op);
        }
        return List.copyOf(statements);
    }

    /** Renders one operation and records it in the live schema. */
    protected void render(Op op) {
        carry(List.of(op));
        dispatch(op);
        live.apply(op);
    }

    /** The operations the statements emitted from now on carry out. */
    protected final void carry(List<Op> ops) {
        carrying = List.copyOf(ops);
    }

    protected final void emit(String sql) {
        statements.add(new RenderedStatement(sql, carrying, false));
    }

    /** A statement whose effect later statements can only use once it is committed. */
    protected final void emitOutsideTransaction(String sql) {
        statements.add(new RenderedStatement(sql, carrying, true));
    }

    /** Hands {@code op} to the method for its kind. */
    protected final void dispatch(Op op) {
        op.accept(dispatch);
    }

    /** The database's name, for messages. */
    protected abstract String dialectName();

    // ---- operations: a default where every dialect writes them alike ----
    //
    // A change to an existing table's columns or keys (AlterColumn, DropColumn, Add/Drop of a
    // primary key, foreign key, unique or check constraint) is one ALTER TABLE on PostgreSQL and
    // MySQL/MariaDB, whose scripts extend InPlaceScript, which makes them write the changes
    // without a standard form. SQLite makes every such change by rebuilding the table:
    // SqliteScript plans the rebuilds (SqliteScript.How) and never hands these here.

    protected abstract void createTable(Op.CreateTable op);

    protected void dropTable(Op.DropTable op) {
        emit("DROP TABLE " + ids.quote(op.table().name()));
    }

    protected abstract void addColumn(Op.AddColumn op);

    protected void dropColumn(Op.DropColumn op) {
        emit(alterTable(op.table()) + "DROP COLUMN " + ids.quote(op.column().name()));
    }

    protected void alterColumn(Op.AlterColumn op) {
        throw notInPlace(op);
    }

    protected void addPrimaryKey(Op.AddPrimaryKey op) {
        emit(alterTable(op.table()) + "ADD " + primaryKey(op.primaryKey()));
    }

    protected void dropPrimaryKey(Op.DropPrimaryKey op) {
        throw notInPlace(op);
    }

    protected void addForeignKey(Op.AddForeignKey op) {
        emit(alterTable(op.table()) + "ADD " + foreignKey(op.foreignKey()));
    }

    protected void dropForeignKey(Op.DropForeignKey op) {
        throw notInPlace(op);
    }

    protected void createIndex(Op.CreateIndex op) {
        emit(createIndexStatement(op.table(), op.index()));
    }

    protected void dropIndex(Op.DropIndex op) {
        emit("DROP INDEX " + ids.quote(op.index().name()));
    }

    protected void addUnique(Op.AddUnique op) {
        emit(alterTable(op.table()) + "ADD " + unique(op.unique()));
    }

    protected void dropUnique(Op.DropUnique op) {
        throw notInPlace(op);
    }

    protected void addCheck(Op.AddCheck op) {
        emit(alterTable(op.table()) + "ADD " + check(op.check()));
    }

    protected void dropCheck(Op.DropCheck op) {
        throw notInPlace(op);
    }

    protected abstract void alterTableComment(Op.AlterTableComment op);

    /** Storage options exist on MySQL/MariaDB only; elsewhere the model has none to change. */
    protected void alterTableOptions(Op.AlterTableOptions op) {
        // nothing to do
    }

    protected void createEnum(Op.CreateEnum op) {
        throw unsupported("enum types", op);
    }

    protected void dropEnum(Op.DropEnum op) {
        throw unsupported("enum types", op);
    }

    protected void alterEnum(Op.AlterEnum op) {
        throw unsupported("enum types", op);
    }

    protected void createSequence(Op.CreateSequence op) {
        throw unsupported("sequences", op);
    }

    protected void dropSequence(Op.DropSequence op) {
        throw unsupported("sequences", op);
    }

    protected void alterSequence(Op.AlterSequence op) {
        throw unsupported("sequences", op);
    }

    protected void createView(Op.CreateView op) {
        emit("CREATE VIEW " + ids.quote(op.view().name()) + " AS " + expression(SqlText.query(op.view().definition())));
    }

    protected void dropView(Op.DropView op) {
        emit("DROP VIEW " + ids.quote(op.view().name()));
    }

    private IllegalStateException notInPlace(Op op) {
        return new IllegalStateException(dialectName() + " has no in-place form for: " + op.describe());
    }

    private IllegalArgumentException unsupported(String what, Op op) {
        return new IllegalArgumentException(dialectName() + " has no " + what + " (the model holds them for "
                + "PostgreSQL only); cannot render: " + op.describe());
    }

    // ---- clauses ----

    protected final String alterTable(String table) {
        return "ALTER TABLE " + ids.quote(table) + " ";
    }

    /** {@code CREATE TABLE name (} one element a line {@code )} and the suffix (table options), if any. */
    protected final String createTableStatement(String name, List<String> elements, String suffix) {
        return "CREATE TABLE " + ids.quote(name) + " (\n    " + String.join(",\n    ", elements) + "\n)"
                + (suffix == null || suffix.isEmpty() ? "" : " " + suffix);
    }

    /** The primary key, foreign keys, unique and check constraints of a table, as CREATE TABLE elements. */
    protected List<String> constraintElements(Table table) {
        List<String> elements = new ArrayList<>();
        if (table.primaryKey() != null) {
            elements.add(primaryKey(table.primaryKey()));
        }
        for (UniqueConstraint unique : table.uniques()) {
            elements.add(unique(unique));
        }
        for (ForeignKey fk : table.foreignKeys()) {
            elements.add(foreignKey(fk));
        }
        for (CheckConstraint check : table.checks()) {
            elements.add(check(check));
        }
        return elements;
    }

    protected final String constraintName(String name) {
        return name == null ? "" : "CONSTRAINT " + ids.quote(name) + " ";
    }

    protected String primaryKey(PrimaryKey pk) {
        return constraintName(pk.name()) + "PRIMARY KEY (" + ids.list(pk.columns()) + ")";
    }

    /** A foreign key; NO ACTION, every database's default, is not written. */
    protected final String foreignKey(ForeignKey fk) {
        StringBuilder sql = new StringBuilder(constraintName(fk.name()));
        sql.append("FOREIGN KEY (").append(ids.list(fk.columns())).append(") REFERENCES ")
                .append(ids.quote(fk.referencedTable())).append(" (").append(ids.list(fk.referencedColumns()))
                .append(')');
        if (fk.onDelete() != ForeignKeyAction.NO_ACTION) {
            sql.append(" ON DELETE ").append(fk.onDelete().sql());
        }
        if (fk.onUpdate() != ForeignKeyAction.NO_ACTION) {
            sql.append(" ON UPDATE ").append(fk.onUpdate().sql());
        }
        if (fk.deferrable()) {
            sql.append(fk.initiallyDeferred() ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE");
        }
        return sql.toString();
    }

    protected final String unique(UniqueConstraint unique) {
        return constraintName(unique.name()) + "UNIQUE (" + ids.list(unique.columns()) + ")";
    }

    protected final String check(CheckConstraint check) {
        return constraintName(check.name()) + "CHECK " + SqlText.enclosed(expression(check.expression()), syntax);
    }

    /** The key list of an index: {@code (a, b DESC, (lower(c)))}. */
    protected final String keys(Index index) {
        return "(" + index.keys().stream().map(this::keyPart).collect(Collectors.joining(", ")) + ")";
    }

    /** A column, or an expression (in parentheses unless it is one function call), then DESC if it sorts so. */
    protected String keyPart(IndexKey key) {
        String text = key.isExpression() ? expression(key.expression()) : null;
        String part = !key.isExpression() ? ids.quote(key.column())
                : SqlText.isFunctionCall(text, syntax) ? text.strip()
                : SqlText.enclosed(text, syntax);
        if (key.opclass() != null) {
            part += " " + key.opclass();
        }
        return key.descending() ? part + " DESC" : part;
    }

    /**
     * {@code CREATE [UNIQUE] INDEX name ON table [USING method] (keys) [INCLUDE (columns)]
     * [NULLS NOT DISTINCT] [WHERE predicate]} (PostgreSQL).
     */
    protected String createIndexStatement(String table, Index index) {
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + ids.quote(index.name()) + " ON "
                + ids.quote(table) + (index.method() == null ? "" : " USING " + index.method()) + " " + keys(index)
                + (index.include().isEmpty() ? "" : " INCLUDE (" + ids.list(index.include()) + ")")
                + (index.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "")
                + (index.where() == null ? "" : " WHERE " + expression(index.where()));
    }

    /**
     * An expression the catalog printed, as it is sent back to the database (a check, an index
     * key or predicate, a view's query); the dialect rewrites what its database would not print
     * the same way again.
     */
    protected String expression(String printed) {
        return printed;
    }

    protected String literal(String value) {
        return SqlText.literal(value);
    }
}
