package dev.godwit.internal.run;

import dev.godwit.api.Direction;
import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.PartialRevision;
import dev.godwit.internal.dialect.Dialect;
import dev.godwit.internal.graph.Planner;
import dev.godwit.internal.script.RevisionFile;
import dev.godwit.internal.script.Statement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * At the start of a locked run: finds a revision an earlier run left half applied (the
 * {@link ProgressTable}), and either refuses to run with an exact report ({@link PartialRevision#REFUSE}),
 * or prepares its resumption or undoing ({@link Partial}). Records that no longer mean anything
 * (the revision was recorded after all, or stamped) are dropped on the way.
 */
final class Resumption {
    private final Connection connection;
    private final Dialect dialect;
    private final Revisions revisions;
    private final Reading options;
    private final ProgressTable table;

    Resumption(Connection connection, Dialect dialect, Revisions revisions, Reading options,
               ProgressTable table) {
        this.connection = connection;
        this.dialect = dialect;
        this.revisions = revisions;
        this.options = options;
        this.table = table;
    }

    /**
     * What the run does: {@code partial}, the half-applied revision it finishes (null when none),
     * and its plan.
     */
    record Decision(Partial partial, Planner.Plan plan) {
    }

    /**
     * Decides with {@link #partial}; the plan is {@code planner}'s from {@code rows}, or an undo's.
     * Without {@code tableMayExist} (the catalog said there is no progress table) nothing is read.
     */
    Decision decide(Set<String> rows, boolean tableMayExist, PartialRevision mode, boolean up,
                    Function<Set<String>, Planner.Plan> planner, String target) throws SQLException {
        Partial partial = partial(rows, tableMayExist, mode, up);
        if (mode == PartialRevision.UNDO) {
            return new Decision(partial, undoPlan(partial, rows, up));
        }
        Planner.Plan plan = planner.apply(rows);
        if (partial != null) {
            requireInPlan(partial, plan, target);
        }
        return new Decision(partial, plan);
    }

    /** The half-applied revision to handle, null when there is none (and {@code mode} is REFUSE). */
    private Partial partial(Set<String> rows, boolean tableMayExist, PartialRevision mode, boolean up)
            throws SQLException {
        Interrupted it = tableMayExist ? current(rows) : null;
        if (it == null) {
            if (mode == PartialRevision.REFUSE) {
                return null;
            }
            throw nothingHalfApplied(mode, up ? "upgrade" : "downgrade");
        }
        RevisionFile file = revisions.file(it.revision());
        SplitRevision split = revisions.split(it.revision(), options);
        boolean wasUp = it.direction() == Direction.UPGRADE;
        List<Statement> section = split.statements(wasUp);
        HalfAppliedReport report = new HalfAppliedReport(it, file, section, invalidIndex(it, section));
        if (mode == PartialRevision.REFUSE) {
            throw new GodwitException(ErrorCode.PARTIAL_REVISION, report.text(), report.waysOn() + " Nothing was run.",
                    null, report.details("half applied", request(mode)));
        }
        if ((mode == PartialRevision.RESUME) != (wasUp == up)) {
            throw new GodwitException(ErrorCode.PARTIAL_REVISION, report.text(), (mode == PartialRevision.RESUME
                    ? "Resuming" : "Undoing") + " goes with the " + (mode == PartialRevision.RESUME ? report.verb()
                    : report.otherVerb()) + " here. " + report.waysOn() + " Nothing was run.", null,
                    report.details("wrong direction", request(mode)));
        }
        List<String> edited = report.edited();
        if (!edited.isEmpty()) {
            Map<String, String> details = report.details("edited", request(mode));
            details.put("edited", String.join(",", edited));
            throw new GodwitException(ErrorCode.PARTIAL_REVISION, report.text(), "Statement(s) "
                    + String.join(", ", edited) + " of " + it.revision() + " changed in the file after they ran, so "
                    + "Godwit cannot tell what " + (mode == PartialRevision.RESUME ? "the rest would run on"
                    : "undoes them") + ". Revert the edit of those statements (fix only statements from "
                    + it.stoppedAt() + " on), or undo them by hand and stamp where the database stands. Nothing was "
                    + "run.", null, details);
        }
        List<Statement> applied = section.subList(0, it.appliedCount());
        if (mode == PartialRevision.RESUME) {
            if (report.invalidIndex() != null) {
                dialect.dropInvalidIndex(connection, report.invalidIndex());
            }
            return new Partial(it.revision(), false, section.subList(it.appliedCount(), section.size()), applied,
                    section.size());
        }
        List<Statement> other = split.statements(!wasUp);
        if (other.size() != section.size()) {
            Map<String, String> details = report.details("uneven", request(mode));
            details.put("other_statements", String.valueOf(other.size()));
            throw new GodwitException(ErrorCode.PARTIAL_REVISION, report.text(), "Undoing runs the "
                    + report.otherVerb() + " statement that matches each applied statement (the last undoes the "
                    + "first), so both sections need as many statements; " + it.revision() + "'s " + report.verb()
                    + " has " + section.size() + " and its " + report.otherVerb() + " " + other.size() + ". Undo the "
                    + "applied statements by hand, then stamp where the database stands. Nothing was run.", null,
                    details);
        }
        return new Partial(it.revision(), true, other.subList(other.size() - it.appliedCount(), other.size()), applied,
                section.size());
    }

    private static GodwitException nothingHalfApplied(PartialRevision mode, String verb) {
        return new GodwitException(ErrorCode.PARTIAL_REVISION, "No revision was left half applied, so there is "
                + "nothing to " + (mode == PartialRevision.RESUME ? "resume" : "undo") + ".",
                "Run the " + verb + " without resuming or undoing. Nothing was run.", null,
                Map.of("problem", "none", "request", request(mode), "operation", verb));
    }

    /** The details' name of what was asked for. */
    private static String request(PartialRevision mode) {
        return mode == PartialRevision.RESUME ? "resume" : mode == PartialRevision.UNDO ? "undo" : "none";
    }

    /** The plan of an undo: the one revision, run the other way, the version table unchanged. */
    private Planner.Plan undoPlan(Partial partial, Set<String> rows, boolean up) {
        Planner.Direction direction = up ? Planner.Direction.UPGRADE : Planner.Direction.DOWNGRADE;
        Planner.Step step = new Planner.Step(revisions.graph().get(partial.revision()), direction, rows, rows);
        return new Planner.Plan(direction, List.of(step), rows, rows);
    }

    /** Refuses a resume whose target does not run the half-applied revision. */
    private static void requireInPlan(Partial partial, Planner.Plan plan, String target) {
        for (Planner.Step step : plan.steps()) {
            if (step.revision().id().equals(partial.revision())) {
                return;
            }
        }
        throw new GodwitException(ErrorCode.PARTIAL_REVISION, "The target " + target + " does not run "
                + partial.revision() + ", the revision to resume.", "Give a target that includes it (e.g. `head`). "
                + "Nothing was run.", null, Map.of("problem", "not in plan", "revision", partial.revision(),
                "target", String.valueOf(target)));
    }

    /** The one record that still means something, after dropping the others. */
    private Interrupted current(Set<String> rows) throws SQLException {
        List<Interrupted> found = table.read(connection);
        if (found.isEmpty()) {
            return null;
        }
        Set<String> applied = revisions.graph().applied(rows);
        List<Interrupted> live = new ArrayList<>();
        for (Interrupted it : found) {
            boolean known = revisions.graph().contains(it.revision());
            boolean recorded = known && applied.contains(it.revision()) == (it.direction() == Direction.UPGRADE);
            if (recorded) {
                table.forget(connection, it.revision());
            } else if (!known) {
                throw new GodwitException(ErrorCode.PARTIAL_REVISION,
                        "Revision " + it.revision() + " was left half applied by an earlier run ("
                        + it.appliedCount() + " statement(s) of its " + (it.direction() == Direction.UPGRADE ? "upgrade"
                        : "downgrade") + " stay applied), and no revision file has it any more.",
                        "Restore its file, or undo its statements by hand and stamp where the database stands. "
                                + "Nothing was run.", null, Map.of("problem", "no file", "revision", it.revision()));
            } else {
                live.add(it);
            }
        }
        return live.isEmpty() ? null : live.get(0);
    }

    private String invalidIndex(Interrupted it, List<Statement> section) {
        int stopped = it.stoppedAt();
        return stopped > section.size() ? null
                : dialect.invalidIndexLeftBy(connection, section.get(stopped - 1));
    }

    /** Statement checksums that no longer match, by number. */
    static List<String> mismatches(Interrupted it, List<Statement> section) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<Integer, String> e : it.applied().entrySet()) {
            int i = e.getKey();
            if (i > section.size() || !ProgressChecks.of(section.get(i - 1)).equals(e.getValue())) {
                out.add(String.valueOf(i));
            }
        }
        return out;
    }
}
