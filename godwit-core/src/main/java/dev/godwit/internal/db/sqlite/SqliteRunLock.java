package dev.godwit.internal.db.sqlite;

import dev.godwit.internal.dialect.RunLock;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Two locks held for the whole run: an operating-system lock on a file next to the database
 * ({@code <database>-godwit-lock}, named after the database file with symbolic links resolved), which
 * keeps other Godwit runs out, and SQLite's own write lock, a BEGIN IMMEDIATE transaction in which
 * revisions run as savepoints. A revision with `transaction: false` suspends the transaction, never
 * the file lock, so no other run can start in between. A killed run leaves neither: the operating
 * system drops the file lock with the process, and SQLite rolls the transaction back.
 */
final class SqliteRunLock implements RunLock {
    static final String SUFFIX = "-godwit-lock";
    private static final int BUSY_TIMEOUT_MILLIS = 60_000;

    /** Null for an in-memory database, which no other process can open. */
    private final Path lockFile;
    private FileChannel channel;
    private FileLock fileLock;

    SqliteRunLock(Path lockFile) {
        this.lockFile = lockFile;
    }

    @Override
    public boolean tryAcquire(Connection connection) throws SQLException {
        if (!lockFile()) {
            return false;
        }
        try {
            begin(connection, 0);
            return true;
        } catch (SQLException e) {
            releaseFile();
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.contains("SQLITE_BUSY") || message.contains("database is locked")) {
                return false;
            }
            throw e;
        }
    }

    /** BEGIN IMMEDIATE, waiting up to {@code busyMillis} for other writers; then wait for readers when committing. */
    private static void begin(Connection connection, int busyMillis) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + busyMillis);
            s.execute("BEGIN IMMEDIATE");
            s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
        }
    }

    private boolean lockFile() throws SQLException {
        if (lockFile == null || fileLock != null) {
            return true;
        }
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                fileLock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                fileLock = null; // another run in this JVM holds it
            }
            if (fileLock == null) {
                releaseFile();
                return false;
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("process " + ProcessHandle.current().pid() + " on "
                    + RunLock.hostName() + "\n").getBytes(StandardCharsets.UTF_8)));
            return true;
        } catch (IOException e) {
            releaseFile();
            throw new SQLException("Cannot lock " + lockFile + ", the file that keeps two Godwit runs from changing "
                    + "the database at once: " + e.getMessage(), e);
        }
    }

    private void releaseFile() {
        try {
            if (fileLock != null) {
                channel.truncate(0);
                fileLock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // closing the channel (or the process ending) drops the lock anyway
        } finally {
            fileLock = null;
            channel = null;
        }
    }

    @Override
    public void release(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("COMMIT");
        } finally {
            releaseFile();
        }
    }

    @Override
    public void suspendTransaction(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("COMMIT");
        }
    }

    /** Other runs are kept out by the file lock: what may hold SQLite's write lock now is an application. */
    @Override
    public void resumeTransaction(Connection connection) throws SQLException {
        begin(connection, BUSY_TIMEOUT_MILLIS);
    }

    @Override
    public String holder(Connection connection) {
        if (lockFile == null) {
            return null;
        }
        try {
            String text = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? null : text;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public boolean isTransaction() {
        return true;
    }
}
