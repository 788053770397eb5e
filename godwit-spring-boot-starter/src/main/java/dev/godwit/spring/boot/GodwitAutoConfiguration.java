package dev.godwit.spring.boot;

import dev.godwit.Godwit;
import dev.godwit.api.Confirmation;
import dev.godwit.api.JavaRevision;
import dev.godwit.api.MigrationListener;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Spring Boot auto-configuration of Godwit: when Godwit is on the class path and the application
 * has a DataSource (or sets {@code godwit.url}), a {@link Godwit} bean from {@code godwit.*} that
 * borrows the connections of the {@link GodwitDataSource} or the application's DataSource (unless
 * {@code godwit.url}, {@code godwit.user} or {@code godwit.password} ask for its own), with every
 * {@link JavaRevision} bean as a revision, and a
 * {@link GodwitMigrationInitializer} that runs at start-up, before the DataSource's JPA and JDBC
 * users (docs/spring-boot.md).
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(Godwit.class)
@ConditionalOnProperty(prefix = "godwit", name = "enabled", matchIfMissing = true)
@Conditional(GodwitAutoConfiguration.DatabaseCondition.class)
@EnableConfigurationProperties(GodwitProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class GodwitAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public GodwitWorkFolder godwitWorkFolder() {
        return new GodwitWorkFolder();
    }

    @Bean
    @ConditionalOnMissingBean
    public Godwit godwit(GodwitProperties properties, Environment environment,
                         @GodwitDataSource ObjectProvider<DataSource> godwitDataSource, ObjectProvider<DataSource> dataSource,
                         ObjectProvider<MigrationListener> listeners, ObjectProvider<Confirmation> confirmation,
                         ObjectProvider<JavaRevision> revisions, GodwitWorkFolder work, ApplicationContext context) {
        DataSource own = godwitDataSource.getIfAvailable();
        DataSource source = own != null ? own : dataSource.getIfUnique();
        String url = ConnectionUrl.dedicated(properties, own != null ? null : environment, source);
        return GodwitFactory.create(properties, url, url == null ? source : null, work.path(), context.getClassLoader(),
                listeners.orderedStream().collect(Collectors.toList()),
                GodwitFactory.confirmation(properties, confirmation.getIfUnique()),
                revisions.orderedStream().collect(Collectors.toList()));
    }

    @Bean
    @ConditionalOnMissingBean
    public GodwitMigrationInitializer godwitMigrationInitializer(Godwit godwit, GodwitProperties properties,
                                                                 ObjectProvider<GodwitMigrationStrategy> strategy) {
        return new GodwitMigrationInitializer(godwit, properties, strategy.getIfAvailable(() -> GodwitMigrationStrategy.UPGRADE));
    }

    @Bean
    MigrateAndExit godwitMigrateAndExit(GodwitProperties properties, ObjectProvider<GodwitExit> exit) {
        return new MigrateAndExit(properties, exit);
    }

    /** A DataSource bean or {@code godwit.url}. */
    static final class DatabaseCondition extends AnyNestedCondition {

        DatabaseCondition() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(DataSource.class)
        static final class DataSourceBean {
        }

        @ConditionalOnProperty(prefix = "godwit", name = "url")
        static final class GodwitUrl {
        }
    }
}
