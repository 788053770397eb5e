package dev.godwit.api;

import java.util.List;

/**
 * What `validate` found: the graph loads, every applied revision still has its file, and none was
 * edited after it was applied.
 *
 * @param applied   how many applied revisions were checked
 * @param verified  how many of them had a recorded checksum that was compared
 * @param problems  what is wrong; empty when all is well
 * @param warnings  what may go wrong later without failing validation: e.g. a revision with no
 *                  section for one of the configured {@code dialects}
 */
public record ValidationResult(int applied, int verified, List<ValidationProblem> problems,
                               List<ValidationProblem> warnings) {

    public ValidationResult {
        problems = List.copyOf(problems);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A result with no warnings. */
    public ValidationResult(int applied, int verified, List<ValidationProblem> problems) {
        this(applied, verified, problems, List.of());
    }

    /** This result with {@code more} warnings added. */
    public ValidationResult withWarnings(List<ValidationProblem> more) {
        List<ValidationProblem> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new ValidationResult(applied, verified, problems, all);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
