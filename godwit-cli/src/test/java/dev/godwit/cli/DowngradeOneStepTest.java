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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `godwit downgrade` without a target steps back one revision, as `flask db downgrade` does. */
class DowngradeOneStepTest {
    private static final String VT = "godwit_version";

    @Test
    void withoutATargetOneRevisionIsUndone(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, dir)) {
            db.writeConfig(dir, "[environments.production]", "confirm = true");
            Rev.of("d1").up("CREATE TABLE d1 (id INTEGER)").down("DROP TABLE d1").write(dir);
            Rev.of("d2").revises("d1").up("CREATE TABLE d2 (id INTEGER)").down("DROP TABLE d2").write(dir);
            ok(Cli.run(dir, "upgrade"));

            Cli.Result r = ok(Cli.run(dir, "downgrade"));
            contains(r.out(), "Running downgrade d2 -> d1", "Downgraded 1 revision(s); the database is at d1.");
            assertEquals(List.of("d1"), db.versionRows(VT));

            // a protected environment still wants --allow-destructive, and shows the one revision
            r = failed(Cli.run(dir, "-e", "production", "downgrade", "--yes"));
            contains(r.out(), "downgrade d1");
            contains(r.err(), "without --allow-destructive");
            assertEquals(List.of("d1"), db.versionRows(VT));
            ok(Cli.run(dir, "-e", "production", "downgrade", "--yes", "--allow-destructive"));
            assertEquals(List.of(), db.versionRows(VT));

            contains(failed(Cli.run(dir, "downgrade")).err(), "Nothing is applied");
            contains(ok(Cli.run(dir, "downgrade", "--help")).out(), "default: -1");
        }
    }
}
