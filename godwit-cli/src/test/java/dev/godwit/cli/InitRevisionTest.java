package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.failed;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.Rev;
import dev.godwit.cli.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** `init` and `revision`: the files they write, and the rules of --rev-id, --head, --splice, labels and dependencies. */
class InitRevisionTest {
    private static final Pattern GENERATED = Pattern.compile("Generated (.+) \\(revision ([A-Za-z0-9_]+)\\)");

    @Test
    void initCreatesTheProjectAndRefusesASecondTime(@TempDir Path dir) throws IOException {
        Cli.Result first = ok(Cli.run(dir, "init"));
        Path toml = dir.resolve("godwit.toml");
        contains(first.out(), "Created " + toml, "Created " + Rev.versions(dir), "godwit revision");
        assertTrue(Files.isRegularFile(toml));
        assertTrue(Files.isDirectory(Rev.versions(dir)));
        try (Stream<Path> files = Files.list(Rev.versions(dir))) {
            assertEquals(0, files.count(), "the migrations folder starts empty");
        }
        String written = Files.readString(toml);
        contains(written, "url = \"sqlite:///godwit.db\"", "migrations = \"migrations/versions\"",
                "# model = \"schema\"", "migrate, check and");

        Cli.Result second = failed(Cli.run(dir, "init"));
        contains(second.err(), toml + " already exists");
        assertEquals(written, Files.readString(toml), "a second init must not touch godwit.toml");

        ok(Cli.run(dir, "init", "other"));
        assertTrue(Files.isRegularFile(dir.resolve("other/godwit.toml")));
        assertTrue(Files.isDirectory(dir.resolve("other/migrations/versions")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void aNewProjectFromInitToUpgrade(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            ok(Cli.run(dir, "init"));
            db.writeConfig(dir);

            Cli.Result made = ok(Cli.run(dir, "revision", "-m", "create users"));
            Matcher m = GENERATED.matcher(made.out());
            assertTrue(m.find(), made::toString);
            Path file = Path.of(m.group(1));
            String id = m.group(2);
            assertTrue(id.matches("[0-9a-f]{12}"), "a generated id is 12 hex digits: " + id);
            assertEquals(Rev.versions(dir), file.getParent());
            assertTrue(file.getFileName().toString().matches("\\d{8}_\\d{6}_" + id + "_create_users\\.sql"),
                    file.getFileName().toString());
            String text = Files.readString(file);
            assertTrue(text.startsWith("-- revision: " + id + "\n-- revises:\n-- message: create users\n-- created: "),
                    text);
            contains(text, "\n-- +upgrade\n", "\n-- +downgrade\n");
            assertFalse(db.tableExists("godwit_version"), "revision must not touch the database");

            Files.writeString(file, text
                    .replace("-- +upgrade\n", "-- +upgrade\nCREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(50));\n")
                    .replace("-- +downgrade\n", "-- +downgrade\nDROP TABLE users;\n"));
            Cli.Result up = ok(Cli.run(dir, "upgrade"));
            contains(up.out(), "Running upgrade <base> -> " + id + ", create users",
                    "Upgraded 1 revision(s); the database is at " + id + ".");
            assertTrue(db.tableExists("users"));
            assertEquals(List.of(id), db.versionRows("godwit_version"));

            Cli.Result next = ok(Cli.run(dir, "revision", "-m", "Add e-mail to users!"));
            Matcher n = GENERATED.matcher(next.out());
            assertTrue(n.find(), next::toString);
            Path second = Path.of(n.group(1));
            assertTrue(second.getFileName().toString().endsWith("_" + n.group(2) + "_add_e_mail_to_users.sql"),
                    second.toString());
            contains(Files.readString(second), "-- revises: " + id + "\n", "-- message: Add e-mail to users!\n");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void revisionOptionsAndTheirRules(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            Files.createDirectories(Rev.versions(dir));

            Path a = generated(ok(Cli.run(dir, "revision", "-m", "first", "--rev-id", "aaa111")), "aaa111");
            assertTrue(Files.readString(a).startsWith("-- revision: aaa111\n-- revises:\n-- message: first\n"));

            Cli.Result taken = failed(Cli.run(dir, "revision", "-m", "again", "--rev-id", "aaa111"));
            contains(taken.err(), "Revision id 'aaa111' is already used by " + a);
            failed(Cli.run(dir, "revision", "-m", "bad id", "--rev-id", "no-dashes"));
            assertEquals(1, fileCount(dir));

            Path b = generated(ok(Cli.run(dir, "revision", "-m", "second", "--rev-id", "bbb222")), "bbb222");
            contains(Files.readString(b), "-- revises: aaa111\n");

            Cli.Result notHead = failed(Cli.run(dir, "revision", "-m", "side", "--rev-id", "ccc333", "--head", "aaa111"));
            contains(notHead.err(), "Revision aaa111 is not a head revision", "--splice");
            assertEquals(2, fileCount(dir));

            Path c = generated(ok(Cli.run(dir, "revision", "-m", "side", "--rev-id", "ccc333", "--head", "aaa",
                    "--splice")), "ccc333");
            contains(Files.readString(c), "-- revises: aaa111\n");

            Cli.Result twoHeads = failed(Cli.run(dir, "revision", "-m", "which one"));
            contains(twoHeads.err(), "Multiple heads are present", "bbb222", "ccc333", "--head");
            assertEquals(3, fileCount(dir), "no file is written when the head is ambiguous");

            Path d = generated(ok(Cli.run(dir, "revision", "-m", "feature work", "--rev-id", "ddd444", "--head",
                    "bbb222", "--branch-label", "feature")), "ddd444");
            contains(Files.readString(d), "-- revises: bbb222\n", "-- branch-labels: feature\n");

            Path e = generated(ok(Cli.run(dir, "revision", "-m", "needs side", "--rev-id", "eee555", "--head",
                    "feature@head", "--depends-on", "ccc333")), "eee555");
            contains(Files.readString(e), "-- revises: ddd444\n", "-- depends-on: ccc333\n");

            Cli.Result label = failed(Cli.run(dir, "revision", "-m", "dup label", "--head", "ccc333",
                    "--branch-label", "feature"));
            contains(label.err(), "Branch label 'feature' is already declared on revision ddd444");

            Path f = generated(ok(Cli.run(dir, "revision", "-m", "another root", "--rev-id", "fff666", "--head",
                    "base")), "fff666");
            contains(Files.readString(f), "-- revises:\n");
            assertEquals(6, fileCount(dir));
            assertFalse(db.tableExists("godwit_version"), "revision must not touch the database");

            Cli.Result heads = ok(Cli.run(dir, "heads"));
            assertEquals(List.of("ccc333 (head)", "eee555 (feature) (head)", "fff666 (head)"),
                    heads.out().lines().sorted().toList());

            Cli.Result up = ok(Cli.run(dir, "upgrade", "heads"));
            contains(up.out(), "Upgraded 6 revision(s)");
            // ccc333 is implied by eee555, which depends on it: no row of its own (as in Alembic)
            assertEquals(List.of("eee555", "fff666"), db.versionRows("godwit_version"));
        }
    }

    private static Path generated(Cli.Result r, String id) {
        Matcher m = GENERATED.matcher(r.out());
        assertTrue(m.find(), r::toString);
        assertEquals(id, m.group(2));
        Path file = Path.of(m.group(1));
        assertTrue(Files.isRegularFile(file), file.toString());
        return file;
    }

    private static long fileCount(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(Rev.versions(dir))) {
            return files.count();
        }
    }
}
