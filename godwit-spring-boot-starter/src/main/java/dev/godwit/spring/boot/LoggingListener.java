package dev.godwit.spring.boot;

import dev.godwit.api.BackupInfo;
import dev.godwit.api.Direction;
import dev.godwit.api.MigrationListener;
import dev.godwit.api.RevisionInfo;
import dev.godwit.api.RevisionRun;
import java.time.Duration;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Logs each revision as it runs and passes every event on to the application's
 * {@link MigrationListener} beans (before/after-revision callbacks, in their order).
 */
final class LoggingListener implements MigrationListener {
    private static final Log LOG = LogFactory.getLog(GodwitMigrationInitializer.class);
    private final List<MigrationListener> listeners;

    LoggingListener(List<MigrationListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void waitingForLock(String holder, Duration timeout) {
        LOG.info("Godwit: waiting up to " + timeout.toSeconds() + " s for the run lock"
                + (holder == null ? "" : " held by " + holder));
        listeners.forEach(l -> l.waitingForLock(holder, timeout));
    }

    @Override
    public void backupTaken(BackupInfo backup) {
        LOG.info("Godwit: backup " + backup);
        listeners.forEach(l -> l.backupTaken(backup));
    }

    @Override
    public void backupSkipped(String reason) {
        LOG.info("Godwit: no backup: " + reason);
        listeners.forEach(l -> l.backupSkipped(reason));
    }

    @Override
    public void starting(RevisionInfo revision, Direction direction) {
        LOG.info("Godwit: running " + direction + " " + revision.id() + ", " + revision.message());
        listeners.forEach(l -> l.starting(revision, direction));
    }

    @Override
    public void finished(RevisionRun run) {
        listeners.forEach(l -> l.finished(run));
    }

    @Override
    public void failed(RevisionInfo revision, Direction direction) {
        LOG.error("Godwit: " + direction + " " + revision.id() + " failed");
        listeners.forEach(l -> l.failed(revision, direction));
    }
}
