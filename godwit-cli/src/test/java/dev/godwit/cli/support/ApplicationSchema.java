package dev.godwit.cli.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A realistic application schema for one database kind, generated from a seed: {@code tables}
 * tables with a numbering primary key, typed columns with defaults, foreign keys to earlier tables
 * (with varied ON DELETE rules), single and composite indexes (unique, descending, partial and
 * expression indexes where the database has them), check constraints, and on PostgreSQL enum types
 * and standalone sequences; plus a few views. The same seed always gives the same DDL.
 */
public final class ApplicationSchema {

    private static final String[] NOUNS = {"account", "address", "agent", "article", "attachment", "audit", "batch",
            "billing", "campaign", "category", "channel", "comment", "contact", "contract", "coupon", "customer",
            "department", "device", "discount", "document", "escalation", "event", "feedback", "form", "group",
            "holiday", "invoice", "job", "label", "lead", "ledger", "license", "macro", "message", "note", "order",
            "organization", "payment", "plan", "policy", "priority", "product", "project", "queue", "quote", "rating",
            "refund", "region", "release", "reminder", "report", "request", "role", "rule", "schedule", "segment",
            "session", "shift", "skill", "sla", "snippet", "subscription", "survey", "tag", "task", "team", "template",
            "ticket", "timesheet", "token", "topic", "trigger", "upload", "user", "vendor", "view", "webhook",
            "widget", "workflow", "zone"};

    private ApplicationSchema() {
    }

