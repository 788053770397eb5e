package dev.godwit.spring.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;

/**
 * Ends the application in {@code godwit.mode=migrate-and-exit} once the migration ran; a bean of
 * this type replaces the default, which closes the context and exits the JVM with the status.
 */
@FunctionalInterface
public interface GodwitExit {

    /** Closes {@code context} and exits the JVM with {@code status} (or what an ExitCodeGenerator says). */
    GodwitExit SYSTEM = (context, status) -> System.exit(SpringApplication.exit(context, () -> status));

    void exit(ApplicationContext context, int status);
}
