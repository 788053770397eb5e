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
                TargetState state = TargetState.of(godwit, properties.getTarget());
                if (!state.upToDate()) {
                    throw new GodwitNotUpToDateException(state.status(), state.target(), state.pending());
                }
                LOG.info("Godwit: validated against godwit.target=" + state.target() + "; " + describe(state.status()));
                break;
            default:
                break;
        }
    }

    /**
     * Stamps the baseline revision on a database that has tables but no version table, when
     * {@code godwit.baseline-on-empty} (or {@code godwit.baseline-revision}) asks for it.
     */
    private void baseline() {
        if (!properties.baselines() || godwit.current().versionTableExists() || godwit.inspect().tables().isEmpty()) {
            return;
        }
        String revision = Baseline.revision(godwit, properties.getBaselineRevision());
        LOG.info("Godwit: the database has tables but no version table; stamping it at " + revision
                + " (godwit.baseline-on-empty)");
        godwit.stamp(revision, false);
    }

    private static String describe(Status status) {
        String at = status.current().isEmpty() ? "<base>"
                : status.current().stream().map(RevisionInfo::id).collect(Collectors.joining(", "));
        return "the database " + status.database() + " is at " + at;
    }
}
