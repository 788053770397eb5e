package dev.godwit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The audit entry's builder: each group of fields lands where the record says. */
class AuditEntryTest {

    @Test
    void aBuiltEntryHasEveryGroupInPlace() {
        Instant at = Instant.parse("2026-01-02T03:04:05Z");
        AuditEntry e = AuditEntry.builder("r1", AuditEntry.UPGRADE).id(7L).checksum("abc", "crc32c-crc32-v2")
                .message("first").ranBy("app", "deploy", "host1").timing(at, 42).outcome(false, "boom")
                .backupFile("b.dump").build();
        assertEquals(new AuditEntry(7L, "r1", "upgrade", "abc", "crc32c-crc32-v2", "first", "app", "deploy",
                "host1", at, 42, false, "boom", "b.dump"), e);
    }

    @Test
    void byDefaultASuccessNowWithNothingElse() {
        Instant before = Instant.now();
        AuditEntry e = AuditEntry.builder("r1", AuditEntry.STAMP).build();
        assertTrue(e.success());
        assertNull(e.id());
        assertNull(e.checksum());
        assertNull(e.error());
        assertTrue(!e.startedAt().isBefore(before));
    }
}