    /** The DDL, statements separated by {@code ;\n}. */
    public static String ddl(TestDatabase.Kind kind, int tables, long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder();
        List<String> names = new ArrayList<>();
        if (kind == TestDatabase.Kind.POSTGRESQL) {
            for (int e = 0; e < 5; e++) {
                out.append("CREATE TYPE state_").append(e).append(" AS ENUM ('new', 'active', 'paused', 'done');\n");
            }
            for (int s = 0; s < 3; s++) {
                out.append("CREATE SEQUENCE number_seq_").append(s).append(" START WITH ").append(1000 * (s + 1))
                        .append(" INCREMENT BY ").append(s + 1).append(";\n");
            }
        }
        for (int t = 0; t < tables; t++) {
            String table = NOUNS[t % NOUNS.length] + (t < NOUNS.length ? "s" : "s_" + (t / NOUNS.length));
            names.add(table);
            List<String> lines = new ArrayList<>();
            lines.add("    id " + identity(kind, t));
            int columns = 3 + random.nextInt(8);
            List<String> columnNames = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                String column = "c" + c + "_" + new String[] {"name", "code", "amount", "count", "flag", "at", "note",
                        "state"}[c % 8];
                columnNames.add(column);
                lines.add("    " + column + " " + column(kind, c % 8, random, t));
            }
            List<String> constraints = new ArrayList<>();
            List<String> fkColumns = new ArrayList<>();
            int fks = t == 0 ? 0 : random.nextInt(3);
            for (int f = 0; f < fks; f++) {
                String target = names.get(random.nextInt(t));
                String column = target.replaceAll("s(_\\d+)?$", "") + "_id" + (f == 0 ? "" : "_" + f);
                if (fkColumns.contains(column)) {
                    continue;
                }
                fkColumns.add(column);
                lines.add("    " + column + " " + (kind == TestDatabase.Kind.SQLITE ? "INTEGER" : "BIGINT")
                        + (random.nextBoolean() ? " NOT NULL" : ""));
                String onDelete = new String[] {"", " ON DELETE CASCADE", " ON DELETE SET NULL", " ON DELETE RESTRICT"}
                        [random.nextInt(4)];
                if (onDelete.equals(" ON DELETE SET NULL") && lines.get(lines.size() - 1).endsWith("NOT NULL")) {
                    onDelete = " ON DELETE CASCADE";
                }
                constraints.add("    CONSTRAINT fk_" + table + "_" + column + " FOREIGN KEY (" + column + ") REFERENCES "
                        + target + " (id)" + onDelete);
            }
            if (random.nextInt(4) == 0) {
                constraints.add("    CONSTRAINT ck_" + table + "_amount CHECK (" + columnNames.get(2) + " >= 0)");
            }
            lines.addAll(constraints);
            out.append("CREATE TABLE ").append(table).append(" (\n").append(String.join(",\n", lines)).append("\n)")
                    .append(kind == TestDatabase.Kind.MARIADB ? " ENGINE=InnoDB" : "").append(";\n");
            for (String fk : fkColumns) {
                out.append("CREATE INDEX ix_").append(table).append('_').append(fk).append(" ON ").append(table)
                        .append(" (").append(fk).append(");\n");
            }
            out.append("CREATE ").append(random.nextInt(3) == 0 ? "UNIQUE " : "").append("INDEX ix_").append(table)
                    .append("_c0 ON ").append(table).append(" (").append(columnNames.get(0))
                    .append(columns > 1 ? ", " + columnNames.get(1) + (random.nextBoolean() ? " DESC" : "") : "")
                    .append(");\n");
            if (kind != TestDatabase.Kind.MARIADB && random.nextInt(4) == 0) {
                out.append("CREATE INDEX ix_").append(table).append("_partial ON ").append(table).append(" (id) WHERE ")
                        .append(columnNames.get(0)).append(" IS NOT NULL;\n");
            }
            if (kind != TestDatabase.Kind.MARIADB && random.nextInt(5) == 0) {
                out.append("CREATE INDEX ix_").append(table).append("_lower ON ").append(table).append(" (lower(")
                        .append(columnNames.get(0)).append("));\n");
            }
        }
        for (int v = 0; v < Math.min(5, names.size()); v++) {
            out.append("CREATE VIEW recent_").append(names.get(v)).append(" AS SELECT id FROM ").append(names.get(v))
                    .append(" WHERE id > ").append(v * 10).append(";\n");
        }
        return out.toString();
    }

    private static String identity(TestDatabase.Kind kind, int t) {
        switch (kind) {
            case POSTGRESQL:
                return t % 3 == 0 ? "BIGSERIAL PRIMARY KEY"
                        : t % 3 == 1 ? "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
                        : "BIGINT NOT NULL DEFAULT nextval('number_seq_" + (t % 3) + "') PRIMARY KEY";
            case MARIADB:
                return "BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY";
            default:
                return t % 2 == 0 ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "INTEGER PRIMARY KEY";
        }
    }

    private static String column(TestDatabase.Kind kind, int slot, Random random, int t) {
        boolean notNull = random.nextBoolean();
        String nn = notNull ? " NOT NULL" : "";
        switch (slot) {
            case 0:
                return "VARCHAR(" + (50 + 10 * random.nextInt(20)) + ")" + (notNull ? " NOT NULL DEFAULT ''" : "");
            case 1:
                return "CHAR(8)" + nn + (notNull ? " DEFAULT 'XXXXXXXX'" : "");
            case 2:
                return "DECIMAL(12, 2)" + nn + " DEFAULT 0";
            case 3:
                return (kind == TestDatabase.Kind.POSTGRESQL ? "INTEGER" : "INT") + nn + " DEFAULT '0'";
            case 4:
                return "BOOLEAN NOT NULL DEFAULT " + (random.nextBoolean() ? "TRUE" : "FALSE");
            case 5:
                return (kind == TestDatabase.Kind.MARIADB ? "DATETIME" : "TIMESTAMP") + nn
                        + (notNull ? " DEFAULT CURRENT_TIMESTAMP" : "");
            case 6:
                return "TEXT";
            default:
                return kind == TestDatabase.Kind.POSTGRESQL ? "state_" + (t % 5) + " NOT NULL DEFAULT 'new'"
                        : kind == TestDatabase.Kind.MARIADB ? "ENUM('new', 'active', 'paused', 'done') NOT NULL DEFAULT 'new'"
                        : "VARCHAR(10) NOT NULL DEFAULT 'new' CHECK (c7_state IN ('new', 'active', 'paused', 'done'))";
        }
    }
}
