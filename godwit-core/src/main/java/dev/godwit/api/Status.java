package dev.godwit.api;

import java.util.List;

/**
 * Where a database stands.
 *
 * @param database      the database URL, password masked
 * @param urlSource     where the URL came from (--url, an environment, DATABASE_URL, godwit.toml, default)
 * @param dialect       the database family
 * @param versionTable  the version table's name
 * @param versionTableExists false when no revision was ever applied or stamped
 * @param current       the revisions in the version table (the database's heads)
 * @param unknown       version-table rows that no revision file has
 * @param heads         the heads of the revision files
 * @param pending       how many revisions `upgrade heads` would apply (-1 when unknown rows prevent knowing)
 */
public record Status(String database, String urlSource, String dialect, String versionTable,
                     boolean versionTableExists, List<RevisionInfo> current, List<String> unknown,
                     List<RevisionInfo> heads, int pending) {

    public Status {
        current = List.copyOf(current);
        unknown = List.copyOf(unknown);
        heads = List.copyOf(heads);
    }

    /** True when every head of the revision files is applied. */
    public boolean upToDate() {
        return pending == 0 && unknown.isEmpty();
    }
}
