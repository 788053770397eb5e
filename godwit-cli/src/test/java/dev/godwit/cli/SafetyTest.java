package dev.godwit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.Processes;
import dev.godwit.cli.support.Revisions;
import dev.godwit.cli.support.TestDatabase;
import dev.godwit.testsupport.TestServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Checksums, validate, the audit history and protected environments, end to end on each database. */
class SafetyTest {

    private static void twoRevisions(Path dir) throws Exception {
        Revisions.write(dir, "s1", null, "CREATE TABLE safe_a (id INTEGER PRIMARY KEY, name VARCHAR(20));",
                "DROP TABLE safe_a;");
        Revisions.write(dir, "s2", "s1", "ALTER TABLE safe_a ADD COLUMN note VARCHAR(50);",
                "ALTER TABLE safe_a DROP COLUMN note;");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void reformattingARevisionIsNotAnEditButChangingATokenIs(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            twoRevisions(dir);
            assertEquals(0, Cli.run(dir, "upgrade").exit());
            Path versions = dir.resolve("migrations/versions");

            // Rename, CRLF line endings, re-indentation and a comment edit change nothing.
            Path s1 = versions.resolve("s1.sql");
            String original = Files.readString(s1);
            Files.delete(s1);
            Path renamed = versions.resolve("0001_renamed.sql");
            Files.writeString(renamed, original.replace("CREATE TABLE safe_a (id", "-- a comment\n    CREATE   TABLE safe_a (\n  id")
                    .replace("\n", "\r\n"));
            Cli.Result ok = Cli.run(dir, "validate");
            assertEquals(0, ok.exit(), ok.toString());
            assertTrue(ok.out().contains("2 applied revision(s), 2 checked"), ok.toString());

            // A changed token is an edit: validate names it, upgrade refuses and runs nothing.
            Files.writeString(renamed, Files.readString(renamed).replace("VARCHAR(20)", "VARCHAR(30)"));
            Revisions.write(dir, "s3", "s2", "CREATE TABLE safe_b (id INTEGER PRIMARY KEY);", "DROP TABLE safe_b;");
            Cli.Result bad = Cli.run(dir, "validate");
            assertEquals(1, bad.exit(), bad.toString());
            assertTrue(bad.err().contains("Revision s1") && bad.err().contains("edited after it was applied")
                    && bad.err().contains("0001_renamed.sql"), bad.toString());
            Cli.Result refused = Cli.run(dir, "upgrade");
            assertEquals(1, refused.exit(), refused.toString());
            assertTrue(refused.err().contains("Refusing to run") && refused.err().contains("godwit validate --accept s1"),
                    refused.toString());
            assertFalse(db.tableExists("safe_b"), "nothing may run after a refused validation");

            // Accepting records the new checksum; then the upgrade goes on.
            Cli.Result accepted = Cli.run(dir, "validate", "--accept", "s1");
            assertEquals(0, accepted.exit(), accepted.toString());
            assertEquals(0, Cli.run(dir, "validate").exit());
            assertEquals(0, Cli.run(dir, "upgrade").exit());
            assertTrue(db.tableExists("safe_b"));
            Cli.Result log = Cli.run(dir, "log", "--json");
            assertTrue(log.out().contains("\"action\":\"accept\""), log.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theAuditHistoryRecordsEveryChangeNewestFirst(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            twoRevisions(dir);
            // Failing at its first statement, s3 leaves nothing applied even on MariaDB (a revision left
            // half applied would make the downgrade below refuse until it is resumed or undone).
            Revisions.write(dir, "s3", "s2", "INSERT INTO missing_table VALUES (1);\nINSERT INTO safe_a (id, name) VALUES (1, 'x');",
                    "DELETE FROM safe_a;");
            assertEquals(1, Cli.run(dir, "upgrade").exit());
            assertEquals(0, Cli.run(dir, "downgrade", "-1").exit());
            assertEquals(0, Cli.run(dir, "stamp", "s2").exit());

            Cli.Result json = Cli.run(dir, "log", "--json");
            assertEquals(0, json.exit(), json.toString());
            String[] lines = json.out().strip().split("\n");
            List<String> actions = new ArrayList<>();
            for (String line : lines) {
                assertTrue(line.startsWith("{") && line.endsWith("}"), line);
                String action = line.replaceAll(".*\"action\":\"([a-z]+)\".*", "$1");
                String revision = line.replaceAll(".*\"revision\":\"([a-z0-9]+)\".*", "$1");
                String success = line.replaceAll(".*\"success\":(true|false).*", "$1");
                actions.add(action + " " + revision + " " + success);
                assertTrue(line.contains("\"checksum_algorithm\":\"crc32c-crc32-v2\"")
                        && line.matches(".*\"checksum\":\"[0-9a-f]{16}\".*"), line);
                assertTrue(line.contains("\"os_user\":\"" + System.getProperty("user.name") + "\""), line);
            }
            assertEquals(List.of("stamp s2 true", "downgrade s2 true", "upgrade s3 false", "upgrade s2 true",
                    "upgrade s1 true"), actions);
            assertTrue(json.out().contains("missing_table"), "the failure's error text is recorded: " + json.out());
            Cli.Result text = Cli.run(dir, "history", "--applied");
            assertTrue(text.out().contains("FAILED") && text.out().contains("upgrade   s3"), text.toString());
            assertEquals(List.of("s2"), db.versionRows("godwit_version"), "the version table alone says where it stands");
        }
    }

    /**
     * Databases whose history holds checksums of the first algorithm (SHA-256 over normalized
     * statements, `sha256-v1`) keep being verified with it: a reformatting still passes, an edit
     * still fails. The value is the one core's ChecksumTest pins for the same statements.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void checksumsRecordedWithTheFirstAlgorithmAreStillVerified(TestDatabase.Kind kind, @TempDir Path dir)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            Path file = Revisions.write(dir, "v1rev", null,
                    "CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR(20) DEFAULT 'a  b');\n"
                            + "CREATE INDEX ix_t ON t (name);", "DROP TABLE t;");
            assertEquals(0, Cli.run(dir, "upgrade").exit());
            db.execute("UPDATE godwit_history SET checksum = "
                    + "'81369ccd15ee29bc57c74ec02413c7912bb2cffa2f1dec50ed423b593537c45c', "
                    + "checksum_algorithm = 'sha256-v1' WHERE revision = 'v1rev'");

            Files.writeString(file, Files.readString(file).replace("CREATE INDEX", "-- note\nCREATE  INDEX"));
            Cli.Result ok = Cli.run(dir, "validate");
            assertEquals(0, ok.exit(), ok.toString());
            assertTrue(ok.out().contains("1 applied revision(s), 1 checked"), ok.toString());
            assertEquals(0, Cli.run(dir, "upgrade").exit(), "an up-to-date upgrade verifies it too");

            Files.writeString(file, Files.readString(file).replace("'a  b'", "'a b'"));
            Cli.Result bad = Cli.run(dir, "validate");
            assertEquals(1, bad.exit(), bad.toString());
            assertTrue(bad.err().contains("edited after it was applied") && bad.err().contains("was 81369ccd15ee"),
                    bad.toString());
        }
    }

    /** A terminal that answers with a fixed line. */
    private static Terminal answering(String answer) {
        return new Terminal() {
            @Override
            public boolean interactive() {
                return answer != null;
            }

            @Override
            public String readLine(String prompt) {
                return answer;
            }
        };
    }

    private static Cli.Result run(Path dir, Terminal terminal, String... args) {
        List<String> all = new ArrayList<>(List.of("-C", dir.toString(), "-e", "production"));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(all.toArray(new String[0]), new PrintWriter(out), new PrintWriter(err), terminal);
        return new Cli.Result(exit, out.toString(), err.toString());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aProtectedEnvironmentShowsThePlanAndAsksForTheDatabaseName(TestDatabase.Kind kind, @TempDir Path dir)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir, "[environments.production]", "confirm = true");
            twoRevisions(dir);
            String name = databaseName(db);

            Cli.Result dry = run(dir, answering(null), "upgrade", "--dry-run");
            assertEquals(0, dry.exit(), dry.toString());
            assertTrue(dry.out().contains("Environment: production") && dry.out().contains("Will run 2 revision(s)")
                    && dry.out().contains("Dry run: nothing was run."), dry.toString());
            assertFalse(db.tableExists("safe_a"));

            Cli.Result noTerminal = run(dir, answering(null), "upgrade");
            assertEquals(1, noTerminal.exit());
            assertTrue(noTerminal.err().contains("no terminal") && noTerminal.err().contains("--yes"), noTerminal.toString());
            assertFalse(db.tableExists("safe_a"));

            Cli.Result wrong = run(dir, answering("not-the-name"), "upgrade");
            assertEquals(1, wrong.exit());
            assertTrue(wrong.err().contains("Not confirmed"), wrong.toString());
            assertFalse(db.tableExists("safe_a"));

            Cli.Result typed = run(dir, answering(name), "upgrade", "s1");
            assertEquals(0, typed.exit(), typed.toString());
            assertTrue(db.tableExists("safe_a"));

            Cli.Result yes = run(dir, answering(null), "upgrade", "--yes");
            assertEquals(0, yes.exit(), yes.toString());
            assertEquals(List.of("s2"), db.versionRows("godwit_version"));

            Cli.Result down = run(dir, answering(null), "downgrade", "-1", "--yes");
            assertEquals(1, down.exit());
            assertTrue(down.out().contains("WARNING s2: ALTER TABLE safe_a DROP COLUMN note")
                    && down.err().contains("--allow-destructive"), down.toString());
            assertEquals(List.of("s2"), db.versionRows("godwit_version"));
            assertEquals(0, run(dir, answering(null), "downgrade", "-1", "--yes", "--allow-destructive").exit());
            assertEquals(List.of("s1"), db.versionRows("godwit_version"));

            assertEquals(1, run(dir, answering(null), "stamp", "--purge", "head", "--yes").exit());
            assertEquals(0, run(dir, answering(null), "stamp", "--purge", "head", "--yes", "--allow-destructive").exit());
            assertEquals(List.of("s2"), db.versionRows("godwit_version"));
        }
    }

