package dev.godwit.spring.boot;

import dev.godwit.Godwit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The {@link GodwitEndpoint}, when the application has Actuator and a {@link Godwit} bean. */
@AutoConfiguration(after = GodwitAutoConfiguration.class)
@ConditionalOnClass(Endpoint.class)
@ConditionalOnBean(Godwit.class)
public class GodwitEndpointAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public GodwitEndpoint godwitEndpoint(Godwit godwit, ObjectProvider<GodwitProperties> properties) {
        return new GodwitEndpoint(godwit, properties.getIfAvailable(GodwitProperties::new).getTarget());
    }
}
