package dev.godwit.internal.run;

import dev.godwit.api.AuditEntry;
import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.ValidationProblem;
import dev.godwit.api.ValidationResult;
import dev.godwit.internal.script.RevisionFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a database against its revision files: every applied revision still exists, and none was
 * edited after it was applied (its checksum is what was recorded). A checksum recorded with an
 * algorithm this version does not know is skipped, never failed.
 */
public final class Validator {
    private final Revisions revisions;
    private final Reading options;

    public Validator(Revisions revisions, Reading options) {
        this.revisions = revisions;
        this.options = options;
    }

    public ValidationResult check(Set<String> rows, Map<String, AuditEntry> recorded) {
        List<ValidationProblem> problems = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String row : rows) {
            if (!revisions.graph().contains(row)) {
                unknown.add(row);
            }
        }
        for (String id : unknown) {
            problems.add(new ValidationProblem(ErrorCode.BOOKKEEPING_MISMATCH, id, null, "The database is at revision "
                    + id + ", which no revision file has", "Restore the file, or, once you know which revision the "
                    + "database matches, purge the version table and stamp it with that revision."));
        }
        Set<String> applied = unknown.isEmpty() ? revisions.graph().applied(rows) : Set.of();
        int verified = 0;
        for (String id : applied) {
            AuditEntry entry = recorded == null ? null : recorded.get(id);
            if (entry == null || !Checksum.canVerify(entry.checksumAlgorithm())) {
                continue;
            }
            verified++;
            RevisionFile file = revisions.file(id);
            String now;
            try {
                now = revisions.split(id, options).checksum(entry.checksumAlgorithm());
            } catch (GodwitException e) {
                problems.add(new ValidationProblem(e.code(), id, file.path(), e.getMessage(), e.hint()));
                continue;
            }
            if (!now.equals(entry.checksum())) {
                problems.add(new ValidationProblem(ErrorCode.CHECKSUM_MISMATCH, id, file.path(), "Revision " + id
                        + " (" + file.message() + ") was edited after it was applied: its statements' checksum was " + shortSum(entry.checksum())
                        + " when " + (AuditEntry.ACCEPT.equals(entry.action()) ? "accepted" : entry.action() + "d")
                        + (entry.startedAt() == null ? "" : " at " + entry.startedAt()) + ", and is now "
                        + shortSum(now) + ". File: " + file.path(),
                        "Revert the edit (the database ran the old statements), or, if the database already matches "
                                + "the file as it is now, accept its checksum (after fixing a downgrade of it that "
                                + "failed half way: accept, then resume the downgrade)."));
            }
        }
        return new ValidationResult(applied.size(), verified, problems);
    }

    /**
     * A warning for each revision that has no upgrade for one of {@code dialects} (the configured
     * target databases): neither a section of its own nor a shared one, so it would be refused there.
     */
    public static List<ValidationProblem> dialectWarnings(Revisions revisions, List<String> dialects) {
        List<ValidationProblem> warnings = new ArrayList<>();
        if (dialects.isEmpty()) {
            return warnings;
        }
        for (dev.godwit.internal.graph.Revision revision : revisions.graph().revisions()) {
            String id = revision.id();
            RevisionFile file = revisions.file(id);
            for (String dialect : dialects) {
                if (!file.runsOn(dialect)) {
                    warnings.add(new ValidationProblem(ErrorCode.BAD_REVISION_FILE, id, file.path(), "Revision " + id
                            + " has no section for " + dialect + " (a configured dialect) and no shared one. File: "
                            + file.path(), "Add `-- +upgrade " + dialect + "` and `-- +downgrade " + dialect
                            + "` sections to the file, or a shared `-- +upgrade` that " + dialect
                            + " runs; until then upgrading " + dialect + " past it is refused."));
                }
            }
        }
        return warnings;
    }

    private static String shortSum(String checksum) {
        return checksum == null ? "(none)" : checksum.substring(0, Math.min(12, checksum.length()));
    }

    /** Throws when the result has problems: upgrade and downgrade refuse to run then. */
    public static void requireValid(ValidationResult result) {
        if (result.ok()) {
            return;
        }
        StringBuilder m = new StringBuilder("Refusing to run: ");
        m.append(result.problems().size() == 1 ? "a problem was" : result.problems().size() + " problems were")
                .append(" found with the applied revisions");
        for (ValidationProblem p : result.problems()) {
            m.append("\n  - ").append(p.message());
        }
        List<String> ids = new ArrayList<>();
        for (ValidationProblem p : result.problems()) {
            ids.add(p.revision());
        }
        ValidationProblem first = result.problems().get(0);
        int count = result.problems().size();
        throw new GodwitException(first.code(), m.toString(), first.hint() + (count > 1
                ? " (Validating lists every problem.)" : ""), null, Map.of("revisions", String.join(",", ids),
                "revision", first.revision(), "problems", String.valueOf(count), "first_hint", String.valueOf(first.hint())));
    }
}
