package dev.godwit.autogen;

import dev.godwit.api.SchemaDiff;
import dev.godwit.diff.Op;
import dev.godwit.diff.RenameHint;
import dev.godwit.dialect.Dialect;
import dev.godwit.render.RenderedStatement;
import dev.godwit.render.SectionText;
import java.util.ArrayList;
import java.util.List;

/** Turns a {@link Comparison} into the API's {@link SchemaDiff}: change lines, warnings and SQL text. */
public final class DiffReport {

    private DiffReport() {
    }

    public static SchemaDiff of(Comparison comparison, Dialect dialect, List<String> databaseRevisions) {
        SectionText text = new SectionText(dialect);
        List<String> changes = comparison.upgrade().ops().stream().map(Op::describe).toList();
        List<String> hints = new ArrayList<>();
        for (RenameHint hint : comparison.upgrade().renameHints()) {
            hints.add(hint.isTableRename() ? "table " + hint.from() + " -> " + hint.to() + " may be a rename"
                    : "column " + hint.table() + "." + hint.from() + " -> " + hint.to() + " may be a rename");
        }
        boolean transactional = transactional(comparison.upgradeStatements())
                && transactional(comparison.downgradeStatements());
        return new SchemaDiff(changes, comparison.upgrade().dataLoss(), hints,
                text.write(comparison.upgrade(), comparison.upgradeStatements()),
                text.write(comparison.downgrade(), comparison.downgradeStatements()), transactional,
                databaseRevisions);
    }

    /**
     * False when a statement that must commit before its result is used (PostgreSQL's
     * {@code ALTER TYPE … ADD VALUE}) is followed by a statement using the new value: then the
     * revision must run without a transaction. Otherwise it can stay transactional.
     */
    static boolean transactional(List<RenderedStatement> statements) {
        for (int i = 0; i < statements.size(); i++) {
            RenderedStatement s = statements.get(i);
            if (!s.outsideTransaction()) {
                continue;
            }
            for (String value : addedValues(s)) {
                String literal = "'" + value.replace("'", "''") + "'";
                for (int j = 0; j < statements.size(); j++) {
                    if (j != i && !statements.get(j).outsideTransaction() && statements.get(j).sql().contains(literal)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static List<String> addedValues(RenderedStatement statement) {
        List<String> values = new ArrayList<>();
        for (Op op : statement.ops()) {
            if (op instanceof Op.AlterEnum alter) {
                alter.to().values().stream().filter(v -> !alter.from().values().contains(v)).forEach(values::add);
            }
        }
        return values;
    }
}
