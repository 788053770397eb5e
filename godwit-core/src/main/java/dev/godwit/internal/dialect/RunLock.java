package dev.godwit.internal.dialect;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The lock that lets one Godwit run at a time change a database. It is tied to the connection,
 * so a crashed or killed run never leaves it behind. {@link #tryAcquire} never blocks, so a waiting
 * run holds no transaction or snapshot (which would make PostgreSQL's CREATE INDEX CONCURRENTLY in
 * the running one wait forever).
 */
public interface RunLock {

    /** Takes the lock if it is free; returns false at once when another session holds it. */
    boolean tryAcquire(Connection connection) throws SQLException;

    /** Releases the lock (and, where the lock is a transaction, commits what the run completed). */
    void release(Connection connection) throws SQLException;

    /** Who holds the lock, as the database can say (session, user, host), or null when it cannot. */
    String holder(Connection connection) throws SQLException;

    /**
     * True when the lock is a transaction around the whole run (SQLite's write lock): revisions
     * then run in savepoints, and a revision that cannot run in a transaction releases and retakes it.
     */
    boolean isTransaction();

    /**
     * Where {@link #isTransaction}: ends the lock's transaction (committing what the run completed)
     * for a revision that cannot run in a transaction, while still keeping every other run out.
     */
    default void suspendTransaction(Connection connection) throws SQLException {
    }

    /** Starts the lock's transaction again after {@link #suspendTransaction}. */
    default void resumeTransaction(Connection connection) throws SQLException {
    }

    /**
     * A 64-bit key for the lock called {@code name}: the first eight bytes of the SHA-256 of
     * {@code "godwit:" + name}, the same everywhere (PostgreSQL's advisory lock key; MySQL's lock
     * name when the name itself is too long).
     */
    static long keyOf(String name) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("godwit:" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            long k = 0;
            for (int i = 0; i < 8; i++) {
                k = (k << 8) | (digest[i] & 0xff);
            }
            return k;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The name of this machine, as a lock's holder and the audit history name it: {@code HOSTNAME},
     * else /etc/hostname, else {@code COMPUTERNAME}; never a DNS lookup, which can take seconds on a
     * badly configured machine.
     */
    static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname")).strip();
        } catch (java.io.IOException | RuntimeException e) {
            String computer = System.getenv("COMPUTERNAME");
            return computer == null ? "unknown" : computer;
        }
    }
}
