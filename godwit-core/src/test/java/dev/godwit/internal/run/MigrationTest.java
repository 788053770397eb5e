package dev.godwit.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.BackupInfo;
import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.MigrationListener;
import dev.godwit.api.PartialRevision;
import dev.godwit.api.Plan;
import dev.godwit.internal.config.Settings;
import dev.godwit.internal.config.SettingsLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The upgrade use case on SQLite with a stand-in backup tool: plan, run, apply, and the backup's place. */
class MigrationTest {

    private static Settings settings(Path dir, boolean backup) throws Exception {
        Path versions = dir.resolve("migrations/versions");
        Files.createDirectories(versions);
        Files.writeString(versions.resolve("r1.sql"), "-- revision: r1\n-- revises: \n-- +upgrade\n"
                + "CREATE TABLE t (id INTEGER);\n-- +downgrade\nDROP TABLE t;\n");
        Files.writeString(versions.resolve("r2.sql"), "-- revision: r2\n-- revises: r1\n-- +upgrade\n"
                + "ALTER TABLE t ADD COLUMN note TEXT;\n-- +downgrade\nALTER TABLE t DROP COLUMN note;\n");
        Settings s = SettingsLoader.load(new SettingsLoader.LoadRequest(dir, null, null, "sqlite:///app.db", Map.of()));
        return s.withBackup(backup);
    }

    @Test
    void aPlanReadsWithoutCreatingTheDatabaseAndNamesItsState(@TempDir Path dir) throws Exception {
        Settings settings = settings(dir, true);
        Migration migration = new Migration(new Session(settings, dev.godwit.internal.db.Databases.of(settings.url().kind()), MigrationListener.NONE), (s, rows) -> {
            throw new AssertionError("a plan takes no backup");
        });
        RevisionFiles files = new RevisionFiles(settings.migrations());
        Plan plan = migration.plan(files, true, "heads");
        assertFalse(Files.exists(dir.resolve("app.db")), "planning created the SQLite file");
        assertEquals(2, plan.revisions().size());
        assertEquals(2, plan.statements());
        assertEquals(settings.backupDir(), plan.backupDirectory());
        assertEquals("app.db", plan.databaseName());
        assertEquals(plan.state(), migration.plan(files, true, "heads").state(), "same state, same plan");
        assertFalse(plan.state().equals(migration.plan(files, true, "r1").state()));
    }

    @Test
    void theBackupIsTakenUnderTheLockFromTheRowsThePlanStartsAt(@TempDir Path dir) throws Exception {
        Settings settings = settings(dir, true);
        List<Set<String>> backedUp = new ArrayList<>();
        List<BackupInfo> reported = new ArrayList<>();
        MigrationListener listener = new MigrationListener() {
            @Override
            public void backupTaken(BackupInfo backup) {
                reported.add(backup);
            }
        };
        BackupInfo info = new BackupInfo(dir.resolve("b.db"), "restore", 1, 1, List.of());
        Migration migration = new Migration(new Session(settings, dev.godwit.internal.db.Databases.of(settings.url().kind()), listener), (s, rows) -> {
            backedUp.add(rows);
            return info;
        });
        RevisionFiles files = new RevisionFiles(settings.migrations());
        migration.run(files, true, "r1", PartialRevision.REFUSE);
        Plan plan = migration.plan(files, true, "heads");
        assertEquals(List.of("r2"), migration.apply(files, plan).rowsAfter());
        assertEquals(List.of(Set.of(), Set.of("r1")), backedUp);
        assertEquals(2, reported.size());
        assertSame(info, reported.get(0));
    }

    @Test
    void aFailingBackupStopsTheRunWithNothingRun(@TempDir Path dir) throws Exception {
        Settings settings = settings(dir, true);
        Migration migration = new Migration(new Session(settings, dev.godwit.internal.db.Databases.of(settings.url().kind()), MigrationListener.NONE), (s, rows) -> {
            throw new GodwitException(ErrorCode.BACKUP_FAILED, "no dump tool", null);
        });
        RevisionFiles files = new RevisionFiles(settings.migrations());
        assertThrows(GodwitException.class, () -> migration.run(files, true, "heads", PartialRevision.REFUSE));
        Migration without = new Migration(new Session(settings.withBackup(false), dev.godwit.internal.db.Databases.of(settings.url().kind()), MigrationListener.NONE), null);
        assertTrue(without.plan(files, true, "heads").revisions().size() == 2, "nothing was applied");
    }

    @Test
    void applyingAPlanAfterTheDatabaseMovedIsRefused(@TempDir Path dir) throws Exception {
        Settings settings = settings(dir, false);
        Migration migration = new Migration(new Session(settings, dev.godwit.internal.db.Databases.of(settings.url().kind()), MigrationListener.NONE), null);
        RevisionFiles files = new RevisionFiles(settings.migrations());
        Plan down = migration.plan(files, false, "base");
        assertTrue(down.isEmpty());
        migration.run(files, true, "r1", PartialRevision.REFUSE);
        GodwitException e = assertThrows(GodwitException.class, () -> migration.apply(files, down));
        assertEquals(ErrorCode.DATABASE_MOVED, e.code());
        assertEquals(List.of("r1"), migration.plan(files, true, "r1").current());
    }

    @Test
    void aPlanMadeForAnotherDatabaseIsRefused(@TempDir Path dir) throws Exception {
        Settings settings = settings(dir, false);
        RevisionFiles files = new RevisionFiles(settings.migrations());
        Plan plan = new Migration(new Session(settings, dev.godwit.internal.db.Databases.of(settings.url().kind()), MigrationListener.NONE), null).plan(files, true, "heads");
        Settings other = SettingsLoader.load(new SettingsLoader.LoadRequest(dir, null, null, "sqlite:///other.db",
                Map.of()));
        Migration elsewhere = new Migration(new Session(other, dev.godwit.internal.db.Databases.of(other.url().kind()), MigrationListener.NONE), null);
        GodwitException e = assertThrows(GodwitException.class, () -> elsewhere.apply(files, plan));
        assertEquals(ErrorCode.DATABASE_MOVED, e.code());
        assertTrue(elsewhere.plan(files, true, "heads").current().isEmpty(), "nothing ran on other.db");
    }
}
