package dev.godwit.internal.run;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.RevisionInfo;
import dev.godwit.internal.graph.Revision;
import dev.godwit.internal.graph.RevisionGraph;
import dev.godwit.internal.javarev.JavaRevisionLoader;
import dev.godwit.internal.javarev.JavaRevisionSources;
import dev.godwit.internal.javarev.LoadedJavaRevision;
import dev.godwit.internal.script.RevisionFile;
import dev.godwit.internal.script.ScriptDirectory;
import dev.godwit.internal.script.SplitterOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The revisions of a project and the graph they form, validated on load: the revision files of its
 * migrations folder and its Java revisions ({@link JavaRevisionLoader}), each of which is described
 * by a {@link RevisionFile} with empty sections so that everything reading the graph treats both
 * kinds alike.
 */
public final class Revisions {
    private final Map<String, RevisionFile> files;
    private final Map<String, LoadedJavaRevision> java;
    private final RevisionGraph graph;
    /**
     * Split revisions by splitter options, then by revision id. The options are per-dialect
     * constants, so they are told apart by identity: a record's hashCode would cost a bootstrap
     * method on the start-up path.
     */
    private final Map<SplitterOptions, Map<String, SplitRevision>> splits = new IdentityHashMap<>();

    private Revisions(Map<String, RevisionFile> files, Map<String, LoadedJavaRevision> java, RevisionGraph graph) {
        this.files = files;
        this.java = java;
        this.graph = graph;
    }

    public static Revisions load(Path folder) {
        return load(folder, JavaRevisionSources.NONE);
    }

    /**
     * The revision files of {@code folder} and the Java revisions of the folder and of {@code sources}.
     * The folder may be missing when {@code sources} give revisions (an application with Java
     * revisions only).
     */
    public static Revisions load(Path folder, JavaRevisionSources sources) {
        boolean javaOnly = !Files.exists(folder) && (!sources.instances().isEmpty() || !sources.packages().isEmpty());
        List<RevisionFile> parsed = new ArrayList<>(javaOnly ? List.of() : ScriptDirectory.load(folder));
        Map<String, LoadedJavaRevision> java = new HashMap<>();
        for (LoadedJavaRevision loaded : JavaRevisionLoader.load(folder, sources)) {
            parsed.add(loaded.asFile());
            java.putIfAbsent(loaded.revision().id(), loaded);
        }
        Map<String, RevisionFile> byId = new HashMap<>(parsed.size() * 2);
        List<Revision> nodes = new ArrayList<>(parsed.size());
        for (RevisionFile f : parsed) {
            byId.putIfAbsent(f.revision(), f);
            nodes.add(new Revision(f.revision(), f.revises(), f.dependsOn(), f.branchLabels(), f.message(),
                    f.path().toString()));
        }
        return new Revisions(byId, Map.copyOf(java), RevisionGraph.of(nodes));
    }

    /** The Java revision of {@code id}, or null when it is a revision file (or unknown). */
    public LoadedJavaRevision java(String id) {
        return java.get(id);
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
            LoadedJavaRevision code = java.get(id);
            split = code != null ? SplitRevision.ofJava(file(id), code) : SplitRevision.of(file(id), reading);
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
