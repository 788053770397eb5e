package dev.godwit.internal.backup;

import dev.godwit.internal.db.Databases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.GodwitException;
import dev.godwit.internal.config.DatabaseUrl;
import dev.godwit.internal.dialect.DialectKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding and running the tools: a missing tool, a tool that fails or hangs. The fake tools here are
 * shell scripts standing in for pg_dump's process behaviour (exit codes, stderr, time); everything
 * about databases is tested against real servers elsewhere.
 */
@DisabledOnOs(OS.WINDOWS)
class ToolRunTest {
    private static final String PASSWORD = "hunter2-secret";

    @TempDir
    Path dir;

    private BackupRequest request(DialectKind kind) {
        String url = kind == DialectKind.POSTGRESQL ? "postgresql://alice:" + PASSWORD + "@127.0.0.1:5432/app"
                : "mariadb://bob:" + PASSWORD + "@127.0.0.1:3306/shop";
        return new BackupRequest(DatabaseUrl.parse(url, dir), null, dir.resolve("backups"), "r1",
                Instant.parse("2024-05-06T07:08:09Z"));
    }

    private Path script(String name, String body) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }

    private static ToolLocator locator(Map<String, String> properties, String path) {
        return new ToolLocator(properties::get, name -> name.equals("PATH") ? path : null);
    }

    @Test
    void configuredToolThatDoesNotExist() throws Exception {
        String old = System.getProperty("godwit.pg_dump");
        System.setProperty("godwit.pg_dump", dir.resolve("nowhere/pg_dump").toString());
        try {
            GodwitException e = assertThrows(GodwitException.class, () -> BackupTaker.take(Databases.of(DialectKind.POSTGRESQL).backupMethod(ToolLocator.system()), request(DialectKind.POSTGRESQL)));
            assertEquals("Cannot take the backup: the pg_dump set by system property godwit.pg_dump ("
                    + dir.resolve("nowhere/pg_dump") + ") does not exist.", e.getMessage());
            assertTrue(e.hint().contains("apt-get install postgresql-client"), e.hint());
            assertTrue(e.hint().contains("run without a backup"), e.hint());
        } finally {
            if (old == null) {
                System.clearProperty("godwit.pg_dump");
            } else {
                System.setProperty("godwit.pg_dump", old);
            }
        }
        assertEquals(List.of(), TestServers.files(dir.resolve("backups")));
    }

    @Test
    void configuredMysqlToolThatDoesNotExist() throws Exception {
        ToolLocator tools = locator(Map.of("godwit.mysqldump", "/nonexistent/mysqldump"), System.getenv("PATH"));
        GodwitException e = assertThrows(GodwitException.class,
                () -> Databases.of(DialectKind.MYSQL).backupMethod(tools).take(request(DialectKind.MYSQL), Duration.ofMinutes(1)));
        assertTrue(e.getMessage().contains("/nonexistent/mysqldump") && e.getMessage().contains("does not exist"),
                e.getMessage());
        assertTrue(e.hint().contains("apt-get install mariadb-client"), e.hint());
        assertEquals(List.of(), TestServers.files(dir.resolve("backups")));
    }

    @Test
    void configuredToolThatIsNotAProgram() throws Exception {
        Path plain = Files.writeString(dir.resolve("pg_dump"), "not a program");
        ToolLocator tools = new ToolLocator(name -> null,
                name -> name.equals("GODWIT_PG_DUMP") ? plain.toString() : System.getenv(name));
        GodwitException e = assertThrows(GodwitException.class, () -> Databases.of(DialectKind.POSTGRESQL).backupMethod(tools)
                .take(request(DialectKind.POSTGRESQL), Duration.ofMinutes(1)));
        assertTrue(e.getMessage().contains("environment variable GODWIT_PG_DUMP") && e.getMessage().contains(
                "is not an executable program"), e.getMessage());
    }

    @Test
    void toolNotOnThePath() throws Exception {
        ToolLocator tools = locator(Map.of(), dir.resolve("empty-bin").toString());
        GodwitException pg = assertThrows(GodwitException.class, () -> Databases.of(DialectKind.POSTGRESQL).backupMethod(tools)
                .take(request(DialectKind.POSTGRESQL), Duration.ofMinutes(1)));
        assertEquals("Cannot take the backup: pg_dump is not installed (not found on the PATH).", pg.getMessage());
        assertTrue(pg.hint().contains("apt-get install postgresql-client"), pg.hint());
        assertTrue(pg.hint().contains("-Dgodwit.pg_dump=/path/to/pg_dump or GODWIT_PG_DUMP"), pg.hint());
        assertTrue(pg.hint().endsWith("or run without a backup."), pg.hint());

        GodwitException my = assertThrows(GodwitException.class, () -> Databases.of(DialectKind.MYSQL).backupMethod(tools)
                .take(request(DialectKind.MYSQL), Duration.ofMinutes(1)));
        assertEquals("Cannot take the backup: mariadb-dump or mysqldump is not installed (not found on the PATH).",
                my.getMessage());
        assertTrue(my.hint().contains("apt-get install mariadb-client"), my.hint());
        assertEquals(List.of(), TestServers.files(dir.resolve("backups")));
    }

    @Test
    void toolsAreFoundOnThePathAndTheirCompanionsNextToThem() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path dump = script("bin/pg_dump", "exit 0");
        script("bin/pg_restore", "exit 0");
        ToolLocator onPath = locator(Map.of(), "/nonexistent:" + bin);
        ToolLocator.Tool tool = onPath.find("pg_dump", List.of("pg_dump"), "install");
        assertEquals(dump, tool.path());
        assertEquals("pg_restore", onPath.companion(tool, List.of("pg_restore")));

        ToolLocator configured = locator(Map.of("godwit.pg_dump", dump.toString()), "/nonexistent");
        ToolLocator.Tool explicit = configured.find("pg_dump", List.of("pg_dump"), "install");
        assertEquals(bin.resolve("pg_restore").toString(), configured.companion(explicit, List.of("pg_restore")));
        assertEquals("mariadb", configured.companion(explicit, List.of("mariadb", "mysql")));
    }

    @Test
    void failingToolLeavesNoFileAndItsErrorIsMasked() throws Exception {
        Path fake = script("pg_dump", String.join("\n",
                "while [ $# -gt 0 ]; do",
                "  if [ \"$1\" = -f ]; then echo partial > \"$2\"; fi",
                "  shift",
                "done",
                "echo \"pg_dump: error: the password is $PGPASSWORD\" >&2",
                "echo 'pg_dump: error: query failed: ERROR:  permission denied for table secret' >&2",
                "exit 1"));
        ToolLocator tools = locator(Map.of("godwit.pg_dump", fake.toString()), "/nonexistent");
        GodwitException e = assertThrows(GodwitException.class, () -> Databases.of(DialectKind.POSTGRESQL).backupMethod(tools)
                .take(request(DialectKind.POSTGRESQL), Duration.ofMinutes(1)));
        assertEquals("Backup failed: pg_dump (" + fake + ") exited with code 1 backing up database app on 127.0.0.1:5432:\n"
                + "  pg_dump: error: the password is ***\n"
                + "  pg_dump: error: query failed: ERROR:  permission denied for table secret", e.getMessage());
        assertTrue(e.hint().startsWith("The user must be able to read everything"), e.hint());
        assertFalse(e.getMessage().contains(PASSWORD) || e.hint().contains(PASSWORD));
        assertEquals(List.of(), TestServers.files(dir.resolve("backups")));
    }

    @Test
    void hangingToolIsStoppedAfterTheTimeout() throws Exception {
        Path fake = script("mariadb-dump", "echo 'working' >&2\necho 'partial' \nexec sleep 30");
        ToolLocator tools = locator(Map.of("godwit.mysqldump", fake.toString()), "/nonexistent");
        long start = System.nanoTime();
        GodwitException e = assertThrows(GodwitException.class, () -> Databases.of(DialectKind.MYSQL).backupMethod(tools)
                .take(request(DialectKind.MYSQL), Duration.ofMillis(700)));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).getSeconds() < 20, "the tool was not stopped in time");
        assertTrue(e.getMessage().startsWith("mariadb-dump did not finish within 700ms backing up database shop on"
                + " 127.0.0.1:3306; it was stopped and its partial backup deleted."), e.getMessage());
        assertTrue(e.getMessage().contains("  working"), e.getMessage());
        assertTrue(e.hint().contains("raise the backup timeout"), e.hint());
        assertEquals(List.of(), TestServers.files(dir.resolve("backups")));
    }

    @Test
    void passwordReachesTheToolThroughItsEnvironmentOrOptionFileOnly() throws Exception {
        Path argvLog = dir.resolve("argv.log");
        Path pg = script("pg_dump", "printf '%s\\n' \"$@\" > " + argvLog + "\n"
                + "test \"$PGPASSWORD\" = '" + PASSWORD + "' || exit 7\n"
                + "while [ $# -gt 0 ]; do if [ \"$1\" = -f ]; then echo dump > \"$2\"; fi; shift; done");
        ToolLocator tools = locator(Map.of("godwit.pg_dump", pg.toString()), "/nonexistent");
        Backup backup = Databases.of(DialectKind.POSTGRESQL).backupMethod(tools)
                .take(request(DialectKind.POSTGRESQL), Duration.ofMinutes(1));
        assertFalse(Files.readString(argvLog).contains(PASSWORD));
        assertEquals(5, backup.bytes());
        assertFalse(backup.restoreCommand().contains(PASSWORD));

        Path optionCopy = dir.resolve("options.copy");
        Path my = script("mariadb-dump", "printf '%s\\n' \"$@\" > " + argvLog + "\n"
                + "file=${1#--defaults-extra-file=}\n"
                + "ls -l \"$file\" | cut -c1-10 > " + dir.resolve("mode") + "\n"
                + "ls -ld \"$(dirname \"$file\")\" | cut -c1-10 > " + dir.resolve("dirmode") + "\n"
                + "cp \"$file\" " + optionCopy + "\n"
                + "echo '-- dump'");
        ToolLocator myTools = locator(Map.of("godwit.mysqldump", my.toString()), "/nonexistent");
        Backup sql = Databases.of(DialectKind.MYSQL).backupMethod(myTools).take(request(DialectKind.MYSQL), Duration.ofMinutes(1));
        List<String> argv = Files.readAllLines(argvLog);
        assertFalse(argv.toString().contains(PASSWORD), argv.toString());
        assertTrue(argv.get(0).startsWith("--defaults-extra-file="), argv.toString());
        Path optionFile = Path.of(argv.get(0).substring("--defaults-extra-file=".length()));
        assertFalse(Files.exists(optionFile), "the option file is deleted after the run");
        assertFalse(Files.exists(optionFile.getParent()), "so is its private directory");
        assertEquals("-rw-------", Files.readString(dir.resolve("mode")).strip());
        assertEquals("drwx------", Files.readString(dir.resolve("dirmode")).strip());
        assertEquals("[client]\npassword=\"" + PASSWORD + "\"\n", Files.readString(optionCopy));
        assertEquals("-- dump\n", Files.readString(sql.file()));
    }

    @Test
    void theOptionFileAndItsDirectoryGoWhenTheToolFails() throws Exception {
        Path argvLog = dir.resolve("argv.log");
        Path my = script("mariadb-dump", "printf '%s\\n' \"$@\" > " + argvLog + "\n"
                + "echo 'mariadb-dump: Got error: 1045: Access denied (using password: YES)' >&2\nexit 2");
        ToolLocator tools = locator(Map.of("godwit.mysqldump", my.toString()), "/nonexistent");
        assertThrows(GodwitException.class, () -> Databases.of(DialectKind.MYSQL).backupMethod(tools)
                .take(request(DialectKind.MYSQL), Duration.ofMinutes(1)));
        Path optionFile = Path.of(Files.readAllLines(argvLog).get(0).substring("--defaults-extra-file=".length()));
        assertFalse(Files.exists(optionFile.getParent()), "the private directory stays: " + optionFile.getParent());
        assertEquals(List.of(), TestServers.files(dir.resolve("backups")));
    }

    /** A tool that ignores SIGTERM, with a child that ignores it too: both are killed after the grace time. */
    @Test
    void aToolThatIgnoresSigtermIsKilledWithItsChildren() throws Exception {
        Path childPid = dir.resolve("child.pid");
        Path fake = script("mariadb-dump", "trap '' TERM\nsleep 60 &\necho $! > " + childPid + "\nwait\nwait");
        ToolLocator tools = locator(Map.of("godwit.mysqldump", fake.toString()), "/nonexistent");
        long start = System.nanoTime();
        assertThrows(GodwitException.class, () -> Databases.of(DialectKind.MYSQL).backupMethod(tools)
                .take(request(DialectKind.MYSQL), Duration.ofMillis(700)));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).getSeconds() < 15, "the tool was not killed in time");
        long pid = Long.parseLong(Files.readString(childPid).strip());
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the tool's child survived");
        assertEquals(List.of(), TestServers.files(dir.resolve("backups")));
    }
}
