package dev.godwit.cli;

import java.util.Map;

/**
 * The command line's ways on from a revision an earlier run left half applied, from the facts the
 * engine puts in the details of {@code PARTIAL_REVISION} (problem, request, revision, operation,
 * statements, stopped, applied, invalid_index, edited, other_statements): which of {@code --resume},
 * {@code --undo-partial} and {@code godwit stamp} goes on.
 */
final class PartialAdvice {

    private static final String STAMP = "mark where the database stands with `godwit stamp`. Nothing was run.";

    private PartialAdvice() {
    }

    /** The hint, or null to keep the engine's. */
    static String hint(Map<String, String> d) {
        String problem = d.getOrDefault("problem", "");
        String verb = d.get("operation");
        boolean resume = "resume".equals(d.get("request"));
        switch (problem) {
            case "none":
                return "Run `godwit " + verb + "` without --resume/--undo-partial. Nothing was run.";
            case "half applied":
                return waysOn(d) + " Nothing was run.";
            case "wrong direction":
                return "`--" + (resume ? "resume" : "undo-partial") + "` goes with `godwit "
                        + (resume ? verb : other(verb)) + "` here. " + waysOn(d) + " Nothing was run.";
            case "edited":
                return "Statement(s) " + d.get("edited").replace(",", ", ") + " of " + d.get("revision")
                        + " changed in the file after they ran, so Godwit cannot tell what "
                        + (resume ? "the rest would run on" : "undoes them") + ". Revert the edit of those statements "
                        + "(fix only statements from " + d.get("stopped") + " on), or undo them by hand and " + STAMP;
            case "uneven":
                return "`--undo-partial` runs the " + other(verb) + " statement that matches each applied statement "
                        + "(the last undoes the first), so both sections need as many statements; " + d.get("revision")
                        + "'s " + verb + " has " + d.get("statements") + " and its " + other(verb) + " "
                        + d.get("other_statements") + ". Undo the applied statements by hand, then " + STAMP;
            case "no file":
                return "Restore its file, or undo its statements by hand and " + STAMP;
            default:
                return null;
        }
    }

    /** The commands that go on from the half-applied revision. */
    private static String waysOn(Map<String, String> d) {
        String verb = d.get("operation");
        String revision = d.get("revision");
        int k = Integer.parseInt(d.get("applied"));
        int stopped = Integer.parseInt(d.get("stopped"));
        String resume = "`godwit " + verb + " --resume" + FailureWording.target(verb) + "`";
        StringBuilder h = new StringBuilder();
        boolean ran = stopped > Integer.parseInt(d.get("statements"));
        if (d.containsKey("java") && !ran) {
            h.append("Check what its code changed and revert it by hand, or make sure running it again is safe; then ")
                    .append(resume).append(" runs the code of ").append(revision).append(" again from its start");
        } else if (ran) {
            h.append(resume).append(" records ").append(revision).append(" without running its statements again");
        } else {
            h.append("Fix the file if statement ").append(stopped).append(" was wrong")
                    .append(k == 0 ? "" : " (" + FailureWording.leaveAsTheyAre(k) + ")").append(", then ").append(resume)
                    .append(" runs ").append(revision).append(" from statement ").append(stopped);
        }
        if (d.containsKey("invalid_index")) {
            h.append(" after dropping the invalid index (DROP INDEX CONCURRENTLY IF EXISTS ")
                    .append(d.get("invalid_index")).append(')');
        }
        if (k > 0) {
            h.append("; or `godwit ").append(other(verb)).append(" --undo-partial` undoes ")
                    .append(FailureWording.range(k)).append(" with ").append(revision).append("'s matching ")
                    .append(other(verb)).append(" statements (the last undoes the first)");
        }
        return h.append(". If you finished or reverted it by hand, `godwit stamp <revision>` records where the "
                + "database stands.").toString();
    }

    private static String other(String verb) {
        return "upgrade".equals(verb) ? "downgrade" : "upgrade";
    }
}
