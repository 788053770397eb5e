package dev.godwit.junit;

import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;

/**
 * The JUnit Platform engine that runs the classes annotated {@link GodwitMigrationTests}: a
 * container per class, and in it, once the migration test has run on its scratch database, a test
 * per check ({@code heads}, one per revision, {@code model}). Registered in
 * {@code META-INF/services/org.junit.platform.engine.TestEngine}, so build tools find it beside
 * JUnit Jupiter.
 */
public final class GodwitTestEngine implements TestEngine {
    /** The engine's id, for {@code EngineTestKit.engine(...)} or a launcher's engine filter. */
    public static final String ID = "godwit-migration-tests";

    private static final EngineDiscoveryRequestResolver<TestDescriptor> RESOLVER =
            EngineDiscoveryRequestResolver.builder()
                    .addClassContainerSelectorResolver(type -> type.isAnnotationPresent(GodwitMigrationTests.class))
                    .addSelectorResolver(context -> new MigrationTestsResolver())
                    .build();

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, "Godwit migration tests");
        RESOLVER.resolve(request, engine);
        return engine;
    }

    @Override
    public void execute(ExecutionRequest request) {
        TestDescriptor engine = request.getRootTestDescriptor();
        EngineExecutionListener listener = request.getEngineExecutionListener();
        listener.executionStarted(engine);
        for (TestDescriptor child : engine.getChildren()) {
            if (child instanceof MigrationTestsDescriptor) {
                ((MigrationTestsDescriptor) child).execute(listener);
            }
        }
        listener.executionFinished(engine, TestExecutionResult.successful());
    }

    @Override
    public java.util.Optional<String> getGroupId() {
        return java.util.Optional.of("dev.godwit");
    }

    @Override
    public java.util.Optional<String> getArtifactId() {
        return java.util.Optional.of("godwit-junit");
    }
}
