package dev.godwit.run;

import dev.godwit.api.GodwitException;
import dev.godwit.script.RevisionFile;
import dev.godwit.script.RevisionFileParser;
import dev.godwit.script.SplitterOptions;
import dev.godwit.script.Statement;
import java.util.List;

/**
 * A revision file with both sections split once, and its checksum, for everything that needs its
 * statements: running it, validating it, the offline script. {@link Revisions#split} keeps one per
 * revision, so a run splits each file once however often it is needed.
 */
record SplitRevision(RevisionFile file, List<Statement> upgrade, List<Statement> downgrade, String checksum) {

    static SplitRevision of(RevisionFile file, SplitterOptions options) {
        List<Statement> upgrade = RevisionFileParser.statements(file, true, options);
        List<Statement> downgrade = RevisionFileParser.statements(file, false, options);
        return new SplitRevision(file, upgrade, downgrade, Checksum.of(upgrade, downgrade));
    }

    List<Statement> statements(boolean up) {
        return up ? upgrade : downgrade;
    }

    /**
     * Refuses a downgrade past a revision whose upgrade ran statements and whose downgrade has none.
     * A revision that ran nothing (a merge, an empty revision) needs nothing undone.
     */
    void requireDowngradable() {
        if (downgrade.isEmpty() && !upgrade.isEmpty()) {
            throw new GodwitException("Revision " + file.revision() + " (" + file.message() + ") has no downgrade, so "
                    + "nothing can be downgraded past it. File: " + file.path(),
                    "Write the statements that undo it under `-- +downgrade` in that file; or, after reverting "
                            + "it by hand, mark the database with `godwit stamp <earlier revision>`. Nothing was run.");
        }
    }
}
