package dev.godwit.internal.run;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.internal.javarev.LoadedJavaRevision;
import dev.godwit.internal.script.RevisionFile;
import dev.godwit.internal.script.RevisionFileParser;
import dev.godwit.internal.script.Section;
import dev.godwit.internal.script.Statement;
import java.util.List;
import java.util.Map;

/**
 * A revision file with both sections split once, and its checksum (taken in the same pass), for
 * everything that needs its statements: running it, validating it, the offline script.
 * {@link Revisions#split} keeps one per revision, so a run splits each file once however often it
 * is needed.
 *
 * @param checksum the checksum with {@link Checksum#ALGORITHM}
 */
record SplitRevision(RevisionFile file, List<Statement> upgrade, List<Statement> downgrade, String checksum) {

    /**
     * Splits the sections of {@code file} that run on the reading's dialect. The checksum covers
     * those sections only, so a file with shared sections only sums as it always did, and adding
     * another dialect's section to a file changes nothing for this one.
     *
     * @throws GodwitException when the file has no upgrade for the dialect, neither its own nor a
     *     shared one
     */
    static SplitRevision of(RevisionFile file, Reading reading) {
        String dialect = reading.dialect();
        if (dialect != null && !file.runsOn(dialect)) {
            throw noSection(file, dialect);
        }
        Section up = file.upgrade(dialect);
        Section down = file.downgrade(dialect);
        StringBuilder tokens = new StringBuilder(up.sql().length() + down.sql().length() + 32);
        tokens.append("upgrade\n");
        List<Statement> upgrade = RevisionFileParser.statements(file, true, dialect, reading.options(), tokens);
        tokens.append("\ndowngrade\n");
        List<Statement> downgrade = RevisionFileParser.statements(file, false, dialect, reading.options(), tokens);
        return new SplitRevision(file, upgrade, downgrade, Checksum.ofTokens(tokens));
    }

    /**
     * A Java revision: each direction is one step, the code, written as a comment naming it (what the
     * offline script and a dry run show); the checksum covers its source or class bytes.
     */
    static SplitRevision ofJava(RevisionFile file, LoadedJavaRevision code) {
        List<Statement> upgrade = List.of(new Statement(javaStep(code, "upgrade"), 1, 1));
        List<Statement> downgrade = file.downgrade().present()
                ? List.of(new Statement(javaStep(code, "downgrade"), 1, 1)) : List.of();
        return new SplitRevision(file, upgrade, downgrade, Checksum.ofTokens(code.checksumText()));
    }

    private static String javaStep(LoadedJavaRevision code, String method) {
        return "-- Java revision: " + code.className() + "." + method + "(context) runs here";
    }

    private static GodwitException noSection(RevisionFile file, String dialect) {
        return new GodwitException(ErrorCode.BAD_REVISION_FILE, "Revision " + file.revision() + " has no section for "
                + dialect + ": " + file.path() + " has `-- +upgrade " + String.join("`, `-- +upgrade ", file.dialects())
                + "` and no shared `-- +upgrade`",
                "Add a `-- +upgrade " + dialect + "` section (and its `-- +downgrade " + dialect + "`) to the file, or a"
                        + " shared `-- +upgrade` section that any database without its own runs. Nothing was run.",
                null, Map.of("revision", file.revision(), "file", String.valueOf(file.path()), "dialect", dialect));
    }

    /** The checksum with {@code algorithm}, one {@link Checksum#canVerify} accepts. */
    String checksum(String algorithm) {
        return Checksum.SHA256_V1.equals(algorithm) ? Checksum.sha256V1(upgrade, downgrade) : checksum;
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
            List<String> others = file.dialects().stream().filter(d -> file.downgrade(d).present()).toList();
            String where = others.isEmpty() || file.downgrade(null).present() ? "" : " for this database (its file has `-- +downgrade "
                    + String.join("`, `-- +downgrade ", others) + "` and no shared `-- +downgrade`)";
            throw new GodwitException(ErrorCode.NOT_REVERSIBLE, "Revision " + file.revision() + " (" + file.message()
                    + ") has no downgrade" + where + ", so nothing can be downgraded past it. File: " + file.path(),
                    "Write the statements that undo it under `-- +downgrade` in that file; or, after reverting "
                            + "it by hand, stamp the database with an earlier revision. Nothing was run.", null,
                    Map.of("revision", file.revision(), "file", String.valueOf(file.path())));
        }
    }
}
