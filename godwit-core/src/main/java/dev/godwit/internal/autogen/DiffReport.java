package dev.godwit.internal.autogen;

import dev.godwit.api.SchemaDiff;
import dev.godwit.internal.diff.Op;
import dev.godwit.internal.diff.RenameHint;
import dev.godwit.internal.dialect.Dialect;
import dev.godwit.internal.render.RenderedStatement;
import dev.godwit.internal.render.SectionText;
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
        List<String> notes = new ArrayList<>();
        StringBuilder header = new StringBuilder();
        for (String object : comparison.desired().notModelled()) {
            String note = object + " is not modelled: the revision leaves it out";
            notes.add(note);
            header.append("-- NOTE: ").append(note).append('\n');
        }
        notes.addAll(statementNotes(comparison.upgradeStatements(), ""));
        notes.addAll(statementNotes(comparison.downgradeStatements(), "downgrade: "));
        String upgrade = text.write(comparison.upgrade(), comparison.upgradeStatements());
        return new SchemaDiff(changes, comparison.upgrade().dataLoss(), hints,
                header.length() == 0 ? upgrade : header + "\n" + upgrade,
                text.write(comparison.downgrade(), comparison.downgradeStatements()), transactional,
                databaseRevisions, notes);
    }

    /** The {@code -- NOTE:} lines a renderer put above its statements (a column it cannot place), without the marker. */
    private static List<String> statementNotes(List<RenderedStatement> statements, String prefix) {
        List<String> notes = new ArrayList<>();
        for (RenderedStatement statement : statements) {
            for (String line : statement.sql().split("\n")) {
                if (line.startsWith("-- NOTE: ")) {
                    notes.add(prefix + line.substring("-- NOTE: ".length()));
                }
            }
        }
        return notes;
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
