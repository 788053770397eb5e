package dev.godwit.spring.boot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Marks the {@code DataSource} bean Godwit borrows its connections from when it is not the
 * application's own one (e.g. a pool of a user allowed to change the schema). Without such a bean,
 * Godwit uses the application's DataSource; {@code godwit.url}, {@code godwit.user} or
 * {@code godwit.password} win over both (docs/spring-boot.md, "Connecting").
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface GodwitDataSource {
}
