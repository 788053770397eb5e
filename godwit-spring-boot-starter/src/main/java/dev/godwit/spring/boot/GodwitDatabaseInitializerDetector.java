package dev.godwit.spring.boot;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link GodwitMigrationInitializer} initializes the database, so that every
 * bean that depends on database initialization (EntityManagerFactory, JdbcTemplate, jOOQ's
 * DSLContext, {@code @DependsOnDatabaseInitialization} beans) is created after it.
 */
public class GodwitDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(GodwitMigrationInitializer.class);
    }
}
