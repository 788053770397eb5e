package dev.godwit.cli;

import dev.godwit.api.AuditEntry;

/** One audit entry as a JSON object on one line. */
final class AuditJson {

    private AuditJson() {
    }

    static String of(AuditEntry e) {
        StringBuilder b = new StringBuilder("{");
        field(b, "id", e.id());
        field(b, "revision", e.revision());
        field(b, "action", e.action());
        field(b, "checksum", e.checksum());
        field(b, "checksum_algorithm", e.checksumAlgorithm());
        field(b, "message", e.message());
        field(b, "db_user", e.databaseUser());
        field(b, "os_user", e.osUser());
        field(b, "host", e.host());
        field(b, "started_at", e.startedAt() == null ? null : e.startedAt().toString());
        field(b, "duration_ms", e.durationMillis());
        field(b, "success", e.success());
        field(b, "error", e.error());
        field(b, "backup_file", e.backupFile());
        b.setLength(b.length() - 1);
        return b.append('}').toString();
    }

    private static void field(StringBuilder b, String name, Object value) {
        b.append('"').append(name).append("\":");
        if (value == null) {
            b.append("null");
        } else if (value instanceof Number || value instanceof Boolean) {
            b.append(value);
        } else {
            quote(b, value.toString());
        }
        b.append(',');
    }

    static void quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    b.append("\\\"");
                    break;
                case '\\':
                    b.append("\\\\");
                    break;
                case '\n':
                    b.append("\\n");
                    break;
                case '\r':
                    b.append("\\r");
                    break;
                case '\t':
                    b.append("\\t");
                    break;
                default:
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        b.append('"');
    }
}
