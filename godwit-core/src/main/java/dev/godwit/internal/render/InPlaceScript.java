package dev.godwit.internal.render;

import dev.godwit.internal.dialect.Dialect;
import dev.godwit.internal.diff.ChangeSet;
import dev.godwit.internal.diff.Op;

/**
 * The script of a database that changes an existing table in place, one ALTER TABLE per change
 * to a column or key (PostgreSQL, MySQL/MariaDB), as opposed to SQLite, which rebuilds the table
 * ({@link SqliteScript}). The changes without a standard ALTER TABLE form are abstract again
 * here, so such a database's script does not compile until it writes each of them.
 */
public abstract class InPlaceScript extends ScriptBuilder {

    protected InPlaceScript(ChangeSet changes, Dialect dialect) {
        super(changes, dialect);
    }

    @Override
    protected abstract void alterColumn(Op.AlterColumn op);

    @Override
    protected abstract void dropPrimaryKey(Op.DropPrimaryKey op);

    @Override
    protected abstract void dropForeignKey(Op.DropForeignKey op);

    @Override
    protected abstract void dropUnique(Op.DropUnique op);

    @Override
    protected abstract void dropCheck(Op.DropCheck op);
}
