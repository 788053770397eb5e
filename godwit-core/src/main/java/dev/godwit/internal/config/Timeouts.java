package dev.godwit.internal.config;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.time.Duration;
import java.util.Objects;

/**
 * How long Godwit waits on the database server before it gives up, so that nothing hangs.
 *
 * @param connect how long to wait for a server to accept and answer a connection
 *     ({@code connect_timeout}); zero waits forever
 * @param statementLock how long one statement of a migration waits for a table lock another session
 *     holds ({@code statement_lock_timeout}: PostgreSQL's {@code lock_timeout}, MySQL's
 *     {@code lock_wait_timeout}); zero waits forever
 */
public record Timeouts(Duration connect, Duration statementLock) {
    /** The default connect timeout. */
    public static final Duration DEFAULT_CONNECT = Duration.ofSeconds(10);
    /** The default statement lock timeout. */
    public static final Duration DEFAULT_STATEMENT_LOCK = Duration.ofSeconds(10);
    /** The defaults. */
    public static final Timeouts DEFAULTS = new Timeouts(DEFAULT_CONNECT, DEFAULT_STATEMENT_LOCK);

    public Timeouts {
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(statementLock, "statementLock");
        if (connect.isNegative() || statementLock.isNegative()) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION,
                    "A timeout is negative (" + Durations.describe(connect.isNegative() ? connect
                    : statementLock) + ").", "Give a timeout of zero (no limit) or more seconds.");
        }
    }

    /** These timeouts with another connect timeout. */
    public Timeouts withConnect(Duration newConnect) {
        return new Timeouts(newConnect, statementLock);
    }

    /** These timeouts with another statement lock timeout. */
    public Timeouts withStatementLock(Duration newStatementLock) {
        return new Timeouts(connect, newStatementLock);
    }
}
