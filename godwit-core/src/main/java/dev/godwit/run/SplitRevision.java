package dev.godwit.run;

import dev.godwit.api.GodwitException;
import dev.godwit.script.RevisionFile;
import dev.godwit.script.RevisionFileParser;
import dev.godwit.script.SplitterOptions;
import dev.godwit.script.Statement;
import java.util.List;

/**
 * A revision file with both sections split once, for everything that needs its statements: running
 * it, its checksum, the offline script, the preview.
 */
record SplitRevision(RevisionFile file, List<Statement> upgrade, List<Statement> downgrade) {

    static SplitRevision of(RevisionFile file, SplitterOptions options) {
        return new SplitRevision(file, RevisionFileParser.statements(file, true, options),
                RevisionFileParser.statements(file, false, options));
    }

    List<Statement> statements(boolean up) {
        return up ? upgrade : downgrade;
    }

    String checksum() {
        return Checksum.of(upgrade, downgrade);
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
