package dev.godwit.junit;

import dev.godwit.api.MigrationTestReport;
import dev.godwit.api.MigrationTestReport.Check;
import dev.godwit.api.MigrationTestReport.RevisionCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/** A {@link MigrationTestReport} as dynamic tests: the heads, one per revision, the model. */
final class MigrationTests {

    private MigrationTests() {
    }

    static Stream<DynamicTest> of(MigrationTestReport report) {
        List<DynamicTest> tests = new ArrayList<>();
        MigrationTestReport.Failure failure = report.failure();
        tests.add(DynamicTest.dynamicTest("heads", () -> {
            if (failure != null && failure.check() == Check.HEADS) {
                Assertions.fail(failure.describe());
            }
        }));
        for (RevisionCheck line : report.revisions()) {
            String name = line.message().isEmpty() ? line.revision() : line.revision() + " " + line.message();
            tests.add(DynamicTest.dynamicTest(name, () -> revision(line, failure)));
        }
        if (report.modelChecked()) {
            tests.add(DynamicTest.dynamicTest("model", () -> {
                if (failure != null && failure.check() == Check.MODEL) {
                    Assertions.fail(failure.describe());
                }
            }));
        }
        return tests.stream();
    }

    private static void revision(RevisionCheck line, MigrationTestReport.Failure failure) {
        switch (line.outcome()) {
            case FAILED:
                Assertions.fail(failure != null && line.revision().equals(failure.revision()) ? failure.describe()
                        : line.detail());
                break;
            case NO_DOWNGRADE:
                Assumptions.abort("no downgrade: the revision was upgraded only");
                break;
            case NOT_RUN:
                Assumptions.abort("not run: an earlier check failed");
                break;
            default:
                break;
        }
    }
}
