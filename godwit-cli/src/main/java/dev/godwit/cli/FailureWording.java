package dev.godwit.cli;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.MigrationFailedException;
import java.util.List;
import java.util.Map;

/**
 * The command line's way on after a revision's statement failed, from the facts the engine puts in
 * the details (operation, statements, atomic, tracked, why, undo, invalid_index, stamp, earlier,
 * lock) and the statements left applied: which godwit command resumes, undoes or stamps.
 */
final class FailureWording {

    private FailureWording() {
    }

    /** The hint, or null when the details lack the facts (then the engine's hint stays). */
    static String hint(MigrationFailedException e) {
        Map<String, String> d = e.details();
        if (!d.containsKey("atomic") || !d.containsKey("operation")) {
            return null;
        }
        StringBuilder h = new StringBuilder();
        if (e.code() == ErrorCode.LOCK_TIMEOUT && "statement".equals(d.get("lock"))) {
            h.append("Let that transaction finish (or end the session), then run again; or wait longer for the lock"
                    + " with --statement-lock-timeout SECONDS (statement_lock_timeout in godwit.toml; 0 waits forever). ");
        }
        if (Boolean.parseBoolean(d.get("atomic"))) {
            h.append("Revision ").append(e.revision()).append(" was rolled back; nothing of it stays applied. ");
        } else {
            h.append(statementByStatement(e.revision(), d, e.statementsLeftApplied()));
        }
        if (Boolean.parseBoolean(d.get("stamp"))) {
            h.append("If the database already has what ").append(e.revision()).append(" creates (built by hand or by "
                    + "another tool), record that instead of running it: `godwit stamp ").append(e.revision())
                    .append("`. ");
        }
        int earlier = Integer.parseInt(d.getOrDefault("earlier", "0"));
        if (earlier > 0) {
            h.append(earlier).append(" earlier revision(s) of this run stay applied and recorded; ");
        }
        return h.append("`godwit current` shows where the database stands.").toString();
    }

    private static String statementByStatement(String revision, Map<String, String> d, List<String> leftApplied) {
        String verb = d.get("operation");
        String other = verb.equals("upgrade") ? "downgrade" : "upgrade";
        String invalidIndex = d.get("invalid_index");
        StringBuilder h = new StringBuilder();
        if (Boolean.parseBoolean(d.get("undo"))) {
            return h.append("Undoing ").append(revision).append(" stopped; the statements of its ").append(other)
                    .append(" not undone yet stay applied, and Godwit keeps the record of them. Fix the file, then run ")
                    .append("`godwit ").append(verb).append(" --undo-partial` again, or `godwit ").append(other)
                    .append(" --resume").append(target(other)).append("` to finish ").append(revision)
                    .append(" instead. ").toString();
        }
        if (leftApplied.isEmpty()) {
            if (invalidIndex != null) {
                return h.append("No other statement of ").append(revision).append(" had run. Fix the file if needed, ")
                        .append("then `godwit ").append(verb).append(" --resume` drops the invalid index and runs ")
                        .append(revision).append(" again (or drop it yourself: DROP INDEX CONCURRENTLY IF EXISTS ")
                        .append(invalidIndex).append("). ").toString();
            }
            return h.append("No statement of ").append(revision).append(" had run. ").toString();
        }
        h.append("These statements of ").append(revision).append(" had already run and stay applied (")
                .append(d.get("why")).append("):\n");
        for (int i = 0; i < leftApplied.size(); i++) {
            h.append("    ").append(i + 1).append(". ").append(leftApplied.get(i)).append('\n');
        }
        if (!Boolean.parseBoolean(d.get("tracked"))) {
            return h.append("Revert those statements by hand, fix the file, then run `godwit ").append(verb)
                    .append("` again. ").toString();
        }
        return tracked(h, revision, verb, other, leftApplied.size(), Integer.parseInt(d.get("statements")),
                invalidIndex);
    }

    private static String tracked(StringBuilder h, String revision, String verb, String other, int applied,
                                  int sectionSize, String invalidIndex) {
        int next = applied + 1;
        if (next > sectionSize) {
            return h.append("Godwit recorded that all of them ran: `godwit ").append(verb).append(" --resume")
                    .append(target(verb)).append("` records ").append(revision)
                    .append(" without running them again; or `godwit ").append(other).append(" --undo-partial` undoes ")
                    .append("them with ").append(revision).append("'s matching ").append(other).append(" statements. ")
                    .toString();
        }
        h.append("Godwit recorded how far ").append(revision).append(" got. Fix the file if statement ").append(next)
                .append(" was wrong (").append(leaveAsTheyAre(applied)).append("), then `godwit ")
                .append(verb).append(" --resume").append(target(verb))
                .append("` runs it from statement ").append(next);
        if (invalidIndex != null) {
            h.append(" after dropping the invalid index");
        }
        return h.append("; or `godwit ").append(other).append(" --undo-partial` undoes those statements with ")
                .append(revision).append("'s matching ").append(other).append(" statements. ").toString();
    }

    /** A downgrade's resume needs a target. */
    static String target(String verb) {
        return verb.equals("downgrade") ? " <target>" : "";
    }

    /** "statement 1" or "statements 1-k". */
    static String range(int k) {
        return k == 1 ? "statement 1" : "statements 1-" + k;
    }

    /** "leave statement 1 as it is" or "leave statements 1-k as they are". */
    static String leaveAsTheyAre(int k) {
        return "leave " + range(k) + (k == 1 ? " as it is" : " as they are");
    }
}
