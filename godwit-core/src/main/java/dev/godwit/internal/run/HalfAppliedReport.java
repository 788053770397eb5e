package dev.godwit.internal.run;

import dev.godwit.api.Direction;
import dev.godwit.internal.script.RevisionFile;
import dev.godwit.internal.script.Statement;
import java.util.List;

/**
 * What the next run says about a revision an earlier run left half applied: which statements are
 * applied and which not (number, file and line, first line of each), why it stopped, and the ways on.
 */
record HalfAppliedReport(Interrupted it, RevisionFile file, List<Statement> section, String invalidIndex) {

    String verb() {
        return it.direction() == Direction.UPGRADE ? "upgrade" : "downgrade";
    }

    String otherVerb() {
        return it.direction() == Direction.UPGRADE ? "downgrade" : "upgrade";
    }

    /** Applied statements whose text changed in the file since they ran, by number. */
    List<String> edited() {
        return Resumption.mismatches(it, section);
    }

    String text() {
        int stopped = it.stoppedAt();
        StringBuilder m = new StringBuilder("Revision ").append(it.revision()).append(" (").append(file.message())
                .append(") was left half applied by an earlier run: its ").append(verb());
        if (stopped > section.size()) {
            m.append(" ran all ").append(section.size()).append(" statement(s), but the run stopped before recording it");
        } else {
            m.append(" stopped at statement ").append(stopped).append(" of ").append(section.size());
        }
        if (it.startedAt() != null) {
            m.append(" (started ").append(it.startedAt()).append(')');
        }
        m.append(", and the version table does not record it.\n");
        if (java() && stopped <= section.size()) {
            return m.append("  Its Java code (").append(section.get(0).shortened(100).substring(3))
                    .append(") was ").append(it.error() != null ? "failing: " + firstLine(it.error()) : "running when "
                            + "the run stopped (killed, or its connection lost)")
                    .append(".\n  What the code changed up to then may stay applied (every statement it ran may have "
                            + "committed on its own); Godwit cannot tell how far it got.").toString();
        }
        if (it.error() != null) {
            m.append("  Statement ").append(stopped).append(" failed: ").append(firstLine(it.error())).append('\n');
        } else if (stopped <= section.size()) {
            m.append("  Statement ").append(stopped).append(" was running when the run stopped (killed, or its "
                    + "connection lost): the database may or may not have applied it.\n");
        }
        if (invalidIndex != null) {
            m.append("  It left an INVALID index ").append(invalidIndex).append(" (PostgreSQL keeps the index of a "
                    + "failed CREATE INDEX CONCURRENTLY; queries do not use it, writes still maintain it).\n");
        }
        List<String> edited = edited();
        m.append(it.appliedCount() == 0 ? "No statement of its " + verb() + " is applied.\n"
                : "Applied (they stay applied):\n");
        for (int i = 1; i <= it.appliedCount() && i <= section.size(); i++) {
            line(m, section.get(i - 1), edited.contains(String.valueOf(i)) ? "  -- changed in the file since it ran" : "");
        }
        if (stopped <= section.size()) {
            m.append("Not applied:\n");
            for (int i = stopped; i <= section.size(); i++) {
                line(m, section.get(i - 1), "");
            }
        }
        return m.toString().stripTrailing();
    }

    /** Whether the revision is a Java one: its one step is its code. */
    boolean java() {
        return section.size() == 1 && section.get(0).sql().startsWith("-- Java revision: ");
    }

    private void line(StringBuilder m, Statement s, String note) {
        m.append("    ").append(s.index()).append(". ").append(s.shortened(100)).append("  (")
                .append(file.path().getFileName()).append(':').append(s.line()).append(')').append(note).append('\n');
    }

    /** The ways on from here, in neutral words (the details carry the facts for a caller's own commands). */
    String waysOn() {
        int k = it.appliedCount();
        int stopped = it.stoppedAt();
        String resume = "resuming the " + verb();
        StringBuilder h = new StringBuilder();
        if (java() && stopped <= section.size()) {
            h.append("Check what the code changed and revert it by hand, or make sure running it again is safe; then ")
                    .append(resume).append(" runs the code of ").append(it.revision()).append(" again from its start");
        } else if (stopped > section.size()) {
            h.append("Resuming the ").append(verb()).append(" records ").append(it.revision())
                    .append(" without running its statements again");
        } else {
            h.append("Fix the file if statement ").append(stopped).append(" was wrong")
                    .append(k == 0 ? "" : " (" + Statements.leaveAsTheyAre(k) + ")").append(", then ").append(resume)
                    .append(" runs ").append(it.revision()).append(" from statement ").append(stopped);
        }
        if (invalidIndex != null) {
            h.append(" after dropping the invalid index (DROP INDEX CONCURRENTLY IF EXISTS ").append(invalidIndex)
                    .append(')');
        }
        if (k > 0) {
            h.append("; or undoing the half-applied revision undoes ").append(Statements.range(k))
                    .append(" with ").append(it.revision()).append("'s matching ").append(otherVerb())
                    .append(" statements (the last undoes the first)");
        }
        h.append(". If you finished or reverted it by hand, stamping the revision where it stands records that.");
        return h.toString();
    }

    /**
     * The facts of the half-applied revision, for a caller to word the ways on: revision,
     * operation (the direction it ran), statements, stopped, applied, invalid_index, and {@code
     * problem} (what stops this run) with {@code request}.
     */
    java.util.Map<String, String> details(String problem, String request) {
        java.util.Map<String, String> d = new java.util.LinkedHashMap<>();
        d.put("problem", problem);
        d.put("request", request);
        d.put("revision", it.revision());
        d.put("operation", verb());
        d.put("statements", String.valueOf(section.size()));
        d.put("stopped", String.valueOf(it.stoppedAt()));
        d.put("applied", String.valueOf(it.appliedCount()));
        if (java()) {
            d.put("java", "true");
        }
        if (invalidIndex != null) {
            d.put("invalid_index", invalidIndex);
        }
        return d;
    }

    private static String firstLine(String text) {
        String s = text.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl).strip();
    }
}
