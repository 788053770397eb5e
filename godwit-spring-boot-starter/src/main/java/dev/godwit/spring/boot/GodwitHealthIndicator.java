package dev.godwit.spring.boot;

import dev.godwit.Godwit;
import dev.godwit.api.GodwitException;
import dev.godwit.api.RevisionInfo;
import dev.godwit.api.Status;
import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code godwit} health indicator: UP when the database is at the heads of the revision files
 * ({@link Status#upToDate()}), DOWN with where it stands when revisions are pending or the version
 * table has rows no revision file has, DOWN with the error code when the status cannot be read.
 */
public class GodwitHealthIndicator implements HealthIndicator {
    private final Godwit godwit;

    public GodwitHealthIndicator(Godwit godwit) {
        this.godwit = godwit;
    }

    @Override
    public Health health() {
        Status s;
        try {
            s = godwit.current();
        } catch (GodwitException e) {
            return Health.down().withDetail("code", e.code().name()).withDetail("error", String.valueOf(e.getMessage()))
                    .build();
        }
        Health.Builder builder = s.upToDate() ? Health.up() : Health.down();
        builder.withDetail("current", ids(s.current())).withDetail("heads", ids(s.heads()))
                .withDetail("pending", s.pending());
        if (!s.unknown().isEmpty()) {
            builder.withDetail("unknown", s.unknown());
        }
        return builder.build();
    }

    private static List<String> ids(List<RevisionInfo> revisions) {
        return revisions.stream().map(RevisionInfo::id).toList();
    }
}
