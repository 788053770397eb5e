package dev.godwit.api;

import java.util.List;

/**
 * What `revision` should write.
 *
 * @param message      the message (required)
 * @param head         the revision to base it on: null or "head" for the single head, "base" for a new root,
 *                     or any target (a revision, a label, {@code label@head})
 * @param splice       allow {@code head} to be a revision that is not a head (starts a new branch)
 * @param branchLabels labels to declare on the new revision
 * @param dependsOn    revisions or labels it depends on
 * @param revId        an explicit id, or null for a generated one
 * @param upgradeSql   the upgrade section, or null for an empty one
 * @param downgradeSql the downgrade section, or null for an empty one
 * @param transactional false to write {@code transaction: false} in the header
 */
public record RevisionRequest(String message, String head, boolean splice, List<String> branchLabels,
                              List<String> dependsOn, String revId, String upgradeSql, String downgradeSql,
                              boolean transactional) {

    /** A request for a revision that runs in a transaction. */
    public RevisionRequest(String message, String head, boolean splice, List<String> branchLabels,
                           List<String> dependsOn, String revId, String upgradeSql, String downgradeSql) {
        this(message, head, splice, branchLabels, dependsOn, revId, upgradeSql, downgradeSql, true);
    }

    /** This request with the given sections and transaction mode (what autogenerate fills in). */
    public RevisionRequest withSql(String upgrade, String downgrade, boolean inTransaction) {
        return new RevisionRequest(message, head, splice, branchLabels, dependsOn, revId, upgrade, downgrade,
                inTransaction);
    }

    public RevisionRequest {
        branchLabels = branchLabels == null ? List.of() : List.copyOf(branchLabels);
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }

    /** A request for an empty revision on the single head. */
    public static RevisionRequest of(String message) {
        return new RevisionRequest(message, null, false, List.of(), List.of(), null, null, null);
    }
}
