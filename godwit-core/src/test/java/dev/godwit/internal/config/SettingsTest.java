package dev.godwit.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.GodwitException;
import dev.godwit.internal.dialect.DialectKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsTest {
    private static final Path BASE = Path.of("/srv/app");

    @Test
    void defaults() {
        Settings s = Settings.defaults(BASE);
        assertEquals(BASE, s.baseDir());
        assertNull(s.configFile());
        assertNull(s.environment());
        assertEquals(DialectKind.SQLITE, s.url().kind());
        assertEquals("jdbc:sqlite:/srv/app/godwit.db", s.url().jdbcUrl());
        assertEquals("sqlite:///godwit.db", s.url().masked());
        assertEquals("default", s.urlSource());
        assertEquals(Path.of("/srv/app/migrations/versions"), s.migrations());
        assertEquals("{date}_{time}_{rev}_{slug}", s.fileTemplate());
        assertEquals("godwit_version", s.versionTable());
        assertEquals("godwit_history", s.historyTable());
        assertNull(s.schema());
        assertEquals(Duration.ofSeconds(60), s.lockTimeout());
        assertFalse(s.confirm());
        assertFalse(s.backup());
        assertEquals(Path.of("/srv/app/backups"), s.backupDir());
        assertNull(s.model());
        assertNull(s.devUrl());
        assertEquals(List.of(), s.excludeTables());
    }

    @Test
    void baseDirIsNormalized() {
        assertEquals(BASE, Settings.defaults(Path.of("/srv/./x/../app")).baseDir());
    }

    @Test
    void withMethodsChangeOneThing() {
        Settings base = Settings.defaults(BASE);
        Settings s = base
                .withUrl("postgres://app:pw@db/app")
                .withMigrations(Path.of("sql"))
                .withFileTemplate("{rev}")
                .withVersionTable("v")
                .withHistoryTable("h")
                .withSchema("ops")
                .withLockTimeout(Duration.ofSeconds(5))
                .withConfirm(true)
                .withBackup(true)
                .withBackupDir(Path.of("/tmp/bk"))
                .withModel("model.sql")
                .withDevUrl("sqlite://")
                .withExcludeTables(List.of("t"));
        assertEquals("api", s.urlSource());
        assertEquals("jdbc:postgresql://db:5432/app", s.url().jdbcUrl());
        assertEquals(BASE.resolve("sql"), s.migrations());
        assertEquals("{rev}", s.fileTemplate());
        assertEquals("v", s.versionTable());
        assertEquals("h", s.historyTable());
        assertEquals("ops", s.schema());
        assertEquals(Duration.ofSeconds(5), s.lockTimeout());
        assertTrue(s.confirm());
        assertTrue(s.backup());
        assertEquals(Path.of("/tmp/bk"), s.backupDir());
        assertEquals("model.sql", s.model());
        assertEquals("sqlite://", s.devUrl());
        assertEquals(List.of("t"), s.excludeTables());
        assertEquals("godwit_version", base.versionTable(), "the original is unchanged");
    }

    @Test
    void withUrlAndSource() {
        DatabaseUrl url = DatabaseUrl.parse("sqlite://", BASE);
        Settings s = Settings.defaults(BASE).withUrl(url, "test");
        assertEquals(url, s.url());
        assertEquals("test", s.urlSource());
    }

    @Test
    void withUrlStringResolvesSqliteAgainstBaseDir() {
        assertEquals("jdbc:sqlite:/srv/app/x.db", Settings.defaults(BASE).withUrl("sqlite:///x.db").url().jdbcUrl());
    }

    @Test
    void excludeTablesIsCopied() {
        List<String> tables = new ArrayList<>(List.of("a"));
        Settings s = Settings.defaults(BASE).withExcludeTables(tables);
        tables.add("b");
        assertEquals(List.of("a"), s.excludeTables());
        assertThrows(UnsupportedOperationException.class, () -> s.excludeTables().add("c"));
    }

    @Test
    void blankOptionalStringsBecomeNull() {
        Settings s = Settings.defaults(BASE).withSchema(" ").withModel("").withDevUrl("");
        assertNull(s.schema());
        assertNull(s.model());
        assertNull(s.devUrl());
    }

    @Test
    void invalidValues() {
        Settings s = Settings.defaults(BASE);
        assertThrows(GodwitException.class, () -> s.withVersionTable(" "));
        assertThrows(GodwitException.class, () -> s.withHistoryTable(null));
        assertThrows(GodwitException.class, () -> s.withFileTemplate(""));
        assertThrows(GodwitException.class, () -> s.withHistoryTable("godwit_version"));
        assertThrows(GodwitException.class, () -> s.withLockTimeout(Duration.ofSeconds(-1)));
        assertThrows(NullPointerException.class, () -> s.withLockTimeout(null));
        assertThrows(NullPointerException.class, () -> s.withMigrations(null));
    }

    @Test
    void toStringMasksPasswords() {
        Settings s = Settings.defaults(BASE).withUrl("postgres://app:Pw$ecret@db/app")
                .withDevUrl("postgres://dev:Dev$ecret@localhost/dev");
        assertFalse(s.toString().contains("ecret"), s.toString());
        assertTrue(s.toString().contains("postgres://app:***@db/app"), s.toString());
        assertTrue(s.toString().contains("postgres://dev:***@localhost/dev"), s.toString());
    }
}
