package dev.godwit.internal.run;

import dev.godwit.internal.script.Statement;
import java.util.List;

/**
 * How a run finishes a revision an earlier run left half applied (see {@link Resumption}).
 *
 * @param revision       the revision
 * @param undo           false: resume it from {@code toRun}; true: {@code toRun} undoes its applied statements
 * @param toRun          the statements to run
 * @param alreadyApplied the statements of the interrupted section that stay applied before this run
 * @param sectionSize    how many statements the interrupted section has
 */
record Partial(String revision, boolean undo, List<Statement> toRun, List<Statement> alreadyApplied,
               int sectionSize) {

    Partial {
        toRun = List.copyOf(toRun);
        alreadyApplied = List.copyOf(alreadyApplied);
    }

    /** The number of the interrupted section's statement that statement {@code index} of the other section undoes. */
    int undoes(int index) {
        return sectionSize + 1 - index;
    }
}
