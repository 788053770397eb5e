package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.failed;
import static dev.godwit.cli.support.Checks.notContains;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.Rev;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A {@code .java} revision in migrations/versions, end to end through the CLI: the example of
 * docs/revision-files.md ("Java revisions") compiled and run as a batched data migration between
 * two SQL revisions, judged by the data and the catalog; history, show, heads, current, stamp,
 * validate after an edit, the offline placeholder and the stairway test.
 */
class JavaRevisionCliTest {
    static final String PREFIX = "javarev";
    private static final String VT = "godwit_version";
    private static final List<String> EMAILS = List.of(" Ann@Example.COM", "bob@example.com ", "CAROL@x.org",
            "Dan@Y.net", "eve@Z.io");

    /** The ```java block of the "Java revisions" section of docs/revision-files.md. */
    static String docExample() throws Exception {
        Path docs = Path.of("").toAbsolutePath().getParent().resolve("docs/revision-files.md");
        String text = Files.readString(docs);
        int section = text.indexOf("## Java revisions");
        int start = text.indexOf("```java\n", section) + "```java\n".length();
        return text.substring(start, text.indexOf("```", start));
    }

    /** 3f2a9c1b7d4e creates customers; the doc's Java revision fills email_normalized; 9c0d creates its unique index. */
    static void project(Path dir, TestDatabase db) throws Exception {
        db.writeConfig(dir);
        StringBuilder inserts = new StringBuilder();
        Rev.of("3f2a9c1b7d4e").message("create customers")
                .up("CREATE TABLE customers (id INTEGER NOT NULL PRIMARY KEY, email VARCHAR(100) NOT NULL, "
                        + "email_normalized VARCHAR(100))", inserts(), "INSERT INTO customers (id, email) VALUES (3, 'x')")
                .down("DROP TABLE customers").write(dir);
        Rev.of("9c0d1e2f3a4b").revises("4b7e2a91c0d3").message("unique normalized email")
                .up("CREATE UNIQUE INDEX ux_customers_email ON customers (email_normalized)")
                .down("DROP INDEX ux_customers_email" + (db.kind() == TestDatabase.Kind.MARIADB ? " ON customers" : ""))
                .write(dir);
        // Batches of 2 over 6 rows: three batches, the last one full, then an empty one.
        Files.writeString(Rev.versions(dir).resolve("BackfillEmails.java"), docExample().replace(", 500,", ", 2,"));
    }

    private static String inserts() {
        StringBuilder sql = new StringBuilder("INSERT INTO customers (id, email) VALUES ");
        for (int i = 0; i < EMAILS.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append('(').append(i < 2 ? i + 1 : i + 2).append(", '")
                    .append(EMAILS.get(i)).append("')");
        }
        return sql.toString();
    }

    private static List<String> normalized(TestDatabase db) throws Exception {
        return db.column("SELECT email_normalized FROM customers ORDER BY id");
    }

