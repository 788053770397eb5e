package dev.godwit.internal.diff;

import dev.godwit.schema.Schema;
import java.util.List;

/**
 * The operations that turn schema {@code from} into schema {@code to}, in an order that runs in
 * one pass on PostgreSQL, MySQL/MariaDB and SQLite, with the likely renames noticed along the way.
 * Renderers get both schemas, so a rebuild (SQLite) can use the table's whole target definition.
 *
 * <h2>Order</h2>
 * {@link SchemaDiffer} lists the operations in these phases; a renderer renders them in list order
 * and may rely on it:
 * <ol>
 * <li>{@code CreateEnum}, {@code CreateSequence}, {@code AlterEnum} that only adds values,
 *     {@code AlterSequence}: everything a column may need comes first.</li>
 * <li>{@code DropView} for dropped and changed views, and for views that read (directly or through
 *     other views) a table any later operation touches, a table that is dropped, or a view that is
 *     dropped or re-created; readers before the views they read. Such dependent views exist in
 *     both schemas and are created again in the last phase.</li>
 * <li>{@code AlterEnum} that removes or reorders values: a rebuild of the type that converts the
 *     columns using it, so it runs after the views over those tables are gone and before any table
 *     changes (the columns are still as in {@code from}).</li>
 * <li>{@code DropForeignKey}: removed keys, keys whose actions change (added again in phase 10),
 *     keys of surviving tables that reference a dropped table, keys that would block a later
 *     change (the key they reference is dropped, the last index over their columns is dropped on
 *     MySQL/MariaDB without a replacement, or
 *     a column at either end changes type, character set or collation: added again in phase 10),
 *     and the keys among dropped tables that close a reference cycle. A {@code DropForeignKey} on a
 *     table the same change set drops exists only so the drops run where constraints are
 *     enforced; a renderer that drops a table with its keys may skip it.</li>
 * <li>{@code DropIndex}, {@code DropUnique}, {@code DropCheck}, {@code DropPrimaryKey} of surviving
 *     tables. Where a foreign key needs an index (MySQL/MariaDB), a {@code CreateIndex} that
 *     replaces the last index over a kept foreign key's columns comes right before that
 *     {@code DropIndex}, so the key stays (see {@code IndexReplacements}).</li>
 * <li>{@code DropTable}, a table referencing another before it (cycles were cut in phase 4).</li>
 * <li>{@code CreateTable}, referenced tables first. The table is complete: columns, primary key,
 *     unique and check constraints, its {@link dev.godwit.schema.Table#indexes() indexes} (a
 *     renderer creates them with the table; the change set holds no {@code CreateIndex} for a new
 *     table) and its foreign keys, except those that close a cycle among the new tables and those
 *     to an existing table that reference a column or key only added later in this change set:
 *     those are removed from the table and follow as {@code AddForeignKey} in phase 10.</li>
 * <li>{@code AddColumn}, {@code AlterColumn}, {@code DropColumn}, table by table.</li>
 * <li>{@code AddPrimaryKey}, {@code AddUnique}, {@code AddCheck}, {@code CreateIndex} of surviving
 *     tables.</li>
 * <li>{@code AddForeignKey}: new and changed keys of surviving tables, keys dropped in phase 4 to
 *     make way, and the keys held back from phase 7.</li>
 * <li>{@code AlterTableComment}, {@code AlterTableOptions}.</li>
 * <li>{@code DropEnum}, {@code DropSequence}, once no column uses them.</li>
 * <li>{@code CreateView} for new, changed and dependent views, with their {@code to} definition;
 *     the views they read first.</li>
 * </ol>
 * Within a phase the order is by table name, then by object (index name, a foreign key's
 * signature, a constraint's columns or expression); columns are added in the target's column
 * order. Consecutive operations on one table are adjacent within a phase, so a renderer that
 * rebuilds tables (SQLite) can merge them.
 */
public record ChangeSet(Schema from, Schema to, List<Op> ops, List<RenameHint> renameHints) {

    public ChangeSet {
        ops = List.copyOf(ops);
        renameHints = List.copyOf(renameHints);
    }

    public boolean isEmpty() {
        return ops.isEmpty();
    }

    /** The changes that lose data, one line each. */
    public List<String> dataLoss() {
        return ops.stream().flatMap(op -> op.dataLoss().stream()).toList();
    }
}
