package dev.godwit.spi;

import java.util.List;

/**
 * How a model that is not a DDL folder is read ({@code model = "jpa:com.example.model"}).
 *
 * @param classpath the entries holding the model's classes and what they need ({@code
 *     target/classes}, {@code target/dependency/*.jar}), as written in godwit.toml: relative to
 *     the config file's folder, a trailing {@code *.jar} meaning every jar in that folder
 * @param physicalNaming the JPA physical naming strategy: {@code spring}, {@code standard} or a class name; null: {@code standard}
 * @param implicitNaming the JPA implicit naming strategy: {@code spring}, {@code jpa}, {@code legacy-jpa},
 *     {@code component-path} or a class name; null: {@code jpa}
 */
public record ModelOptions(List<String> classpath, String physicalNaming, String implicitNaming) {

    /** No classpath, Hibernate's default naming. */
    public static final ModelOptions NONE = new ModelOptions(List.of(), null, null);

    public ModelOptions {
        classpath = classpath == null ? List.of() : List.copyOf(classpath);
        physicalNaming = physicalNaming == null || physicalNaming.isBlank() ? null : physicalNaming.strip();
        implicitNaming = implicitNaming == null || implicitNaming.isBlank() ? null : implicitNaming.strip();
    }

    /** These options with another classpath. */
    public ModelOptions withClasspath(List<String> newClasspath) {
        return new ModelOptions(newClasspath, physicalNaming, implicitNaming);
    }
}
