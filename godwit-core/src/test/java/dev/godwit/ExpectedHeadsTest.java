package dev.godwit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.MigrationTestReport;
import dev.godwit.api.MigrationTestReport.Check;
import dev.godwit.api.MigrationTestReport.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Godwit#test(boolean, List)}: a project that keeps two heads on purpose says which. */
class ExpectedHeadsTest {

    private static Godwit twoHeads(Path dir) throws Exception {
        Path versions = dir.resolve("versions");
        Files.createDirectories(versions);
        Files.writeString(versions.resolve("h1.sql"), "-- revision: h1\n-- message: base\n\n-- +upgrade\n"
                + "CREATE TABLE junit_base (id INTEGER);\n\n-- +downgrade\nDROP TABLE junit_base;\n");
        Files.writeString(versions.resolve("ha.sql"), "-- revision: ha\n-- revises: h1\n-- message: branch a\n\n"
                + "-- +upgrade\nCREATE TABLE junit_a (id INTEGER);\n\n-- +downgrade\nDROP TABLE junit_a;\n");
        Files.writeString(versions.resolve("hb.sql"), "-- revision: hb\n-- revises: h1\n-- message: branch b\n\n"
                + "-- +upgrade\nCREATE TABLE junit_b (id INTEGER);\n\n-- +downgrade\nDROP TABLE junit_b;\n");
        return Godwit.configure().baseDirectory(dir).environmentVariables(Map.of())
                .url("sqlite:///" + dir.resolve("app.db")).migrations(versions).backup(false).load();
    }

    @Test
    void theConfiguredHeadsPassAndEveryBranchIsStairwayTested(@TempDir Path dir) throws Exception {
        MigrationTestReport report = twoHeads(dir).test(false, List.of("hb", "ha"));
        assertTrue(report.ok(), String.valueOf(report.failure()));
        assertEquals(List.of(Outcome.OK, Outcome.OK, Outcome.OK),
                report.revisions().stream().map(MigrationTestReport.RevisionCheck::outcome).toList());
    }

    @Test
    void twoHeadsWithoutConfiguringThemFail(@TempDir Path dir) throws Exception {
        MigrationTestReport report = twoHeads(dir).test(false);
        assertEquals(Check.HEADS, report.failure().check());
        assertTrue(report.failure().describe().contains("2 heads (ha, hb)"), report.failure().describe());
    }

    @Test
    void anUnexpectedAndAMissingHeadAreNamed(@TempDir Path dir) throws Exception {
        MigrationTestReport report = twoHeads(dir).test(false, List.of("ha", "hc"));
        assertFalse(report.ok());
        assertEquals(Check.HEADS, report.failure().check());
        assertEquals("heads failed: the heads are ha, hb, expected ha, hc: unexpected head hb; missing head hc"
                + " (no longer a head, or no such revision); merge the unexpected branch or add it to the expected heads",
                report.failure().describe());
    }
}