    private static String databaseName(TestDatabase db) {
        String url = db.url();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** On MySQL/MariaDB `schema` names the database the run changes: that is the name to type. */
    @org.junit.jupiter.api.Test
    void onMariadbTheConfirmationAsksForTheSchemasDatabase(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.MARIADB, dir)) {
            String url = db.url();
            Files.writeString(dir.resolve("godwit.toml"), "url = \"" + url.substring(0, url.lastIndexOf('/') + 1)
                    + "test\"\nschema = \"" + db.database() + "\"\n[environments.production]\nconfirm = true\n");
            twoRevisions(dir);
            Cli.Result urlName = run(dir, answering("test"), "upgrade", "s1");
            assertEquals(1, urlName.exit(), urlName.toString());
            assertTrue(urlName.err().contains("Not confirmed"), urlName.toString());
            assertFalse(db.tableExists("safe_a"));
            Cli.Result typed = run(dir, answering(db.database()), "upgrade", "s1");
            assertEquals(0, typed.exit(), typed.toString());
            assertTrue(db.tableExists("safe_a"));
        }
    }

    @org.junit.jupiter.api.Test
    void theConfirmationPromptWorksThroughARealTerminal(@TempDir Path dir) throws Exception {
        requireScript();
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, dir)) {
            db.writeConfig(dir, "[environments.production]", "confirm = true");
            twoRevisions(dir);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String command = java + " -cp " + System.getProperty("java.class.path") + " dev.godwit.cli.Main -C " + dir
                    + " -e production upgrade";
            Processes.Run run = Processes.run(List.of("/usr/bin/script", "-qec", command, "/dev/null"),
                    "test.db\n".getBytes(), 120);
            String out = run.output();
            assertEquals(0, run.exit(), out);
            assertTrue(out.contains("Type the database name (test.db) to continue"), out);
            assertTrue(out.contains("Upgraded 2 revision(s)"), out);
            assertEquals(List.of("s2"), db.versionRows("godwit_version"));
        }
    }

    /**
     * util-linux's {@code script} gives the run a pseudo-terminal. Without it the test is skipped
     * loudly, except under CI, where it fails: install util-linux (Debian: bsdutils).
     */
    private static void requireScript() {
        if (Files.isExecutable(Path.of("/usr/bin/script"))) {
            return;
        }
        String message = "/usr/bin/script (util-linux) is not installed; it provides the pseudo-terminal";
        if (TestServer.ci()) {
            org.junit.jupiter.api.Assertions.fail("CI=" + System.getenv("CI") + " and " + message
                    + ": CI must run every test (Debian/Ubuntu: apt-get install bsdutils).");
        }
        System.err.println("\n!!!!! SKIPPING: " + message + " !!!!!\n");
        org.junit.jupiter.api.Assumptions.abort(message);
    }
}
