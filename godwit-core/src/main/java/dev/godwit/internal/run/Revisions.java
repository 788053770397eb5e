package dev.godwit.internal.run;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.RevisionInfo;
import dev.godwit.internal.graph.Revision;
import dev.godwit.internal.graph.RevisionGraph;
import dev.godwit.internal.script.RevisionFile;
import dev.godwit.internal.script.ScriptDirectory;
import dev.godwit.internal.script.SplitterOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The revision files of a migrations folder and the graph they form, validated on load. */
public final class Revisions {
    private final Map<String, RevisionFile> files;
    private final RevisionGraph graph;
    /**
     * Split revisions by splitter options, then by revision id. The options are per-dialect
     * constants, so they are told apart by identity: a record's hashCode would cost a bootstrap
     * method on the start-up path.
     */
    private final Map<SplitterOptions, Map<String, SplitRevision>> splits = new IdentityHashMap<>();

    private Revisions(Map<String, RevisionFile> files, RevisionGraph graph) {
        this.files = files;
        this.graph = graph;
    }

    public static Revisions load(Path folder) {
        List<RevisionFile> parsed = ScriptDirectory.load(folder);
        Map<String, RevisionFile> byId = new HashMap<>(parsed.size() * 2);
        List<Revision> nodes = new ArrayList<>(parsed.size());
        for (RevisionFile f : parsed) {
            byId.putIfAbsent(f.revision(), f);
            nodes.add(new Revision(f.revision(), f.revises(), f.dependsOn(), f.branchLabels(), f.message(),
                    f.path().toString()));
        }
        return new Revisions(byId, RevisionGraph.of(nodes));
    }

    public RevisionGraph graph() {
        return graph;
    }

    public RevisionFile file(String id) {
        RevisionFile f = files.get(id);
        if (f == null) {
            throw new GodwitException(ErrorCode.UNKNOWN_REVISION, "Can't find revision '" + id + "'",
                    "List the revisions.", null, Map.of("revision", String.valueOf(id), "among", "revision files"));
        }
        return f;
    }

    /**
     * The revision split into statements, with its checksum; split once and kept. A file that does
     * not split throws here, each time it is asked for.
     */
    synchronized SplitRevision split(String id, Reading reading) {
        Map<String, SplitRevision> byId = splits.computeIfAbsent(reading.options(), o -> new HashMap<>());
        String key = reading.dialect() == null ? id : id + '@' + reading.dialect();
        SplitRevision split = byId.get(key);
        if (split == null) {
            split = SplitRevision.of(file(id), reading);
            byId.put(key, split);
        }
        return split;
    }

    /**
     * Splits every revision ahead of need (see {@link RevisionLoading}). One that does not split is
     * skipped here: it fails when, and only if, a command asks for it.
     */
    void splitAll(Reading reading) {
        for (String id : files.keySet()) {
            try {
                split(id, reading);
            } catch (GodwitException e) {
                // reported by split() to the command that needs this revision
            }
        }
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    public RevisionInfo info(String id, Set<String> currentRows) {
        RevisionFile f = file(id);
        return new RevisionInfo(id, f.revises(), f.dependsOn(), List.copyOf(graph.branchLabelsOf(id)), f.message(),
                f.created(), f.path(),
                graph.isHead(id), graph.isBase(id), graph.isBranchPoint(id), graph.isMergePoint(id),
                currentRows.contains(id), f.transactional());
    }

    public List<RevisionInfo> infos(Collection<Revision> revisions, Set<String> currentRows) {
        List<String> ids = new ArrayList<>(revisions.size());
        for (Revision r : revisions) {
            ids.add(r.id());
        }
        return infosOf(ids, currentRows);
    }

    public List<RevisionInfo> infosOf(Collection<String> ids, Set<String> currentRows) {
        List<RevisionInfo> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            out.add(info(id, currentRows));
        }
        return out;
    }
}
