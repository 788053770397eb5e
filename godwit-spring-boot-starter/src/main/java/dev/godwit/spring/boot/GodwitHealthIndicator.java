package dev.godwit.spring.boot;

import dev.godwit.Godwit;
import dev.godwit.api.GodwitException;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code godwit} health indicator: UP when the database is at {@code godwit.target} (by default
 * the heads of the revision files) with nothing pending; DOWN with where it stands when revisions are
 * pending or the version table has rows no revision file has, with the failed run when the newest
 * audit row records one (a failed or half-applied revision); DOWN with the error code when the status
 * cannot be read.
 */
public class GodwitHealthIndicator implements HealthIndicator {
    private final Godwit godwit;
    private final String target;

    /** Judges against the heads of the revision files. */
    public GodwitHealthIndicator(Godwit godwit) {
        this(godwit, TargetState.HEADS);
    }

    /** Judges against {@code target} ({@code godwit.target}). */
    public GodwitHealthIndicator(Godwit godwit, String target) {
        this.godwit = godwit;
        this.target = target;
    }

    @Override
    public Health health() {
        TargetState s;
        Map<String, Object> failure;
        try {
            s = TargetState.of(godwit, target);
            failure = s.upToDate() ? null : LastFailure.of(godwit);
        } catch (GodwitException e) {
            return Health.down().withDetail("code", e.code().name()).withDetail("error", String.valueOf(e.getMessage()))
                    .build();
        }
        Health.Builder builder = s.upToDate() ? Health.up() : Health.down();
        builder.withDetail("target", s.target()).withDetail("current", s.current()).withDetail("heads", s.heads())
                .withDetail("pending", s.pendingCount());
        if (!s.pending().isEmpty()) {
            builder.withDetail("pendingRevisions", s.pending());
        }
        if (!s.status().unknown().isEmpty()) {
            builder.withDetail("unknown", s.status().unknown());
        }
        if (failure != null) {
            builder.withDetail("failed", failure);
        }
        return builder.build();
    }
}
