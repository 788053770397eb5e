package dev.godwit.diff;

import dev.godwit.schema.Schema;
import java.util.List;

/**
 * The operations that turn schema {@code from} into schema {@code to}, in an order that runs
 * (tables before the foreign keys pointing at them, drops in reverse dependency order), with the
 * likely renames noticed along the way. Renderers get both schemas, so a rebuild (SQLite) can
 * use the table's whole target definition.
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
