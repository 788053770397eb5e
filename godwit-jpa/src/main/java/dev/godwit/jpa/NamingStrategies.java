package dev.godwit.jpa;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.util.Locale;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyComponentPathImpl;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyLegacyHbmImpl;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyLegacyJpaImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;

/**
 * The naming strategies {@code jpa_physical_naming} and {@code jpa_implicit_naming} name: a short
 * name, or the class name of a strategy on the model's classpath (what
 * {@code spring.jpa.hibernate.naming.physical-strategy} / {@code implicit-strategy} hold).
 */
final class NamingStrategies {

    private NamingStrategies() {
    }

    /** null or {@code standard}: Hibernate's default (names as written); {@code spring}: Spring Boot's default. */
    static PhysicalNamingStrategy physical(String name, ClassLoader loader) {
        if (name == null) {
            return PhysicalNamingStrategyStandardImpl.INSTANCE;
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "standard" -> PhysicalNamingStrategyStandardImpl.INSTANCE;
            case "spring", "camel-case-to-underscores" -> new CamelCaseToUnderscoresNamingStrategy();
            case "snake-case" -> new PhysicalNamingStrategySnakeCaseImpl();
            default -> instance(name, PhysicalNamingStrategy.class, "jpa_physical_naming", loader);
        };
    }

    /** null or {@code jpa}: Hibernate's default; {@code spring}: Spring Boot's default. */
    static ImplicitNamingStrategy implicit(String name, ClassLoader loader) {
        if (name == null) {
            return ImplicitNamingStrategyJpaCompliantImpl.INSTANCE;
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "jpa", "default" -> ImplicitNamingStrategyJpaCompliantImpl.INSTANCE;
            case "spring" -> new SpringImplicitNaming();
            case "legacy-jpa" -> ImplicitNamingStrategyLegacyJpaImpl.INSTANCE;
            case "legacy-hbm" -> ImplicitNamingStrategyLegacyHbmImpl.INSTANCE;
            case "component-path" -> ImplicitNamingStrategyComponentPathImpl.INSTANCE;
            default -> instance(name, ImplicitNamingStrategy.class, "jpa_implicit_naming", loader);
        };
    }

    private static <T> T instance(String name, Class<T> type, String key, ClassLoader loader) {
        try {
            Class<?> found = Class.forName(name, true, loader);
            if (!type.isAssignableFrom(found)) {
                throw new GodwitException(ErrorCode.BAD_CONFIGURATION,
                        "`" + key + " = \"" + name + "\"` is not a " + type.getSimpleName(),
                        "Name a class implementing " + type.getName() + ", or one of the short names in docs/jpa.md.");
            }
            return type.cast(found.getDeclaredConstructor().newInstance());
        } catch (ClassNotFoundException e) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION,
                    "`" + key + " = \"" + name + "\"`: no such strategy or class on the classpath",
                    "Use a short name (see docs/jpa.md) or the class name of a strategy in `classpath`.", e);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new GodwitException(ErrorCode.MODEL_FAILED,
                    "`" + key + " = \"" + name + "\"` could not be created: " + e,
                    "The class needs a public constructor without arguments.", e);
        }
    }
}
