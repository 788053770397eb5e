package dev.godwit.api;

import java.util.List;

/**
 * What an upgrade or downgrade did.
 *
 * @param direction   which way the run went
 * @param rowsBefore  the version table's rows before the run (the database's heads)
 * @param rowsAfter   the rows after it
 * @param revisions   the revisions that ran, in order; empty when there was nothing to do
 */
public record MigrationResult(Direction direction, List<String> rowsBefore, List<String> rowsAfter,
                              List<RevisionRun> revisions) {

    public MigrationResult {
        rowsBefore = List.copyOf(rowsBefore);
        rowsAfter = List.copyOf(rowsAfter);
        revisions = List.copyOf(revisions);
    }

    /** True when nothing needed to run. */
    public boolean nothingToDo() {
        return revisions.isEmpty();
    }
}
