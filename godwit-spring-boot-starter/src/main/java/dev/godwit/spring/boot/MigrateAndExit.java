package dev.godwit.spring.boot;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * In {@code godwit.mode=migrate-and-exit}, ends the application once the context has started, the
 * migration having run (a failed one fails the start-up, which exits non-zero by itself).
 */
final class MigrateAndExit implements ApplicationListener<ContextRefreshedEvent> {
    private static final Log LOG = LogFactory.getLog(GodwitMigrationInitializer.class);
    private final GodwitProperties properties;
    private final ObjectProvider<GodwitExit> exit;

    MigrateAndExit(GodwitProperties properties, ObjectProvider<GodwitExit> exit) {
        this.properties = properties;
        this.exit = exit;
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (properties.getMode() != GodwitProperties.Mode.MIGRATE_AND_EXIT || event.getApplicationContext().getParent() != null) {
            return;
        }
        LOG.info("Godwit: migration done; exiting (godwit.mode=migrate-and-exit)");
        exit.getIfAvailable(() -> GodwitExit.SYSTEM).exit(event.getApplicationContext(), 0);
    }
}
