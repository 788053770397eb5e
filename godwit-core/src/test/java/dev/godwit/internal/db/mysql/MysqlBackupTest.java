package dev.godwit.internal.db.mysql;

import dev.godwit.internal.backup.Backup;
import dev.godwit.internal.backup.BackupRequest;
import dev.godwit.internal.backup.BackupTaker;
import dev.godwit.internal.backup.TestServers;
import dev.godwit.internal.backup.ToolLocator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.GodwitException;
import dev.godwit.internal.config.DatabaseUrl;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MariaDB, for real: a fresh database owned by a fresh user whose password has every character that
 * could break quoting; back it up, change it, run the printed restore command with bash (password in
 * MYSQL_PWD), and compare tables, rows, view, trigger, routine and event.
 */
class MysqlBackupTest {
    private static final Instant TIME = Instant.parse("2024-04-05T06:07:08Z");
    private static final String PASSWORD = "pa ss\"#'\\$w0rd;`x";

    @TempDir
    Path dir;

    private String database;
    private String user;
    private String reader;

    @BeforeEach
    void createDatabaseAndUsers() throws Exception {
        TestServers.requireMariadb();
        TestServers.requireTool(MysqlBackup.KEY, MysqlBackup.DUMP_TOOLS);
        database = TestServers.unique("gwbk_");
        user = TestServers.unique("gwu_");
        reader = TestServers.unique("gwr_");
        try (Connection admin = TestServers.mariadbAdmin()) {
            TestServers.execute(admin, "CREATE DATABASE " + database);
            for (String name : List.of(user, reader)) {
                try (PreparedStatement ps = admin.prepareStatement("CREATE USER '" + name + "'@'%' IDENTIFIED BY ?")) {
                    ps.setString(1, PASSWORD);
                    ps.execute();
                }
            }
            TestServers.execute(admin, "GRANT ALL ON " + database + ".* TO '" + user + "'@'%'",
                    "GRANT SELECT, SHOW VIEW, TRIGGER, LOCK TABLES ON " + database + ".* TO '" + reader + "'@'%'");
        }
    }

    @AfterEach
    void dropDatabaseAndUsers() throws Exception {
        if (database == null) {
            return;
        }
        try (Connection admin = TestServers.mariadbAdmin()) {
            TestServers.execute(admin, "DROP DATABASE IF EXISTS " + database,
                    "DROP USER IF EXISTS '" + user + "'@'%'", "DROP USER IF EXISTS '" + reader + "'@'%'");
        }
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection(TestServers.mysqlJdbc(database), user, PASSWORD);
    }

    private DatabaseUrl url(String name, String password, String db) {
        return DatabaseUrl.parse("mariadb://" + name + ":"
                + URLEncoder.encode(password, StandardCharsets.UTF_8).replace("+", "%20") + "@" + TestServers.MYSQL_HOST
                + ":" + TestServers.MYSQL_PORT + "/" + db, dir);
    }

    private void createObjects() throws Exception {
        try (Connection c = connect()) {
            TestServers.execute(c,
                    "CREATE TABLE customer (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(50) NOT NULL,"
                            + " cover VARBINARY(16)) CHARACTER SET utf8mb4",
                    "CREATE TABLE orders (id INT AUTO_INCREMENT PRIMARY KEY, customer_id INT NOT NULL,"
                            + " amount DECIMAL(10,2), note TEXT, CONSTRAINT fk_customer FOREIGN KEY (customer_id)"
                            + " REFERENCES customer(id)) CHARACTER SET utf8mb4",
                    "CREATE VIEW big_orders AS SELECT o.id, c.name, o.amount FROM orders o JOIN customer c"
                            + " ON c.id = o.customer_id WHERE o.amount > 10",
                    "CREATE TRIGGER orders_note BEFORE INSERT ON orders FOR EACH ROW"
                            + " SET NEW.note = COALESCE(NEW.note, 'auto')",
                    "CREATE PROCEDURE add_customer(IN n VARCHAR(50)) INSERT INTO customer (name) VALUES (n)",
                    "CREATE EVENT cleanup ON SCHEDULE EVERY 1 DAY STARTS '2030-01-01 00:00:00' DISABLE"
                            + " DO DELETE FROM orders WHERE amount < 0",
                    "INSERT INTO customer (name, cover) VALUES ('Ada', 0x00FF10), ('Zoë ''quoted''', NULL),"
                            + " ('back\\\\slash', X'')",
                    "INSERT INTO orders (customer_id, amount, note) VALUES (1, 12.50, 'first'), (1, 3.00, NULL),"
                            + " (3, 99.99, 'multi\\nline')");
        }
    }

    private List<String> queries() {
        String schema = "'" + database + "'";
        return List.of(
                "SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES WHERE TABLE_SCHEMA = " + schema
                        + " AND TABLE_NAME <> 'extra' ORDER BY TABLE_NAME",
                "SELECT id, name, HEX(cover) FROM customer ORDER BY id",
                "SELECT * FROM orders ORDER BY id",
                "SELECT * FROM big_orders ORDER BY id",
                "SELECT CONSTRAINT_NAME, TABLE_NAME, REFERENCED_TABLE_NAME FROM information_schema.REFERENTIAL_CONSTRAINTS"
                        + " WHERE CONSTRAINT_SCHEMA = " + schema,
                "SELECT TRIGGER_NAME, EVENT_MANIPULATION, ACTION_STATEMENT FROM information_schema.TRIGGERS"
                        + " WHERE TRIGGER_SCHEMA = " + schema,
                "SELECT ROUTINE_NAME, ROUTINE_TYPE, ROUTINE_DEFINITION FROM information_schema.ROUTINES"
                        + " WHERE ROUTINE_SCHEMA = " + schema,
                "SELECT EVENT_NAME, EVENT_DEFINITION, STATUS, STARTS FROM information_schema.EVENTS"
                        + " WHERE EVENT_SCHEMA = " + schema);
    }

