package dev.godwit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.AuditEntry;
import dev.godwit.api.Direction;
import dev.godwit.api.GodwitException;
import dev.godwit.api.RevisionInfo;
import dev.godwit.api.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade on a SQLite project: each call reaches its use case and comes back with its result. */
class GodwitFacadeTest {

    private static Godwit project(Path dir) throws Exception {
        Godwit.init(dir);
        Path versions = dir.resolve("migrations/versions");
        Files.writeString(versions.resolve("a1.sql"), "-- revision: a1\n-- revises: \n-- message: first\n"
                + "-- +upgrade\nCREATE TABLE t (id INTEGER);\n-- +downgrade\nDROP TABLE t;\n");
        Files.writeString(versions.resolve("b2.sql"), "-- revision: b2\n-- revises: a1\n-- message: second\n"
                + "-- +upgrade\nCREATE TABLE u (id INTEGER);\n-- +downgrade\nDROP TABLE u;\n");
        return Godwit.configure().baseDirectory(dir).environmentVariables(Map.of()).load();
    }

    private static List<String> ids(List<RevisionInfo> revisions) {
        return revisions.stream().map(RevisionInfo::id).toList();
    }

    @Test
    void theGraphQueriesNeedNoDatabase(@TempDir Path dir) throws Exception {
        Godwit godwit = project(dir);
        assertEquals(List.of("b2", "a1"), ids(godwit.history(null, false)));
        assertEquals(List.of("b2"), ids(godwit.heads()));
        assertEquals(List.of(), godwit.branchPoints());
        assertEquals(List.of("b2"), ids(godwit.children("a1")));
        assertEquals("second", godwit.show("head").message());
        assertThrows(GodwitException.class, () -> godwit.show("zz"));
        String sql = godwit.upgradeSql("heads");
        assertTrue(sql.contains("CREATE TABLE t") && sql.contains("CREATE TABLE u"), sql);
        assertTrue(godwit.downgradeSql("b2:a1").contains("DROP TABLE u"));
        assertThrows(GodwitException.class, () -> godwit.downgradeSql("b2"));
    }

    @Test
    void runStampValidateAndTheAuditHistory(@TempDir Path dir) throws Exception {
        Godwit godwit = project(dir);
        Status before = godwit.current();
        assertEquals(2, before.pending());
        assertEquals(List.of("b2"), godwit.apply(godwit.plan(Direction.UPGRADE, "heads")).rowsAfter());
        assertEquals(List.of("a1"), godwit.migrate(false, "a1", dev.godwit.api.PartialRevision.REFUSE).rowsAfter());
        assertEquals(List.of("b2"), godwit.stamp("b2", false).rowsAfter());
        assertTrue(godwit.validate().ok());
        List<AuditEntry> log = godwit.log(0);
        assertEquals(AuditEntry.STAMP, log.get(0).action());
        assertEquals("b2", log.get(0).revision());
        assertEquals(List.of("b2"), ids(godwit.current().current()));
    }
}
