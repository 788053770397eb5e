package dev.godwit.internal.run;

import dev.godwit.api.Direction;
import java.time.Instant;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A revision that started to run statement by statement and was never recorded as done, as the
 * {@link ProgressTable} tells it.
 *
 * @param revision  the revision
 * @param direction which way it ran
 * @param checksum  the revision's checksum when it started
 * @param error     the database's message when it failed; null when the run stopped without
 *                  saying (killed, connection lost)
 * @param startedAt when it started
 * @param applied   the statements that ran, by number (1-based, within their section), each with
 *                  the checksum of its text when it ran
 */
public record Interrupted(String revision, Direction direction, String checksum, String error, Instant startedAt,
                          SortedMap<Integer, String> applied) {

    public Interrupted {
        applied = Collections.unmodifiableSortedMap(new TreeMap<>(applied));
    }

    /** How many statements stay applied. */
    public int appliedCount() {
        return applied.size();
    }

    /** The number of the statement that failed or was running when the run stopped. */
    public int stoppedAt() {
        return applied.isEmpty() ? 1 : applied.lastKey() + 1;
    }

    /** Reads the rows of one revision, in any order. */
    static final class Builder {
        private final String revision;
        private Direction direction = Direction.UPGRADE;
        private String checksum;
        private String error;
        private Instant startedAt;
        private final SortedMap<Integer, String> applied = new TreeMap<>();

        Builder(String revision) {
            this.revision = revision;
        }

        void start(Direction direction, String checksum, String error, Instant startedAt) {
            this.direction = direction;
            this.checksum = checksum;
            this.error = error;
            this.startedAt = startedAt;
        }

        void applied(int index, String checksum) {
            applied.put(index, checksum);
        }

        Interrupted build() {
            return new Interrupted(revision, direction, checksum, error, startedAt, applied);
        }
    }
}
