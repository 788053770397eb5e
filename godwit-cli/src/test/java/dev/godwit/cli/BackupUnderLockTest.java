package dev.godwit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.GodwitProcess;
import dev.godwit.cli.support.Processes;
import dev.godwit.cli.support.Revisions;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The backup is taken under the run lock, once the plan is final: a run that waited for another
 * run's lock backs up the database as that other run left it, so restoring its backup gives a
 * database whose tables and version table agree.
 */
class BackupUnderLockTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRunThatWaitedForTheLockBacksUpWhatTheOtherRunLeft(TestDatabase.Kind kind, @TempDir Path dir)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            Revisions.write(dir, "o1", null, "CREATE TABLE lock_base (id INTEGER PRIMARY KEY);", "DROP TABLE lock_base;");
            Revisions.write(dir, "o2", "o1", "CREATE TABLE lock_first (id INTEGER PRIMARY KEY);\n"
                    + "INSERT INTO lock_first (id) VALUES (7);\n" + ConcurrencyTest.slowStatement(kind, 8),
                    "DROP TABLE lock_first;");
            Revisions.write(dir, "o3", "o2", "CREATE TABLE lock_second (id INTEGER PRIMARY KEY);",
                    "DROP TABLE lock_second;");
            Cli.Result base = Cli.run(dir, "upgrade", "o1");
            assertEquals(0, base.exit(), base.toString());

            GodwitProcess first = GodwitProcess.start(dir, dir.resolve("first.log"), "upgrade", "o2");
            first.awaitOutput("Running upgrade o1 -> o2", 60);
            GodwitProcess second = GodwitProcess.start(dir, dir.resolve("second.log"), "upgrade", "--backup",
                    "--lock-timeout", "120");
            assertEquals(0, first.waitFor(120), first.output());
            assertEquals(0, second.waitFor(180), second.output());
            String out = second.output();
            assertTrue(out.contains("Waiting for another Godwit run"), "the second run must have waited: " + out);
            assertTrue(out.contains("Running upgrade o2 -> o3") && !out.contains("-> o2,") , out);
            assertEquals(List.of("o3"), db.versionRows("godwit_version"));

            String backupLine = line(out, "Backup: ");
            Path file = Path.of(backupLine.substring(0, backupLine.indexOf(" (")));
            assertTrue(file.getFileName().toString().contains("-o2-"),
                    "the backup is named after the revision it holds, o2: " + file);
            String restore = line(out, "Restore with: ");
            try (Fresh fresh = Fresh.create(kind, db, dir)) {
                Processes.Run restored = Processes.bash(fresh.retarget(restore), 300);
                assertEquals(0, restored.exit(), restore + "\n" + restored);
                assertEquals(List.of("godwit_history", "godwit_version", "lock_base", "lock_first"),
                        fresh.tables().stream().filter(t -> !t.equals("godwit_history_progress")).toList(),
                        "the backup holds the first run's changes and nothing of the second's");
                assertEquals(List.of("o2"), fresh.column("SELECT version_num FROM godwit_version"));
                assertEquals(List.of("7"), fresh.column("SELECT id FROM lock_first"));
            }
        }
    }

    private static String line(String output, String prefix) {
        return output.lines().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line '" + prefix + "' in:\n" + output))
                .substring(prefix.length());
    }

    /** A fresh, empty database of the same kind on the same server, to restore a backup into. */
    private static final class Fresh implements AutoCloseable {
        private final TestDatabase.Kind kind;
        private final TestDatabase db;
        private final String name;
        private final String jdbc;

        private Fresh(TestDatabase.Kind kind, TestDatabase db, String name, String jdbc) {
            this.kind = kind;
            this.db = db;
            this.name = name;
            this.jdbc = jdbc;
        }

        static Fresh create(TestDatabase.Kind kind, TestDatabase db, Path dir) throws SQLException {
            String name = "gw_restore_" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
            switch (kind) {
                case SQLITE: {
                    Path file = dir.resolve(name + ".db").toAbsolutePath();
                    return new Fresh(kind, db, file.toString(), "jdbc:sqlite:" + file);
                }
                case POSTGRESQL:
                    db.execute("CREATE DATABASE " + name);
                    return new Fresh(kind, db, name,
                            "jdbc:postgresql://" + db.host() + ":" + db.port() + "/" + name + "?currentSchema=" + db.schema());
                default:
                    db.execute("CREATE DATABASE " + name);
                    return new Fresh(kind, db, name, "jdbc:mariadb://" + db.host() + ":" + db.port() + "/" + name);
            }
        }

        /** The printed restore command, aimed at this database instead of the test's. */
        String retarget(String restore) {
            switch (kind) {
                case SQLITE:
                    assertTrue(restore.contains(db.database()), restore);
                    return restore.replace(db.database(), name);
                case POSTGRESQL:
                    assertTrue(restore.contains(" -d " + db.database() + " "), restore);
                    return restore.replace(" -d " + db.database() + " ", " -d " + name + " ");
                default:
                    assertTrue(restore.contains(" " + db.database() + " < "), restore);
                    return restore.replace(" " + db.database() + " < ", " " + name + " < ");
            }
        }

        List<String> column(String sql) throws SQLException {
            try (Connection c = kind == TestDatabase.Kind.SQLITE ? DriverManager.getConnection(jdbc)
                    : DriverManager.getConnection(jdbc, db.user(), db.password());
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                List<String> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
                out.sort(null);
                return out;
            }
        }

        List<String> tables() throws SQLException {
            switch (kind) {
                case SQLITE:
                    return column("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
                case POSTGRESQL:
                    return column("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                            + db.schema() + "'");
                default:
                    return column("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()");
            }
        }

        @Override
        public void close() throws Exception {
            if (kind == TestDatabase.Kind.SQLITE) {
                Files.deleteIfExists(Path.of(name));
            } else {
                db.execute(kind == TestDatabase.Kind.POSTGRESQL ? "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"
                        : "DROP DATABASE IF EXISTS " + name);
            }
        }
    }
}
