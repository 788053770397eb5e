package dev.godwit.spring.boot;

import dev.godwit.Godwit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/** The {@code godwit} {@link GodwitHealthIndicator}, when the application has Actuator's health support and a {@link Godwit} bean. */
@AutoConfiguration(after = GodwitAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(Godwit.class)
public class GodwitHealthAutoConfiguration {

    @Bean(name = "godwitHealthIndicator")
    @ConditionalOnMissingBean(name = "godwitHealthIndicator")
    public GodwitHealthIndicator godwitHealthIndicator(Godwit godwit, ObjectProvider<GodwitProperties> properties) {
        return new GodwitHealthIndicator(godwit, properties.getIfAvailable(GodwitProperties::new).getTarget());
    }
}
