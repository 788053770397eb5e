package dev.godwit.internal.render;

import dev.godwit.internal.diff.ChangeSet;
import dev.godwit.internal.diff.Op;
import dev.godwit.internal.diff.RenameHint;
import dev.godwit.internal.dialect.Dialect;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes rendered statements as the text of a revision section: one statement per paragraph,
 * each change that loses data preceded by a {@code -- WARNING:} line saying what goes, and each
 * likely rename preceded by a note with the {@code ALTER … RENAME} to use instead.
 */
public final class SectionText {

    private final Dialect dialect;

    public SectionText(Dialect dialect) {
        this.dialect = dialect;
    }

    public String write(ChangeSet changes, List<RenderedStatement> statements) {
        StringBuilder out = new StringBuilder();
        Set<Op> warned = new HashSet<>();
        Set<RenameHint> noted = new HashSet<>();
        for (RenderedStatement statement : statements) {
            for (Op op : statement.ops()) {
                for (RenameHint hint : changes.renameHints()) {
                    if (!noted.contains(hint) && concerns(hint, op)) {
                        noted.add(hint);
                        note(out, hint);
                    }
                }
                if (warned.add(op)) {
                    op.dataLoss().ifPresent(what -> out.append("-- WARNING: ").append(what).append('\n'));
                }
            }
            if (statement.outsideTransaction()) {
                out.append("-- (PostgreSQL: the new value can be used only once this transaction commits)\n");
            }
            out.append(statement.sql().strip()).append(";\n\n");
        }
        return out.toString().stripTrailing() + (out.length() == 0 ? "" : "\n");
    }

    private void note(StringBuilder out, RenameHint hint) {
        if (hint.isTableRename()) {
            out.append("-- NOTE: table ").append(hint.from()).append(" is dropped and table ").append(hint.to())
                    .append(" created with the same columns.\n")
                    .append("-- If this is a rename, keep the rows: replace the statements that drop and create them with\n")
                    .append("--   ALTER TABLE ").append(name(hint.from())).append(" RENAME TO ").append(name(hint.to()))
                    .append(";\n");
        } else {
            out.append("-- NOTE: column ").append(hint.table()).append('.').append(hint.from())
                    .append(" is dropped and ").append(hint.table()).append('.').append(hint.to())
                    .append(" added with the same definition.\n")
                    .append("-- If this is a rename, keep the values: replace the statements that drop and add them with\n")
                    .append("--   ALTER TABLE ").append(name(hint.table())).append(" RENAME COLUMN ")
                    .append(name(hint.from())).append(" TO ").append(name(hint.to())).append(";\n");
        }
    }

    private static boolean concerns(RenameHint hint, Op op) {
        if (hint.isTableRename()) {
            return (op instanceof Op.DropTable d && d.table().name().equals(hint.from()))
                    || (op instanceof Op.CreateTable c && c.table().name().equals(hint.to()));
        }
        return (op instanceof Op.DropColumn d && d.table().equals(hint.table()) && d.column().name().equals(hint.from()))
                || (op instanceof Op.AddColumn a && a.table().equals(hint.table())
                        && a.column().name().equals(hint.to()));
    }

    /** A name as SQL, by the dialect's rule: bare when it survives bare, quoted otherwise. */
    private String name(String identifier) {
        return dialect.name(identifier);
    }
}
