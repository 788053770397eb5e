package dev.godwit.spring.boot;

import dev.godwit.spring.boot.app.ShopApplication;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the test application with properties given as command-line arguments (which win over every other source). */
final class Apps {

    private Apps() {
    }

    static ConfigurableApplicationContext start(Map<String, String> properties, Class<?>... extraSources) {
        List<Class<?>> sources = new ArrayList<>(List.of(ShopApplication.class));
        sources.addAll(List.of(extraSources));
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).web(WebApplicationType.NONE).run(args);
    }

    static Map<String, String> with(Map<String, String> base, String... keyValues) {
        Map<String, String> out = new LinkedHashMap<>(base);
        for (int i = 0; i < keyValues.length; i += 2) {
            out.put(keyValues[i], keyValues[i + 1]);
        }
        return out;
    }
}
