package dev.godwit.api;

import java.util.List;

/**
 * What a migration test found ({@code Godwit.test()}): the revisions run one at a time on a scratch
 * database from empty to head, each upgraded, downgraded and upgraded again with the schema after
 * the downgrade compared with the schema before the upgrade (the stairway), then the schema at head
 * compared with the desired one when a model is configured. The run stops at the first failure;
 * the revisions after it are {@link Outcome#NOT_RUN}.
 *
 * @param scratch where the test ran, password masked (a temporary file, schema or database, gone now)
 * @param heads the heads of the revision graph
 * @param revisions one line per revision, bases first, in the order they ran
 * @param modelChecked whether the schema at head was compared with the desired schema
 * @param failure the first failure, or null when every check passed
 */
public record MigrationTestReport(String scratch, List<String> heads, List<RevisionCheck> revisions,
                                  boolean modelChecked, Failure failure) {

    public MigrationTestReport {
        heads = List.copyOf(heads);
        revisions = List.copyOf(revisions);
    }

    /** True when every check passed. */
    public boolean ok() {
        return failure == null;
    }

    /** How one revision fared. */
    public enum Outcome {
        /** Upgrade, downgrade and upgrade again ran, and the downgrade restored the schema exactly. */
        OK,
        /** The revision has no downgrade: it was upgraded only (a failure when downgrades are required). */
        NO_DOWNGRADE,
        /** A step failed; see {@link MigrationTestReport#failure()}. */
        FAILED,
        /** Not reached: an earlier check failed. */
        NOT_RUN
    }

    /**
     * One revision's line.
     *
     * @param revision the revision id
     * @param message its message
     * @param outcome how it fared
     * @param detail why it failed, or empty
     */
    public record RevisionCheck(String revision, String message, Outcome outcome, String detail) {
        public RevisionCheck {
            detail = detail == null ? "" : detail;
            message = message == null ? "" : message;
        }
    }

    /** Which check failed. */
    public enum Check {
        /** The graph does not have the one head (or the heads) expected. */
        HEADS,
        /** A revision's upgrade, downgrade or stairway. */
        REVISION,
        /** The schema at head is not the desired schema. */
        MODEL
    }

    /**
     * The first failure.
     *
     * @param check which check failed
     * @param revision the revision that broke, or null for the heads and model checks
     * @param step what was running: {@code upgrade}, {@code downgrade}, {@code upgrade again},
     *     {@code stairway} (the schema after the downgrade differs), {@code heads} or {@code model}
     * @param reason how, in words: the statement error with the statement's line, or the first
     *     schema difference
     */
    public record Failure(Check check, String revision, String step, String reason) {
        /** One line saying what broke: {@code revision 1a2b: downgrade failed: ...}. */
        public String describe() {
            return (revision == null ? "" : "revision " + revision + ": ") + step + " failed: " + reason;
        }
    }
}
