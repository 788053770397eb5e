package dev.godwit.internal.run;

import dev.godwit.internal.dialect.Dialect;
import dev.godwit.internal.graph.Planner;
import dev.godwit.internal.javarev.LoadedJavaRevision;
import dev.godwit.internal.script.RevisionFile;
import dev.godwit.internal.script.Statement;
import dev.godwit.internal.script.TransactionControl;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Renders a plan as one SQL script in the database's dialect, without connecting: the version
 * table's creation when starting from base, each revision's statements with a comment naming it,
 * and the version-table updates. This is what a DBA reviews before production, so the comment
 * lines between a revision's statements (its {@code -- WARNING:} lines above all) come along.
 */
public final class OfflineScript {
    private final Dialect dialect;
    private final Revisions revisions;
    private final VersionTable versionTable;
    private final String schema;

    public OfflineScript(Dialect dialect, Revisions revisions, VersionTable versionTable, String schema) {
        this.schema = schema;
        this.dialect = dialect;
        this.revisions = revisions;
        this.versionTable = versionTable;
    }

    public String render(Planner.Plan plan, String from, String to) {
        boolean up = plan.direction() == Planner.Direction.UPGRADE;
        Reading reading = Reading.of(dialect);
        StringBuilder out = new StringBuilder();
        out.append("-- Godwit offline ").append(up ? "upgrade" : "downgrade").append(" script for ")
                .append(dialect.kind().displayName()).append('\n');
        out.append("-- From ").append(from).append(" to ").append(to).append(", ").append(plan.steps().size())
                .append(" revision(s). Generated ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .append(".\n\n");
        boolean fromBase = up && plan.rowsBefore().isEmpty();
        if (schema != null && !schema.isBlank()) {
            for (String line : dialect.offlineUseSchema(schema, fromBase)) {
                out.append(line).append('\n');
            }
            out.append('\n');
        }
        if (fromBase) {
            out.append(dialect.offlineStatement(versionTable.createSql())).append("\n\n");
        }
        for (Planner.Step step : plan.steps()) {
            RevisionFile file = revisions.file(step.revision().id());
            SplitRevision split = revisions.split(step.revision().id(), reading);
            List<Statement> statements = split.statements(up);
            if (!up) {
                split.requireDowngradable();
            }
            TransactionControl.check(file, statements, up);
            out.append("-- ").append(up ? "Running upgrade " : "Running downgrade ")
                    .append(arrow(step, up)).append(file.message().isBlank() ? "" : ", " + file.message()).append('\n');
            out.append("-- File: ").append(commentText(file.path().getFileName().toString())).append('\n');
            boolean transaction = file.transactional() && dialect.offlineBegin() != null;
            if (transaction) {
                out.append(dialect.offlineBegin()).append('\n');
            }
            LoadedJavaRevision code = revisions.java(step.revision().id());
            if (code != null) {
                javaPlaceholder(out, code, up);
            } else {
                statements(out, file, statements, up, reading);
            }
            for (String sql : versionTable.offlineUpdate(step.rowsBefore(), step.rowsAfter())) {
                out.append(dialect.offlineStatement(sql)).append('\n');
            }
            if (transaction) {
                out.append(dialect.offlineCommit()).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private void statements(StringBuilder out, RevisionFile file, List<Statement> statements, boolean up,
                            Reading reading) {
        List<List<String>> comments = SectionComments.of(file.section(up, reading.dialect()), statements,
                reading.options().hashComments());
        for (int i = 0; i < statements.size(); i++) {
            comments.get(i).forEach(line -> out.append(line).append('\n'));
            out.append(dialect.offlineStatement(statements.get(i).sql())).append('\n');
        }
        comments.get(statements.size()).forEach(line -> out.append(line).append('\n'));
    }

    /**
     * What stands for a Java revision's code, which no script can hold (as Alembic does for code it
     * cannot render): which class, and that it must run connected to the database.
     */
    private static void javaPlaceholder(StringBuilder out, LoadedJavaRevision code, boolean up) {
        String method = up ? "upgrade" : "downgrade";
        out.append("-- JAVA REVISION: ").append(commentText(code.className())).append('.').append(method)
                .append("(context) is Java code and is not in this script.\n")
                .append("-- It must be run online: an ").append(method)
                .append(" connected to the database runs it. The version-table update below\n")
                .append("-- records the revision as applied: run the code before it, or stop the script here.\n");
    }

    /**
     * Text safe to put in a {@code --} comment line: a line break (or any other control character)
     * in a file name would end the comment and make the rest of the name a live SQL line, so each
     * is written as a {@code \\uXXXX} escape, and a backslash as two.
     */
    static String commentText(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                b.append("\\\\");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String arrow(Planner.Step step, boolean up) {
        String id = step.revision().id();
        String parents = String.join(", ", step.revision().revises());
        return up ? (parents.isEmpty() ? "<base>" : parents) + " -> " + id
                : id + " -> " + (parents.isEmpty() ? "<base>" : parents);
    }

}
