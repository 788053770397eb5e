package dev.godwit.junit;

import dev.godwit.api.MigrationTestReport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/** A {@link MigrationTestReport} as dynamic tests: the heads, one per revision, the model. */
final class MigrationTests {

    private MigrationTests() {
    }

    static Stream<DynamicTest> of(MigrationTestReport report) {
        return MigrationCheck.of(report).stream().map(check -> DynamicTest.dynamicTest(check.name(), () -> {
            if (check.failure() != null) {
                Assertions.fail(check.failure());
            }
            if (check.aborted() != null) {
                Assumptions.abort(check.aborted());
            }
        }));
    }
}
