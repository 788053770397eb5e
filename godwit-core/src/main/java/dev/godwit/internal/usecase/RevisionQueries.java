package dev.godwit.internal.usecase;

import dev.godwit.api.ErrorCode;

import dev.godwit.api.GodwitException;
import dev.godwit.api.RevisionInfo;
import dev.godwit.internal.graph.Planner;
import dev.godwit.internal.run.RevisionFiles;
import dev.godwit.internal.run.Revisions;
import dev.godwit.internal.run.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The use cases that describe the revision graph: `history`, `heads`, `branches`, the children of
 * a revision and `show`. Only a history that needs the database's state reads it.
 */
public final class RevisionQueries {
    /** A range that names the database's state: `current`, or a step relative to it (`-1:`, `label@+2`). */
    private static final Pattern RELATIVE_RANGE = Pattern.compile("current|(^|[:@])[+-]\\d");

    private final Session session;
    private final RevisionFiles files;

    public RevisionQueries(Session session, RevisionFiles files) {
        this.session = session;
        this.files = files;
    }

    /**
     * Revisions newest first, limited to {@code range} (`A:B`, `A:`, `:B`, null for all). With
     * {@code readDatabase}, the database is read so that `current` marks and relative ranges work.
     */
    public List<RevisionInfo> history(String range, boolean readDatabase) {
        Revisions revs = files.get();
        boolean needsDatabase = readDatabase || (range != null && RELATIVE_RANGE.matcher(range).find());
        Set<String> rows = needsDatabase ? orEmpty(session.connected(session::rows)) : Set.of();
        return revs.infos(new Planner(revs.graph()).history(range, rows), rows);
    }

    /** The heads of the revision graph. */
    public List<RevisionInfo> heads() {
        Revisions revs = files.get();
        return revs.infosOf(revs.graph().heads(), Set.of());
    }

    /** The branch points of the revision graph (revisions with two or more children). */
    public List<RevisionInfo> branchPoints() {
        Revisions revs = files.get();
        List<RevisionInfo> out = new ArrayList<>();
        for (var r : revs.graph().revisions()) {
            if (revs.graph().isBranchPoint(r.id())) {
                out.add(revs.info(r.id(), Set.of()));
            }
        }
        return out;
    }

    /** The revisions that revise {@code id}. */
    public List<RevisionInfo> children(String id) {
        Revisions revs = files.get();
        return revs.infosOf(revs.graph().children(id), Set.of());
    }

    /** One revision, by any target that names exactly one (`head`, a prefix, a label…). */
    public RevisionInfo show(String target) {
        Revisions revs = files.get();
        Set<String> ids = new Planner(revs.graph()).resolveRows(target);
        if (ids.size() != 1) {
            throw new GodwitException(ids.isEmpty() ? ErrorCode.UNKNOWN_REVISION : ErrorCode.AMBIGUOUS_REVISION,
                    ids.isEmpty() ? "'" + target + "' names no revision"
                    : "'" + target + "' names " + ids.size() + " revisions: " + String.join(", ", ids),
                    ids.isEmpty() ? "Show a revision by its id, a prefix, `head` or `label@head`."
                            : "Show one of them by its id.");
        }
        return revs.info(ids.iterator().next(), Set.of());
    }

    static Set<String> orEmpty(Set<String> rows) {
        return rows == null ? Set.of() : rows;
    }
}
