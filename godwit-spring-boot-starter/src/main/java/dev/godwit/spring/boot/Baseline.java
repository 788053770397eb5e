package dev.godwit.spring.boot;

import dev.godwit.Godwit;
import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.RevisionInfo;
import java.util.List;

/**
 * The revision a database with tables but no version table is stamped at: {@code godwit.baseline-revision},
 * else the first revision of the files (the one base of the revision graph).
 */
final class Baseline {

    private Baseline() {
    }

    static String revision(Godwit godwit, String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        List<String> bases = godwit.history(null, false).stream().filter(RevisionInfo::base).map(RevisionInfo::id)
                .toList();
        if (bases.size() != 1) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION, "godwit.baseline-on-empty is set, but the revision "
                    + "files have " + (bases.isEmpty() ? "no revision" : bases.size() + " first revisions " + bases)
                    + ", so the baseline revision is not clear; nothing was run",
                    "Set godwit.baseline-revision to the revision the database's existing tables correspond to.");
        }
        return bases.get(0);
    }
}
