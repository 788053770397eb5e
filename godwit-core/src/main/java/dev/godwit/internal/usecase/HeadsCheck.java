package dev.godwit.internal.usecase;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The heads check of a migration test: one head, or exactly the heads a project intends when it
 * keeps several branches apart on purpose.
 */
final class HeadsCheck {

    private HeadsCheck() {
    }

    /** What is wrong with {@code heads}, or null when they are what was expected. */
    static String problem(List<String> heads, List<String> expected) {
        if (expected == null || expected.isEmpty()) {
            if (heads.size() <= 1) {
                return null;
            }
            return "the revision graph has " + heads.size() + " heads (" + String.join(", ", heads)
                    + "); join them with a merge revision, or declare them as the expected heads";
        }
        Set<String> want = new LinkedHashSet<>(expected);
        List<String> unexpected = new ArrayList<>();
        for (String head : heads) {
            if (!want.remove(head)) {
                unexpected.add(head);
            }
        }
        if (unexpected.isEmpty() && want.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder("the heads are ").append(String.join(", ", heads))
                .append(", expected ").append(String.join(", ", expected)).append(':');
        if (!unexpected.isEmpty()) {
            out.append(" unexpected head").append(unexpected.size() > 1 ? "s " : " ").append(String.join(", ", unexpected));
            out.append(want.isEmpty() ? "" : ";");
        }
        if (!want.isEmpty()) {
            out.append(" missing head").append(want.size() > 1 ? "s " : " ").append(String.join(", ", want))
                    .append(" (no longer a head, or no such revision)");
        }
        return out.append(unexpected.isEmpty() ? "" : "; merge the unexpected branch or add it to the expected heads")
                .toString();
    }
}
