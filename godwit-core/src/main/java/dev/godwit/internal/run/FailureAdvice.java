package dev.godwit.internal.run;

import dev.godwit.api.Direction;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The way on after a revision that ran statement by statement failed: what stays applied, and the
 * command that continues from there in the direction that failed (resume), or undoes it (the other
 * section's matching statements), or, when nothing had run but the database already has what the
 * revision creates, marks it with a stamp.
 *
 * @param revision     the failed revision
 * @param direction    which way it ran
 * @param sectionSize  how many statements the section that ran has
 * @param tracked      whether the {@link ProgressTable} recorded how far it got
 * @param partial      set when the run was itself a resume or an undo
 * @param invalidIndex an INVALID index the failed statement left (PostgreSQL), or null
 */
record FailureAdvice(String revision, Direction direction, int sectionSize, boolean tracked, Partial partial,
                     String invalidIndex) {
    /** PostgreSQL's duplicate table/column/object/schema/function, and MySQL's table/column/key exists. */
    private static final Set<String> DUPLICATE_STATES = Set.of("42P07", "42701", "42710", "42P06", "42723");
    private static final Set<Integer> DUPLICATE_CODES = Set.of(1050, 1060, 1061, 1826);

    String statementByStatement(List<String> leftApplied, String why, SQLException e) {
        String verb = direction == Direction.UPGRADE ? "upgrade" : "downgrade";
        String other = direction == Direction.UPGRADE ? "downgrade" : "upgrade";
        StringBuilder h = new StringBuilder();
        if (partial != null && partial.undo()) {
            return h.append("Undoing ").append(revision).append(" stopped; the statements of its ").append(other)
                    .append(" not undone yet stay applied, and Godwit keeps the record of them. Fix the file, then run `godwit ")
                    .append(verb).append(" --undo-partial` again, or `godwit ").append(other).append(" --resume")
                    .append(other.equals("downgrade") ? " <target>" : "").append("` to finish ").append(revision)
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
        h.append("These statements of ").append(revision).append(" had already run and stay applied (").append(why)
                .append("):\n");
        for (int i = 0; i < leftApplied.size(); i++) {
            h.append("    ").append(i + 1).append(". ").append(leftApplied.get(i)).append('\n');
        }
        if (!tracked) {
            return h.append("Revert those statements by hand, fix the file, then run `godwit ").append(verb)
                    .append("` again. ").toString();
        }
        int next = leftApplied.size() + 1;
        if (next > sectionSize) {
            return h.append("Godwit recorded that all of them ran: `godwit ").append(verb).append(" --resume")
                    .append(verb.equals("downgrade") ? " <target>" : "").append("` records ").append(revision)
                    .append(" without running them again; or `godwit ").append(other).append(" --undo-partial` undoes ")
                    .append("them with ").append(revision).append("'s matching ").append(other).append(" statements. ")
                    .toString();
        }
        h.append("Godwit recorded how far ").append(revision).append(" got. Fix the file if statement ").append(next)
                .append(" was wrong (").append(Statements.leaveAsTheyAre(leftApplied.size())).append("), then `godwit ")
                .append(verb).append(" --resume").append(verb.equals("downgrade") ? " <target>" : "")
                .append("` runs it from statement ").append(next);
        if (invalidIndex != null) {
            h.append(" after dropping the invalid index");
        }
        return h.append("; or `godwit ").append(other).append(" --undo-partial` undoes those statements with ")
                .append(revision).append("'s matching ").append(other).append(" statements. ").toString();
    }

    /**
     * When the first statement of an upgrade fails because what it creates exists: the database was
     * probably built by hand or by another tool, and a stamp records that instead.
     */
    String stampHint(int statementIndex, SQLException e) {
        if (direction != Direction.UPGRADE || statementIndex != 1 || partial != null || !alreadyExists(e)) {
            return "";
        }
        return "If the database already has what " + revision + " creates (built by hand or by another tool), "
                + "record that instead of running it: `godwit stamp " + revision + "`. ";
    }

    static boolean alreadyExists(SQLException e) {
        if ((e.getSQLState() != null && DUPLICATE_STATES.contains(e.getSQLState())) || DUPLICATE_CODES.contains(e.getErrorCode())) {
            return true;
        }
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return message.contains("already exists") || message.contains("duplicate column");
    }
}
