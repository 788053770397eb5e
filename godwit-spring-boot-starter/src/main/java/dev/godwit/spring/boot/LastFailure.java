package dev.godwit.spring.boot;

import dev.godwit.Godwit;
import dev.godwit.api.AuditEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The newest row of the audit history when it records a failure: a revision that failed, or (on
 * MySQL/MariaDB, or with {@code transaction: false}) was left half applied and must be resumed or
 * undone at the command line. Null when the newest row is a success or there is no history.
 */
final class LastFailure {

    private LastFailure() {
    }

    static Map<String, Object> of(Godwit godwit) {
        List<AuditEntry> newest = godwit.log(1);
        if (newest.isEmpty() || newest.get(0).success()) {
            return null;
        }
        AuditEntry e = newest.get(0);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("revision", e.revision());
        out.put("action", e.action());
        out.put("error", String.valueOf(e.error()));
        out.put("startedAt", String.valueOf(e.startedAt()));
        return out;
    }
}
