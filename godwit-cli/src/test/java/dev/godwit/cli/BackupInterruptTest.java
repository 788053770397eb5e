package dev.godwit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.GodwitProcess;
import dev.godwit.cli.support.Processes;
import dev.godwit.cli.support.Revisions;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Godwit stopped by a signal during a slow dump: the dump tool and its children are stopped, the
 * private directory holding the password is gone, no partial backup stays, nothing was migrated.
 * The dump is made slow by a wrapper (set through GODWIT_MYSQLDUMP / GODWIT_PG_DUMP) that sleeps
 * in a child process before it would run the real tool.
 */
@DisabledOnOs(OS.WINDOWS)
class BackupInterruptTest {
    private static final String PASSWORD = "Int3rruptPw";

    @ParameterizedTest
    @CsvSource({"MARIADB, TERM", "MARIADB, INT", "POSTGRESQL, TERM"})
    void aSignalDuringTheDumpLeavesNoPasswordFileNoChildAndNoPartialBackup(TestDatabase.Kind kind, String signal,
            @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            String user = kind == TestDatabase.Kind.MARIADB ? createUser(db) : db.user();
            try {
                Files.writeString(dir.resolve("godwit.toml"), "url = \"" + url(kind, db, user) + "\"\n"
                        + (db.schema() == null ? "" : "schema = \"" + db.schema() + "\"\n") + "backup = true\n");
                if (kind == TestDatabase.Kind.POSTGRESQL) {
                    db.execute("CREATE SCHEMA IF NOT EXISTS " + db.schema());
                }
                Revisions.write(dir, "i1", null, "CREATE TABLE interrupted (id INTEGER PRIMARY KEY);",
                        "DROP TABLE interrupted;");
                Path tmp = Files.createDirectories(dir.resolve("tmp"));
                Path tool = slowTool(dir, kind);
                String variable = kind == TestDatabase.Kind.MARIADB ? "GODWIT_MYSQLDUMP" : "GODWIT_PG_DUMP";
                GodwitProcess godwit = GodwitProcess.start(dir, dir.resolve("godwit.log"),
                        List.of("-Djava.io.tmpdir=" + tmp), Map.of(variable, tool.toString()), "upgrade");
                try {
                    interrupt(kind, signal, db, dir, tmp, godwit);
                } finally {
                    List<ProcessHandle> left = godwit.process().descendants().toList();
                    if (godwit.process().isAlive()) {
                        Processes.stop(godwit.process());
                    }
                    left.forEach(ProcessHandle::destroyForcibly);
                }
            } finally {
                if (kind == TestDatabase.Kind.MARIADB) {
                    db.execute("DROP USER IF EXISTS '" + user + "'@'%'");
                }
            }
        }
    }

    private static void interrupt(TestDatabase.Kind kind, String signal, TestDatabase db, Path dir, Path tmp,
            GodwitProcess godwit) throws Exception {
        Path args = dir.resolve("dump.args");
        awaitFile(dir.resolve("dump.started"), godwit);
        List<ProcessHandle> children = godwit.process().descendants().toList();
        assertTrue(children.size() >= 2, "the wrapper and its sleeping child run: " + children);
        Path optionFile = null;
        if (kind == TestDatabase.Kind.MARIADB) {
            optionFile = optionFile(Files.readAllLines(args));
            assertTrue(optionFile.startsWith(tmp), "in java.io.tmpdir: " + optionFile);
            assertEquals("rwx------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(optionFile.getParent())), "a private directory");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(optionFile)));
            assertTrue(Files.readString(optionFile).contains(PASSWORD), "the tool reads the password there");
        }
        Processes.Run kill = Processes.run(List.of("kill", "-s", signal,
                Long.toString(godwit.process().pid())), null, 10);
        assertEquals(0, kill.exit(), kill.toString());
        int exit = godwit.waitFor(30);
        assertTrue(exit != 0, "exit " + exit + ": " + godwit.output());
        for (ProcessHandle child : children) {
            String command = child.info().commandLine().orElse("");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50); // a killed process is gone once its new parent reaps it
            }
            assertFalse(child.isAlive(), "a dump process outlived Godwit: pid " + child.pid() + " " + command);
        }
        if (optionFile != null) {
            assertFalse(Files.exists(optionFile), "the option file with the password remains: " + optionFile);
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("godwit-backup"))
                    .toList(), "the private directory must be gone");
        }
        Path backups = dir.resolve("backups");
        if (Files.isDirectory(backups)) {
            try (Stream<Path> files = Files.list(backups)) {
                assertEquals(List.of(), files.toList(), "no partial backup may stay");
            }
        }
        assertFalse(db.tableExists("interrupted"), "nothing was migrated");
    }

    private static String createUser(TestDatabase db) throws Exception {
        String user = "gw_u_" + Long.toString(System.nanoTime(), 36);
        db.execute("CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + PASSWORD + "'");
        db.execute("GRANT ALL PRIVILEGES ON `" + db.database() + "`.* TO '" + user + "'@'%'");
        return user;
    }

    private static String url(TestDatabase.Kind kind, TestDatabase db, String user) {
        String password = PASSWORD;
        return kind == TestDatabase.Kind.MARIADB
                ? "mariadb://" + user + ":" + password + "@" + db.host() + ":" + db.port() + "/" + db.database()
                : "postgresql://" + user + ":" + password + "@" + db.host() + ":" + db.port() + "/" + db.database();
    }

    /** A dump tool that notes its arguments, then waits in a child process (a slow dump). */
    private static Path slowTool(Path dir, TestDatabase.Kind kind) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path tool = bin.resolve(kind == TestDatabase.Kind.MARIADB ? "mariadb-dump" : "pg_dump");
        Files.writeString(tool, "#!/bin/sh\n"
                + "for a in \"$@\"; do printf '%s\\n' \"$a\"; done > '" + dir.resolve("dump.args") + "'\n"
                + "sleep 300 &\n"
                + "touch '" + dir.resolve("dump.started") + "'\n"
                + "wait\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwx------"));
        return tool;
    }

    private static void awaitFile(Path file, GodwitProcess godwit) throws InterruptedException {
        for (int i = 0; i < 1200 && !Files.exists(file); i++) {
            if (!godwit.process().isAlive()) {
                throw new AssertionError("godwit ended before the dump started:\n" + godwit.output());
            }
            Thread.sleep(50);
        }
        assertTrue(Files.exists(file), "the dump did not start within 60 s:\n" + godwit.output());
    }

    private static Path optionFile(List<String> argv) {
        for (String arg : argv) {
            if (arg.startsWith("--defaults-extra-file=")) {
                return Path.of(arg.substring("--defaults-extra-file=".length()));
            }
        }
        throw new AssertionError("no --defaults-extra-file in " + argv);
    }
}
