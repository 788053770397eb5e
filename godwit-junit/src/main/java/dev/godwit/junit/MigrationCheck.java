package dev.godwit.junit;

import dev.godwit.api.MigrationTestReport;
import dev.godwit.api.MigrationTestReport.Check;
import dev.godwit.api.MigrationTestReport.RevisionCheck;
import java.util.ArrayList;
import java.util.List;

/**
 * One check of a {@link MigrationTestReport} as a test sees it: its name ({@code heads},
 * {@code <revision> <message>}, {@code model}) and how it ended: passed, failed with the report's
 * words (which revision, which step, what differs), or aborted (the revision has no downgrade, or
 * was not reached after an earlier failure).
 *
 * @param name the test's display name
 * @param failure the failure message, or null
 * @param aborted why the check did not run in full, or null
 */
record MigrationCheck(String name, String failure, String aborted) {

    /** Every check of {@code report}, in order: heads, one per revision, then the model when configured. */
    static List<MigrationCheck> of(MigrationTestReport report) {
        List<MigrationCheck> checks = new ArrayList<>();
        MigrationTestReport.Failure failure = report.failure();
        checks.add(new MigrationCheck("heads", failed(failure, Check.HEADS), null));
        for (RevisionCheck line : report.revisions()) {
            String name = line.message().isEmpty() ? line.revision() : line.revision() + " " + line.message();
            checks.add(revision(name, line, failure));
        }
        if (report.modelChecked()) {
            checks.add(new MigrationCheck("model", failed(failure, Check.MODEL), null));
        }
        return checks;
    }

    private static String failed(MigrationTestReport.Failure failure, Check check) {
        return failure != null && failure.check() == check ? failure.describe() : null;
    }

    private static MigrationCheck revision(String name, RevisionCheck line, MigrationTestReport.Failure failure) {
        switch (line.outcome()) {
            case FAILED:
                return new MigrationCheck(name, failure != null && line.revision().equals(failure.revision())
                        ? failure.describe() : "revision " + line.revision() + ": " + line.detail(), null);
            case NO_DOWNGRADE:
                return new MigrationCheck(name, null, "no downgrade: the revision was upgraded only");
            case NOT_RUN:
                return new MigrationCheck(name, null, "not run: an earlier check failed");
            default:
                return new MigrationCheck(name, null, null);
        }
    }
}
