package dev.godwit.internal.usecase;

import dev.godwit.api.BackupInfo;
import dev.godwit.internal.backup.Backup;
import dev.godwit.internal.backup.BackupHandoff;
import dev.godwit.internal.backup.BackupRequest;
import dev.godwit.internal.backup.BackupTaker;
import dev.godwit.internal.backup.ToolLocator;
import dev.godwit.internal.config.Settings;
import dev.godwit.internal.db.Databases;
import dev.godwit.internal.run.BackupTool;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@link BackupTool} of a real run: {@link BackupTaker}, the database's own dump tool, then the
 * {@code backup_command} setting, if any, handed the finished file ({@link BackupHandoff}).
 */
public final class ToolBackups implements BackupTool {

    @Override
    public BackupInfo take(Settings settings, Set<String> rows) {
        Backup backup = BackupTaker.take(Databases.of(settings.url().kind()).backupMethod(ToolLocator.system()),
                new BackupRequest(settings.url(), settings.schema(), settings.backupDir(),
                rows.isEmpty() ? "base" : String.join("+", rows), Instant.now()));
        List<String> notes = new ArrayList<>(backup.notes());
        if (settings.backupCommand() != null) {
            notes.add(BackupHandoff.handOff(settings.backupCommand(), backup.file(), settings.url().password()));
        }
        return new BackupInfo(backup.file(), backup.restoreCommand(), backup.bytes(), backup.took().toMillis(),
                notes);
    }
}
