package dev.godwit.internal.run;

import dev.godwit.internal.connect.Connector;

import dev.godwit.api.BackupInfo;
import dev.godwit.internal.config.Settings;
import java.util.Set;

/**
 * Takes the backup a run asks for before its first statement, with the database's own tool. The
 * run package only asks; the tools live in {@code dev.godwit.internal.backup}, which opens SQLite's
 * backup connection through {@link Connector}, so the facade plugs them in here (no package cycle).
 */
@FunctionalInterface
public interface BackupTool {

    /** Backs up the database of {@code settings}, at version-table {@code rows}; throws when it cannot. */
    BackupInfo take(Settings settings, Set<String> rows);
}
