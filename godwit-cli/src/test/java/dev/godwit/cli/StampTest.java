package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.failed;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.Rev;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** `stamp`: head, base, a revision, and --purge of a row that no file has; nothing but the version table changes. */
class StampTest {
    private static final String VT = "godwit_version";

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void stampMovesTheVersionTableOnly(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            db.writeConfig(dir);
            Rev.of("s1").message("one").up("CREATE TABLE t1 (id INTEGER)").down("DROP TABLE t1").write(dir);
            Rev.of("s2").revises("s1").message("two").up("CREATE TABLE t2 (id INTEGER)").down("DROP TABLE t2").write(dir);
            Rev.of("s3").revises("s2").message("three").up("CREATE TABLE t3 (id INTEGER)").down("DROP TABLE t3")
                    .write(dir);

            Cli.Result r = ok(Cli.run(dir, "stamp", "head"));
            assertEquals("Stamped the database: <base> -> s3 (no revision was run).\n", r.out());
            assertEquals(List.of("s3"), db.versionRows(VT));
            assertEquals(List.of(), db.userTables(), "stamp runs no revision");

            r = ok(Cli.run(dir, "stamp", "s1"));
            assertEquals("Stamped the database: s3 -> s1 (no revision was run).\n", r.out());
            assertEquals(List.of("s1"), db.versionRows(VT));
            assertEquals("s1\n", ok(Cli.run(dir, "current")).out());

            r = ok(Cli.run(dir, "upgrade", "+1"));
            contains(r.out(), "Running upgrade s1 -> s2");
            assertEquals(List.of("s2"), db.versionRows(VT));
            assertEquals(List.of("t2"), db.userTables(), "the upgrade starts where the stamp left the database");

            r = ok(Cli.run(dir, "stamp", "base"));
            assertEquals("Stamped the database: s2 -> <base> (no revision was run).\n", r.out());
            assertEquals(List.of(), db.versionRows(VT));
            assertEquals(List.of("t2"), db.userTables());

            ok(Cli.run(dir, "stamp", "s2"));
            db.execute("INSERT INTO " + VT + " (version_num) VALUES ('gone99')");
            Cli.Result current = Cli.run(dir, "current");
            assertEquals(1, current.exit(), current::toString);
            contains(current.out(), "gone99 (no revision file has it)");
            contains(current.err(), "WARNING: the version table names revision(s) that no file has: gone99",
                    "godwit stamp --purge");

            Cli.Result plain = failed(Cli.run(dir, "stamp", "s3"));
            contains(plain.err(), "'gone99', which no revision file has", "--purge");
            assertEquals(List.of("gone99", "s2"), db.versionRows(VT));

            r = ok(Cli.run(dir, "stamp", "--purge", "s2"));
            contains(r.out(), "Stamped the database: ", "gone99", "-> s2 (no revision was run).");
            assertEquals(List.of("s2"), db.versionRows(VT));
            assertEquals("s2\n", ok(Cli.run(dir, "current")).out());
            assertEquals(List.of("t2"), db.userTables());
        }
    }
}
