package dev.godwit.spring.boot;

import dev.godwit.Godwit;
import dev.godwit.api.RevisionInfo;
import dev.godwit.api.Status;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Runs what {@code godwit.mode} says when the context creates it: the migration strategy, or the
 * validation. Every bean that depends on database initialization (JPA, JdbcTemplate, jOOQ) is
 * created after it ({@link GodwitDatabaseInitializerDetector}).
 */
public class GodwitMigrationInitializer implements InitializingBean {
    private static final Log LOG = LogFactory.getLog(GodwitMigrationInitializer.class);
    private final Godwit godwit;
    private final GodwitProperties properties;
    private final GodwitMigrationStrategy strategy;

    public GodwitMigrationInitializer(Godwit godwit, GodwitProperties properties, GodwitMigrationStrategy strategy) {
        this.godwit = godwit;
        this.properties = properties;
        this.strategy = strategy;
    }

    @Override
    public void afterPropertiesSet() {
        switch (properties.getMode()) {
            case MIGRATE:
            case MIGRATE_AND_EXIT:
                baseline();
                strategy.migrate(godwit, properties.getTarget());
                LOG.info("Godwit: " + describe(godwit.current()));
                break;
            case VALIDATE:
                Status status = godwit.current();
                if (!status.upToDate()) {
                    throw new GodwitNotUpToDateException(status);
                }
                LOG.info("Godwit: validated; " + describe(status));
                break;
            default:
                break;
        }
    }

    /** Stamps {@code godwit.baseline-revision} on a database that has tables but was never migrated. */
    private void baseline() {
        String revision = properties.getBaselineRevision();
        if (revision == null || revision.isBlank() || godwit.current().versionTableExists()
                || godwit.inspect().tables().isEmpty()) {
            return;
        }
        LOG.info("Godwit: the database has tables but no version table; stamping it at " + revision
                + " (godwit.baseline-revision)");
        godwit.stamp(revision, false);
    }

    private static String describe(Status status) {
        String at = status.current().isEmpty() ? "<base>"
                : status.current().stream().map(RevisionInfo::id).collect(Collectors.joining(", "));
        return "the database " + status.database() + " is at " + at;
    }
}
