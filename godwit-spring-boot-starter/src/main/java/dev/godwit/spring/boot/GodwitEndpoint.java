package dev.godwit.spring.boot;

import dev.godwit.Godwit;
import dev.godwit.api.RevisionInfo;
import dev.godwit.api.Status;
import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The {@code godwit} Actuator endpoint ({@code /actuator/godwit} once exposed): where the database
 * stands against the application's revision files, read live ({@link Godwit#current()}).
 */
@Endpoint(id = "godwit")
public class GodwitEndpoint {
    private final Godwit godwit;

    public GodwitEndpoint(Godwit godwit) {
        this.godwit = godwit;
    }

    @ReadOperation
    public Report status() {
        Status s = godwit.current();
        return new Report(s.database(), s.dialect(), ids(s.current()), ids(s.heads()), s.unknown(), s.pending(),
                s.upToDate());
    }

    private static List<String> ids(List<RevisionInfo> revisions) {
        return revisions.stream().map(RevisionInfo::id).toList();
    }

    /**
     * The endpoint's answer.
     *
     * @param database the URL, password masked
     * @param current  the revisions the database is at
     * @param heads    the heads of the revision files
     * @param unknown  version-table rows no revision file has
     * @param pending  revisions an upgrade to the heads would run (-1: unknown)
     * @param upToDate every head applied and no unknown row
     */
    public record Report(String database, String dialect, List<String> current, List<String> heads,
                         List<String> unknown, int pending, boolean upToDate) {
    }
}
