package dev.godwit.internal.run;

import dev.godwit.api.Direction;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The way on after a revision failed: what stays applied, and how to continue from there in the
 * direction that failed (resume), or undo it (the other section's matching statements), or, when
 * nothing had run but the database already has what the revision creates, mark it with a stamp.
 * The hint says it in neutral words; the details carry the facts, for a caller to name its commands.
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

    /**
     * The way on in neutral words (the caller names its own commands from {@link #details}): what
     * stays applied, how to resume or undo, a stamp when what it creates exists, and the earlier
     * revisions of the run that stay.
     */
    String hint(boolean atomic, List<String> leftApplied, String why, int statementIndex, SQLException e, int earlier) {
        StringBuilder h = new StringBuilder();
        if (atomic) {
            h.append("Revision ").append(revision).append(" was rolled back; nothing of it stays applied. ");
        } else {
            h.append(statementByStatement(leftApplied, why));
        }
        if (stamps(statementIndex, e)) {
            h.append("If the database already has what ").append(revision).append(" creates (built by hand or by "
                    + "another tool), record that instead of running it: stamp the database with ").append(revision)
                    .append(". ");
        }
        if (earlier > 0) {
            h.append(earlier).append(" earlier revision(s) of this run stay applied and recorded. ");
        }
        return h.append("The database's current revisions show where it stands.").toString();
    }

    /**
     * The facts the way on is built from, for a caller to word it: operation, statements (the
     * section's size), atomic, tracked, why, undo, invalid_index, stamp, earlier.
     */
    Map<String, String> details(boolean atomic, String why, int statementIndex, SQLException e, int earlier) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("operation", direction == Direction.UPGRADE ? "upgrade" : "downgrade");
        d.put("statements", String.valueOf(sectionSize));
        d.put("atomic", String.valueOf(atomic));
        d.put("tracked", String.valueOf(tracked));
        d.put("why", why);
        d.put("undo", String.valueOf(partial != null && partial.undo()));
        if (invalidIndex != null) {
            d.put("invalid_index", invalidIndex);
        }
        d.put("stamp", String.valueOf(stamps(statementIndex, e)));
        d.put("earlier", String.valueOf(earlier));
        return d;
    }

    private String statementByStatement(List<String> leftApplied, String why) {
        String verb = direction == Direction.UPGRADE ? "upgrade" : "downgrade";
        String other = direction == Direction.UPGRADE ? "downgrade" : "upgrade";
        StringBuilder h = new StringBuilder();
        if (partial != null && partial.undo()) {
            return h.append("Undoing ").append(revision).append(" stopped; the statements of its ").append(other)
                    .append(" not undone yet stay applied, and Godwit keeps the record of them. Fix the file, then ")
                    .append("undo the half-applied revision again, or resume the ").append(other).append(" to finish ")
                    .append(revision).append(" instead. ").toString();
        }
        if (leftApplied.isEmpty()) {
            if (invalidIndex != null) {
                return h.append("No other statement of ").append(revision).append(" had run. Fix the file if needed, ")
                        .append("then resuming the ").append(verb).append(" drops the invalid index and runs ")
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
            return h.append("Revert those changes by hand, fix the revision, then run the ").append(verb)
                    .append(" again. ").toString();
        }
        int next = leftApplied.size() + 1;
        if (next > sectionSize) {
            return h.append("Godwit recorded that all of them ran: resuming the ").append(verb).append(" records ")
                    .append(revision).append(" without running them again; or undoing the half-applied revision ")
                    .append("undoes them with ").append(revision).append("'s matching ").append(other)
                    .append(" statements. ").toString();
        }
        h.append("Godwit recorded how far ").append(revision).append(" got. Fix the file if statement ").append(next)
                .append(" was wrong (").append(Statements.leaveAsTheyAre(leftApplied.size())).append("), then resuming ")
                .append("the ").append(verb).append(" runs it from statement ").append(next);
        if (invalidIndex != null) {
            h.append(" after dropping the invalid index");
        }
        return h.append("; or undoing the half-applied revision undoes those statements with ").append(revision)
                .append("'s matching ").append(other).append(" statements. ").toString();
    }

    /**
     * When the first statement of an upgrade fails because what it creates exists: the database was
     * probably built by hand or by another tool, and a stamp records that instead.
     */
    private boolean stamps(int statementIndex, SQLException e) {
        return direction == Direction.UPGRADE && statementIndex == 1 && partial == null && alreadyExists(e);
    }

    static boolean alreadyExists(SQLException e) {
        if ((e.getSQLState() != null && DUPLICATE_STATES.contains(e.getSQLState())) || DUPLICATE_CODES.contains(e.getErrorCode())) {
            return true;
        }
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return message.contains("already exists") || message.contains("duplicate column");
    }
}
