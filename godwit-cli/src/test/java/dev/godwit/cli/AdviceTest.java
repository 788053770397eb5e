package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.failed;
import static dev.godwit.cli.support.Checks.notContains;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.Rev;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Advice that points the right way (issue 11): `check` and `migrate` name the fix for a database at
 * a revision no file has, for lost files and for two heads; suggested commands carry the `-e` or
 * `--url` given, never a password; `history -i` warns about an unknown current revision; and the
 * small output details of revisions without a message, odd file names and `stamp --purge`.
 */
class AdviceTest {
    private static final String VT = "godwit_version";

    /** Exit 1 with a warning on stderr (the command printed what it could). */
    private static Cli.Result warned(Cli.Result r) {
        assertEquals(1, r.exit(), r.toString());
        contains(r.err(), "WARNING: ");
        return r;
    }

    private static void project(TestDatabase db, Path dir) throws Exception {
        db.writeConfig(dir, "model = \"schema\"", "[environments.staging]", "url = \"" + db.url() + "\"");
        Files.createDirectories(dir.resolve("schema"));
        Files.writeString(dir.resolve("schema/model.sql"), "CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY);\n");
        Rev.of("r1").up("CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY)").down("DROP TABLE t").write(dir);
    }

    @Test
    void aRevisionNoFileHasIsFixedWithStampPurgeNotUpgrade(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, dir)) {
            project(db, dir);
            ok(Cli.run(dir, "upgrade"));
            ok(Cli.run(dir, "check"));
            db.execute("UPDATE " + VT + " SET version_num = 'gone'");
            for (String[] command : List.of(new String[] {"check"}, new String[] {"migrate", "-m", "more"})) {
                Cli.Result r = failed(Cli.run(dir, command));
                contains(r.err(), "ERROR: The database is at gone, which no revision file has (the files' head is r1)",
                        "restore it", "`godwit stamp --purge <rev>`");
                notContains(r.err(), "Run `godwit upgrade` first");
            }
            Cli.Result staging = failed(Cli.run(dir, "-e", "staging", "check"));
            contains(staging.err(), "`godwit -e staging stamp --purge <rev>`");
            String url = "sqlite:///" + dir.resolve("test.db");
            contains(failed(Cli.run(dir, "--url", url, "migrate", "-m", "x")).err(),
                    "`godwit --url " + url + " stamp --purge <rev>`");

            Cli.Result history = warned(Cli.run(dir, "history", "-i"));
            contains(history.out(), "<base> -> r1 (head), revision r1");
            contains(history.err(), "WARNING: the database is at gone, which no revision file has",
                    "`godwit stamp --purge <rev>`");
            contains(warned(Cli.run(dir, "-e", "staging", "history", "-i")).err(),
                    "`godwit -e staging stamp --purge <rev>`");
        }
    }

    @Test
    void lostFilesAndTwoHeadsGetTheirOwnAdvice(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, dir)) {
            project(db, dir);
            ok(Cli.run(dir, "upgrade"));
            Rev.of("r2a").revises("r1").up("CREATE TABLE u (id INTEGER)").down("DROP TABLE u").write(dir);
            Rev.of("r2b").revises("r1").up("CREATE TABLE v (id INTEGER)").down("DROP TABLE v").write(dir);
            Files.writeString(dir.resolve("schema/model.sql"), "CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY);\n"
                    + "CREATE TABLE u (id INTEGER);\nCREATE TABLE v (id INTEGER);\n");
            Cli.Result r = failed(Cli.run(dir, "-e", "staging", "check"));
            contains(r.err(), "ERROR: Target database is not up to date: it is at r1, and the revision files have 2 "
                            + "heads: r2a, r2b",
                    "`godwit -e staging upgrade heads`", "`godwit -e staging merge -m \"merge heads\" heads`");
            ok(Cli.run(dir, "upgrade", "heads"));
            ok(Cli.run(dir, "check"));

            for (Path file : List.of("r1.sql", "r2a.sql", "r2b.sql").stream().map(Rev.versions(dir)::resolve).toList()) {
                Files.delete(file);
            }
            r = failed(Cli.run(dir, "check"));
            contains(r.err(), "ERROR: The database is at r2a, r2b, but there are no revision files in "
                    + Rev.versions(dir), "restore them");
            notContains(r.err(), "godwit upgrade");
        }
    }

    @Test
    void aPasswordInTheUrlIsNeverRepeated(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.POSTGRESQL, dir)) {
            db.writeConfig(dir);
            Rev.of("r1").up("CREATE TABLE t (id INTEGER)").down("DROP TABLE t").write(dir);
            ok(Cli.run(dir, "upgrade"));
            db.execute("UPDATE " + VT + " SET version_num = 'gone'");
            String url = "postgresql://" + db.user() + ":Pa55-w0rd@" + db.host() + ":" + db.port() + "/"
                    + db.database();
            Cli.Result r = warned(Cli.run(dir, "--url", url, "current"));
            contains(r.err(), "`godwit --url <same URL> stamp --purge <rev>`");
            notContains(r.out() + r.err(), "Pa55-w0rd");
            r = failed(Cli.run(dir, "--url", url, "downgrade", "base"));
            notContains(r.out() + r.err(), "Pa55-w0rd");
        }
    }

    @Test
    void revisionsWithoutAMessageAndOddFileNames(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, dir)) {
            db.writeConfig(dir, "[environments.production]", "confirm = true");
            Rev.of("r1").message("").up("CREATE TABLE t (id INTEGER)").down("DROP TABLE t").write(dir);
            Rev.of("r2").revises("r1").message("").fileName("r2\nDROP TABLE t;\n.sql")
                    .up("CREATE TABLE u (id INTEGER)").down("DROP TABLE u").write(dir);
            String script = ok(Cli.run(dir, "upgrade", "--sql")).out();
            contains(script, "-- Running upgrade <base> -> r1\n-- File: r1.sql\n",
                    "-- Running upgrade r1 -> r2\n-- File: r2\\u000aDROP TABLE t;\\u000a.sql\n");
            assertFalse(script.lines().anyMatch(line -> line.strip().equals("DROP TABLE t;")), script);

            Cli.Result up = ok(Cli.run(dir, "upgrade", "r1"));
            assertEquals(true, up.out().matches("(?s)Running upgrade <base> -> r1 \\(\\d+ ms\\)\n.*"), up.out());
            Rev.of("r3").revises("r2").message("").up("SELECT * FROM nope").down("SELECT 1").write(dir);
            Cli.Result failedUp = failed(Cli.run(dir, "upgrade"));
            contains(failedUp.err(), "ERROR: Revision r3 failed in its upgrade");
            notContains(failedUp.out() + failedUp.err(), "()", ",  (");

            Cli.Result purge = failed(Cli.run(dir, "-e", "production", "stamp", "--purge", "r1", "--yes"));
            contains(purge.err(), "without --allow-destructive", "Check the target above");
            notContains(purge.err(), "list above");

            contains(failed(Cli.run(dir, "upgrade", "zzz")).err(), "ERROR: Can't find revision 'zzz'\n",
                    "Run `godwit history` to list the revisions");
        }
    }
}
