package dev.godwit.maven;

import dev.godwit.api.Redaction;
import dev.godwit.api.RevisionInfo;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** What a goal tells the build log: every line passes through the configuration's secrets first. */
final class Output {
    private final Log log;
    private final Redaction secrets;
    private final String password;

    Output(Log log, Redaction secrets, String password) {
        this.log = log;
        this.secrets = secrets;
        this.password = password;
    }

    void info(String line) {
        log.info(clean(line));
    }

    void warn(String line) {
        log.warn(clean(line));
    }

    /** SQL and other text shown as it is, but for the secrets. */
    String clean(String text) {
        return Failures.scrub(text, secrets, password);
    }

    /** One line for a revision: {@code id (head, current) message}. */
    static String describe(RevisionInfo r) {
        StringBuilder marks = new StringBuilder();
        mark(marks, r.head(), "head");
        mark(marks, r.current(), "current");
        mark(marks, r.mergePoint(), "merge");
        mark(marks, r.branchPoint(), "branch point");
        String labels = r.branchLabels().isEmpty() ? "" : " [" + String.join(", ", r.branchLabels()) + "]";
        String parents = r.revises().isEmpty() ? "<base>" : String.join(", ", r.revises());
        return parents + " -> " + r.id() + (marks.length() == 0 ? "" : " (" + marks + ")") + labels + ", "
                + r.message();
    }

    /** The ids of {@code revisions}, or {@code (none)}. */
    static String ids(List<RevisionInfo> revisions) {
        return revisions.isEmpty() ? "(none)" : String.join(", ", revisions.stream().map(RevisionInfo::id).toList());
    }

    private static void mark(StringBuilder marks, boolean on, String word) {
        if (on) {
            marks.append(marks.length() == 0 ? "" : ", ").append(word);
        }
    }
}
