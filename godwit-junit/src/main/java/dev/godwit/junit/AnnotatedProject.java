package dev.godwit.junit;

import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.function.Supplier;
import javax.sql.DataSource;

/** The project a {@link GodwitMigrationTests} annotation describes, as a {@link GodwitExtension}. */
final class AnnotatedProject {

    private AnnotatedProject() {
    }

    static GodwitExtension of(Class<?> testClass) {
        GodwitMigrationTests a = testClass.getAnnotation(GodwitMigrationTests.class);
        String where = "@GodwitMigrationTests on " + testClass.getName();
        GodwitExtension project = a.config().isEmpty() ? GodwitExtension.forUrl(null)
                : GodwitExtension.forConfig(Path.of(Placeholders.expand(a.config(), where + ", config,")));
        if (!a.url().isEmpty()) {
            project = project.url(Placeholders.expand(a.url(), where + ", url,"), "the url of " + where);
        }
        if (!a.migrations().isEmpty()) {
            project = project.migrations(Path.of(Placeholders.expand(a.migrations(), where + ", migrations,")));
        }
        if (a.dataSource() != GodwitMigrationTests.NoDataSource.class) {
            Supplier<? extends DataSource> supplier = instantiate(a.dataSource(), where);
            DataSource[] once = new DataSource[1];
            project = project.dataSource(() -> {
                if (once[0] == null) {
                    once[0] = supplier.get();
                }
                return once[0];
            });
        }
        return project.heads(a.heads()).requireDowngrades(a.requireDowngrades());
    }

    private static Supplier<? extends DataSource> instantiate(Class<? extends Supplier<? extends DataSource>> type,
                                                               String where) {
        try {
            Constructor<? extends Supplier<? extends DataSource>> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(where + ": the dataSource class " + type.getName()
                    + " needs a constructor without arguments (" + e + ")", e);
        }
    }
}
