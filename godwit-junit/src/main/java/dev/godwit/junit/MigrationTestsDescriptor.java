package dev.godwit.junit;

import java.util.List;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.opentest4j.TestAbortedException;

/**
 * One class annotated {@link GodwitMigrationTests}: a container whose tests, one per check, are
 * registered as they are known, once the migration test has run.
 */
final class MigrationTestsDescriptor extends AbstractTestDescriptor {
    static final String SEGMENT = "migration-tests";

    private final Class<?> testClass;

    MigrationTestsDescriptor(UniqueId parent, Class<?> testClass) {
        super(parent.append(SEGMENT, testClass.getName()), testClass.getSimpleName(), ClassSource.from(testClass));
        this.testClass = testClass;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    @Override
    public boolean mayRegisterTests() {
        return true;
    }

    @Override
    public String getLegacyReportingName() {
        return testClass.getName();
    }

    /** Runs the migration test and reports each check as a test of this container. */
    void execute(EngineExecutionListener listener) {
        listener.executionStarted(this);
        List<MigrationCheck> checks;
        try {
            checks = MigrationCheck.of(AnnotatedProject.of(testClass).report());
        } catch (TestAbortedException e) {
            listener.executionFinished(this, TestExecutionResult.aborted(e));
            return;
        } catch (RuntimeException | LinkageError e) {
            listener.executionFinished(this, TestExecutionResult.failed(e));
            return;
        }
        for (MigrationCheck check : checks) {
            TestDescriptor test = new CheckDescriptor(getUniqueId(), check.name(),
                    MethodSource.from(testClass.getName(), check.name()));
            addChild(test);
            listener.dynamicTestRegistered(test);
            listener.executionStarted(test);
            listener.executionFinished(test, result(check));
        }
        listener.executionFinished(this, TestExecutionResult.successful());
    }

    private static TestExecutionResult result(MigrationCheck check) {
        if (check.failure() != null) {
            return TestExecutionResult.failed(new AssertionError(check.failure()));
        }
        if (check.aborted() != null) {
            return TestExecutionResult.aborted(new TestAbortedException(check.aborted()));
        }
        return TestExecutionResult.successful();
    }

    /** One check: heads, a revision, the model. */
    private static final class CheckDescriptor extends AbstractTestDescriptor {
        /** Its source names the check as a method of the class, so that reports show it by name under the class. */
        CheckDescriptor(UniqueId parent, String name, MethodSource source) {
            super(parent.append("check", name), name, source);
        }

        @Override
        public Type getType() {
            return Type.TEST;
        }
    }
}
