package dev.godwit.api;

import java.util.List;

/**
 * What `validate` found: the graph loads, every applied revision still has its file, and none was
 * edited after it was applied.
 *
 * @param applied   how many applied revisions were checked
 * @param verified  how many of them had a recorded checksum that was compared
 * @param problems  what is wrong; empty when all is well
 */
public record ValidationResult(int applied, int verified, List<ValidationProblem> problems) {

    public ValidationResult {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