    private static List<Path> optionFiles() throws Exception {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("godwit-backup-")).toList();
        }
    }

    @Test
    void backupRestoresWithThePrintedCommand() throws Exception {
        createObjects();
        Map<String, List<List<String>>> before;
        try (Connection c = connect()) {
            before = TestServers.snapshot(c, queries());
        }
        assertEquals(3, before.get(queries().get(2)).size());
        assertEquals(1, before.get(queries().get(7)).size());
        List<Path> optionFilesBefore = optionFiles();

        Backup backup = BackupTaker.take(new MysqlBackup(ToolLocator.system()), new BackupRequest(url(user, PASSWORD, database), null, dir.resolve("backups"),
                "ae1027a6acf", TIME));

        assertEquals(dir.resolve("backups/" + database + "-ae1027a6acf-20240405T060708Z.sql"), backup.file());
        assertEquals(Files.size(backup.file()), backup.bytes());
        assertEquals(optionFilesBefore, optionFiles(), "the password's option file is deleted");
        String dump = Files.readString(backup.file());
        assertTrue(dump.contains("CREATE TABLE `orders`") && dump.contains("TRIGGER") && dump.contains("PROCEDURE")
                && dump.contains("EVENT `cleanup`"), "tables, triggers, routines and events are in the dump");
        assertFalse(dump.contains(PASSWORD));
        assertFalse(backup.restoreCommand().contains(PASSWORD));
        assertEquals("mariadb --protocol=TCP -h " + TestServers.MYSQL_HOST + " -P " + TestServers.MYSQL_PORT + " -u "
                + user + " " + database + " < " + backup.file(), backup.restoreCommand());
        assertTrue(backup.notes().stream().anyMatch(n -> n.contains("MYSQL_PWD")), backup.notes().toString());
        assertFalse(backup.notes().stream().anyMatch(n -> n.contains("Events were not")), backup.notes().toString());

        try (Connection c = connect()) {
            TestServers.execute(c, "DROP TABLE orders", "UPDATE customer SET name = 'changed', cover = NULL",
                    "DROP PROCEDURE add_customer", "DROP EVENT cleanup", "CREATE TABLE extra (x INT)");
            assertNotEquals(before.get(queries().get(1)), TestServers.rows(c, queries().get(1)));
        }
        TestServers.Run run = TestServers.bash(backup.restoreCommand(), Map.of("MYSQL_PWD", PASSWORD));
        assertEquals(0, run.exitCode(), backup.restoreCommand() + "\n" + run.output());

        try (Connection c = connect()) {
            assertEquals(before, TestServers.snapshot(c, queries()));
            assertEquals(1, TestServers.rows(c, "SHOW TABLES LIKE 'extra'").size(), "objects made after the backup stay");
            TestServers.execute(c, "CALL add_customer('after')");
            assertEquals(List.of(List.of("4")), TestServers.rows(c, "SELECT MAX(id) FROM customer"));
        }
    }

    @Test
    void userWithoutEventPrivilegeGetsABackupWithoutEvents() throws Exception {
        createObjects();
        Backup backup = BackupTaker.take(new MysqlBackup(ToolLocator.system()), new BackupRequest(url(reader, PASSWORD, database), null, dir, null, TIME));
        assertEquals(dir.resolve(database + "-base-20240405T060708Z.sql"), backup.file());
        assertTrue(backup.notes().stream().anyMatch(n -> n.startsWith("Events were not backed up: user " + reader)),
                backup.notes().toString());
        String dump = Files.readString(backup.file());
        assertTrue(dump.contains("CREATE TABLE `customer`") && dump.contains("INSERT INTO `orders`"), "the data is there");
        assertFalse(dump.contains("EVENT `cleanup`"));
        assertEquals(1, TestServers.files(dir).size());
    }

    @Test
    void failingDumpReportsTheToolsErrorAndLeavesNoFile() throws Exception {
        String wrong = "wrong-" + PASSWORD;
        GodwitException auth = assertThrows(GodwitException.class, () -> BackupTaker.take(new MysqlBackup(ToolLocator.system()), 
                new BackupRequest(url(user, wrong, database), null, dir.resolve("backups"), "r1", TIME)));
        assertTrue(auth.getMessage().startsWith("Backup failed: mariadb-dump (") || auth.getMessage().startsWith(
                "Backup failed: mysqldump ("), auth.getMessage());
        assertTrue(auth.getMessage().contains("Access denied for user '" + user + "'"), auth.getMessage());
        assertTrue(auth.hint().startsWith("Check the user name and password"), auth.hint());
        assertFalse(auth.getMessage().contains(wrong) || auth.hint().contains(wrong));
        assertEquals(List.of(), TestServers.files(dir.resolve("backups")));

        String missing = TestServers.unique("gwbk_missing_");
        GodwitException unknown = assertThrows(GodwitException.class, () -> BackupTaker.take(new MysqlBackup(ToolLocator.system()), 
                new BackupRequest(url(TestServers.MYSQL_USER, "", database), missing, dir.resolve("backups"), "r1", TIME)));
        assertTrue(unknown.getMessage().contains("backing up database " + missing), unknown.getMessage());
        assertTrue(unknown.hint().startsWith("Check the database name: database " + missing + " does not exist"),
                unknown.hint());
        assertEquals(List.of(), TestServers.files(dir.resolve("backups")));
    }
}