    static boolean uniqueIndexExists(TestDatabase db) throws Exception {
        return db.describe().stream().anyMatch(line -> line.contains("ux_customers_email"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void batchedDataMigrationBetweenSqlRevisions(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir, PREFIX)) {
            project(dir, db);

            Cli.Result up = ok(Cli.run(dir, "upgrade"));
            contains(up.out(), "Running upgrade 3f2a9c1b7d4e -> 4b7e2a91c0d3, backfill normalized emails",
                    "Running upgrade 4b7e2a91c0d3 -> 9c0d1e2f3a4b", "the database is at 9c0d1e2f3a4b");
            assertEquals(Arrays.asList("ann@example.com", "bob@example.com", "x", "carol@x.org", "dan@y.net",
                    "eve@z.io"), normalized(db));
            assertTrue(uniqueIndexExists(db), "the SQL revision after the Java one ran");
            assertEquals(List.of("9c0d1e2f3a4b"), db.versionRows(VT));
            assertEquals(List.of("upgrade"), db.column("SELECT action FROM godwit_history WHERE revision = "
                    + "'4b7e2a91c0d3' AND success = " + (kind == TestDatabase.Kind.POSTGRESQL ? "true" : "1")));

            contains(ok(Cli.run(dir, "history")).out(), "3f2a9c1b7d4e -> 4b7e2a91c0d3, backfill normalized emails");
            contains(ok(Cli.run(dir, "show", "4b7e2a91c0d3")).out(), "BackfillEmails.java",
                    "backfill normalized emails");
            contains(ok(Cli.run(dir, "heads")).out(), "9c0d1e2f3a4b");
            contains(ok(Cli.run(dir, "current")).out(), "9c0d1e2f3a4b");
            contains(ok(Cli.run(dir, "validate")).out(), "3 applied revision(s), 3 checked");

            Cli.Result down = ok(Cli.run(dir, "downgrade", "3f2a9c1b7d4e"));
            contains(down.out(), "Running downgrade 4b7e2a91c0d3 -> 3f2a9c1b7d4e");
            assertEquals(Arrays.asList(null, null, null, null, null, null), normalized(db));
            assertFalse(uniqueIndexExists(db));
            assertEquals(List.of("3f2a9c1b7d4e"), db.versionRows(VT));

            ok(Cli.run(dir, "stamp", "4b7e2a91c0d3"));
            assertEquals(List.of("4b7e2a91c0d3"), db.versionRows(VT));
            assertEquals(Arrays.asList(null, null, null, null, null, null), normalized(db), "a stamp runs no code");
            ok(Cli.run(dir, "stamp", "3f2a9c1b7d4e"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void editedJavaRevisionFailsValidation(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir, PREFIX)) {
            project(dir, db);
            ok(Cli.run(dir, "upgrade", "4b7e2a91c0d3"));
            Path source = Rev.versions(dir).resolve("BackfillEmails.java");
            String original = Files.readString(source);

            // Comments, indentation and line endings do not count.
            Files.writeString(source, original.replace("    @Override", "  // a note\n        @Override")
                    .replace("\n", "\r\n"));
            contains(ok(Cli.run(dir, "validate")).out(), "2 applied revision(s), 2 checked");

            // A token does: validate names the revision and its file, upgrade refuses.
            Files.writeString(source, original.replace("email_normalized = NULL", "email_normalized = ''"));
            Cli.Result bad = Cli.run(dir, "validate");
            assertEquals(1, bad.exit(), bad.toString());
            contains(bad.err(), "Revision 4b7e2a91c0d3", "edited after it was applied", "BackfillEmails.java");
            contains(failed(Cli.run(dir, "upgrade")).err(), "Refusing to run");
            assertFalse(uniqueIndexExists(db), "nothing runs after a refused validation");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void offlineScriptHasAPlaceholder(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir, PREFIX)) {
            project(dir, db);
            Cli.Result sql = ok(Cli.run(dir, "upgrade", "--sql"));
            contains(sql.out(), "CREATE TABLE customers", "-- Running upgrade 3f2a9c1b7d4e -> 4b7e2a91c0d3",
                    "-- JAVA REVISION: BackfillEmails.upgrade(context) is Java code and is not in this script.",
                    "-- It must be run online", "4b7e2a91c0d3", "CREATE UNIQUE INDEX ux_customers_email");
            notContains(sql.out(), "ctx.inBatches");
            assertFalse(db.tableExists("customers"), "--sql runs nothing");

            Cli.Result dry = ok(Cli.run(dir, "upgrade", "--dry-run"));
            contains(dry.out(), "4b7e2a91c0d3");
            assertFalse(db.tableExists("customers"), "--dry-run runs nothing");

            // The stairway: every revision up, down and up again on a scratch database.
            contains(ok(Cli.run(dir, "test")).out(), "4b7e2a91c0d3");
        }
    }
}
