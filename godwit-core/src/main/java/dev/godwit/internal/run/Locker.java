package dev.godwit.internal.run;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.MigrationListener;
import dev.godwit.internal.dialect.RunLock;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/**
 * Takes the run lock, waiting for another run to finish: it polls without blocking (no open
 * transaction or snapshot while it waits), says once that it waits and for whom, and gives up
 * after the lock timeout with a message that says what to do.
 */
public final class Locker {
    private static final long FIRST_POLL_MILLIS = 50;
    private static final long MAX_POLL_MILLIS = 500;

    private Locker() {
    }

    public static void acquire(Connection connection, RunLock lock, Duration timeout, MigrationListener listener)
            throws SQLException {
        if (lock.tryAcquire(connection)) {
            return;
        }
        String holder = describe(connection, lock);
        listener.waitingForLock(holder, timeout);
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = FIRST_POLL_MILLIS;
        while (System.nanoTime() < deadline) {
            sleep(Math.min(pause, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            if (lock.tryAcquire(connection)) {
                return;
            }
            pause = Math.min(MAX_POLL_MILLIS, pause * 2);
        }
        throw new GodwitException(ErrorCode.LOCK_TIMEOUT,
                "Gave up after " + seconds(timeout) + " s waiting for another "
                + "Godwit run to finish with this database (lock held by " + (holder == null ? "another session" : holder)
                + ")", "Try again when it has finished, or wait longer (lock_timeout in godwit.toml). A crashed run "
                + "never holds the lock: it is released with its connection.", null,
                Map.of("lock", "run", "seconds", seconds(timeout), "holder", holder == null ? "" : holder));
    }

    private static String describe(Connection connection, RunLock lock) {
        try {
            return lock.holder(connection);
        } catch (SQLException e) {
            return null;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GodwitException(ErrorCode.INTERRUPTED, "Interrupted while waiting for the lock", null, e);
        }
    }

    /** A timeout in seconds for messages, keeping fractions (0.5 s, not 0 s). */
    private static String seconds(java.time.Duration timeout) {
        return java.math.BigDecimal.valueOf(timeout.toMillis(), 3).stripTrailingZeros().toPlainString();
    }
}
