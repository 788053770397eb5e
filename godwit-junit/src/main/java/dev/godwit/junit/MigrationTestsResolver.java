package dev.godwit.junit;

import java.util.Optional;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Finds the classes annotated {@link GodwitMigrationTests} among the selected ones (a class, or by
 * its unique id), each as a {@link MigrationTestsDescriptor} under the engine.
 */
final class MigrationTestsResolver implements SelectorResolver {

    @Override
    public Resolution resolve(ClassSelector selector, Context context) {
        return resolve(selector.getJavaClass(), context);
    }

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        UniqueId id = selector.getUniqueId();
        for (UniqueId.Segment segment : id.getSegments()) {
            if (segment.getType().equals(MigrationTestsDescriptor.SEGMENT)) {
                Optional<Class<?>> type = ReflectionSupport.tryToLoadClass(segment.getValue()).toOptional();
                if (type.isPresent()) {
                    return resolve(type.get(), context);
                }
            }
        }
        return Resolution.unresolved();
    }

    private static Resolution resolve(Class<?> type, Context context) {
        if (!type.isAnnotationPresent(GodwitMigrationTests.class)) {
            return Resolution.unresolved();
        }
        Optional<TestDescriptor> added = context.addToParent(parent ->
                Optional.of(new MigrationTestsDescriptor(parent.getUniqueId(), type)));
        return added.map(d -> Resolution.match(Match.exact(d))).orElse(Resolution.unresolved());
    }
}
