package dev.godwit.internal.run;

import dev.godwit.api.MigrationListener;
import dev.godwit.internal.dialect.Dialect;
import dev.godwit.internal.dialect.Namespace;
import dev.godwit.internal.dialect.RunLock;
import java.time.Duration;

/**
 * What one locked run works with: the database's dialect, the revisions, the two bookkeeping
 * tables, the lock it holds, who runs it, and where progress is reported.
 */
public record RunContext(Dialect dialect, Revisions revisions, VersionTable versions, HistoryTable history,
                         RunLock lock, Duration lockTimeout, RunIdentity identity, MigrationListener listener,
                         String backupFile, Namespace namespace) {
}
