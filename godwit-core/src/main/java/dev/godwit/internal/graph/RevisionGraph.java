package dev.godwit.internal.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A validated, immutable graph of revisions: who revises whom, who depends on whom, heads, bases,
 * branch labels, and the version-table arithmetic (applied set from rows, rows from applied set).
 * Everything is iterative, so long chains cannot overflow the stack. Collections returned are in
 * topological order (bases first) unless said otherwise.
 */
public final class RevisionGraph {

    private final Map<String, Revision> byId;
    private final Map<String, Integer> position;
    private final List<Revision> ordered;
    private final Map<String, List<String>> children;
    private final Map<String, List<String>> dependencies;
    private final Map<String, List<String>> dependents;
    private final Map<String, String> labelOwners;
    private final List<String> heads;
    private final List<String> bases;
    /** Computed on first use (see {@link #labelsByRevision}); recomputing gives the same map. */
    private volatile Map<String, Set<String>> inheritedLabels;

    private RevisionGraph(Map<String, Revision> given, Map<String, String> labelOwners,
                          Map<String, List<String>> dependencies, List<String> order) {
        this.byId = new HashMap<>(given);
        this.position = new HashMap<>();
        List<Revision> list = new ArrayList<>(order.size());
        Map<String, List<String>> kids = new HashMap<>();
        Map<String, List<String>> needers = new HashMap<>();
        for (String id : order) {
            position.put(id, list.size());
            list.add(given.get(id));
            kids.put(id, new ArrayList<>());
            needers.put(id, new ArrayList<>());
        }
        List<String> headList = new ArrayList<>();
        List<String> baseList = new ArrayList<>();
        for (Revision revision : list) {
            for (String parent : revision.revises()) {
                kids.get(parent).add(revision.id());
            }
            for (String dependency : dependencies.get(revision.id())) {
                needers.get(dependency).add(revision.id());
            }
            if (revision.isBase()) {
                baseList.add(revision.id());
            }
        }
        for (Revision revision : list) {
            if (kids.get(revision.id()).isEmpty()) {
                headList.add(revision.id());
            }
        }
        kids.replaceAll((id, ids) -> List.copyOf(ids));
        needers.replaceAll((id, ids) -> List.copyOf(ids));
        this.ordered = List.copyOf(list);
        this.children = kids;
        this.dependents = needers;
        this.dependencies = Map.copyOf(dependencies);
        this.labelOwners = Map.copyOf(labelOwners);
        this.heads = List.copyOf(headList);
        this.bases = List.copyOf(baseList);
    }

    /**
     * Builds and validates the graph. Throws a GodwitException naming the file(s) involved for a
     * duplicate id, a reference to no revision or label, a label used twice or equal to an id, a
     * revision listing itself, or a cycle.
     */
    public static RevisionGraph of(Collection<Revision> revisions) {
        Map<String, Revision> byId = GraphValidator.index(revisions);
        Map<String, String> labels = GraphValidator.labels(byId);
        Map<String, List<String>> dependencies = GraphValidator.dependencies(byId, labels);
        List<String> order = TopologicalOrder.of(byId, dependencies);
        return new RevisionGraph(byId, labels, dependencies, order);
    }

    /** The revision with exactly this id; an unknown id is a GodwitException. */
    public Revision get(String id) {
        Revision revision = id == null ? null : byId.get(id);
        if (revision == null) {
            throw GraphErrors.unknownRevision(id);
        }
        return revision;
    }

    public boolean contains(String id) {
        return id != null && byId.containsKey(id);
    }

    public int size() {
        return ordered.size();
    }

    /** All revisions, bases first, each after everything it revises or depends on. */
    public List<Revision> revisions() {
        return ordered;
    }

    /** The revisions no revision revises. */
    public List<String> heads() {
        return heads;
    }

    /** The revisions that revise nothing. */
    public List<String> bases() {
        return bases;
    }

    /** The rows of a database with every revision applied (at {@code heads}). */
    public Set<String> rowsAtHeads() {
        return rowsFor(new HashSet<>(byId.keySet()));
    }

    /** The revisions that revise this one. */
    public List<String> children(String id) {
        get(id);
        return children.get(id);
    }

    public boolean isHead(String id) {
        return children(id).isEmpty();
    }

    public boolean isBase(String id) {
        return get(id).isBase();
    }

    /** Two or more revisions revise it. */
    public boolean isBranchPoint(String id) {
        return children(id).size() > 1;
    }

    /** It revises two or more revisions. */
    public boolean isMergePoint(String id) {
        return get(id).isMergePoint();
    }

    /** The revision's depends-on entries as revision ids (branch labels replaced by their owner). */
    public List<String> resolveDependsOn(String id) {
        get(id);
        return dependencies.get(id);
    }

    /** The revisions that depend on this one. */
    public List<String> dependents(String id) {
        get(id);
        return dependents.get(id);
    }

    /** Everything this revision needs, through revises and depends-on, excluding itself. */
    public Set<String> ancestors(String id) {
        Set<String> result = closure(List.of(id));
        result.remove(id);
        return Collections.unmodifiableSet(result);
    }

    /** Everything that needs this revision, through revises and depends-on, excluding itself. */
    public Set<String> descendants(String id) {
        Set<String> result = descendantsOrSelf(List.of(id));
        result.remove(id);
        return Collections.unmodifiableSet(result);
    }

    /** The id of the revision that declares the label. */
    public Optional<String> labelOwner(String label) {
        return Optional.ofNullable(label == null ? null : labelOwners.get(label));
    }

    /** Every branch label declared. */
    public Set<String> branchLabels() {
        return Collections.unmodifiableSet(new TreeSet<>(labelOwners.keySet()));
    }

    /**
     * The labels that apply to a revision: those it declares, else those of the nearest labelled
     * revision on each path back along revises (a merge carries the labels of its branches).
     */
    public Set<String> branchLabelsOf(String id) {
        get(id);
        return labelsByRevision().get(id);
    }

    /** {@link #branchLabelsOf} for every revision, worked out once, parents before children. */
    private Map<String, Set<String>> labelsByRevision() {
        Map<String, Set<String>> labels = inheritedLabels;
        if (labels == null) {
            labels = new HashMap<>(ordered.size() * 2);
            for (Revision revision : ordered) {
                Set<String> own;
                if (!revision.branchLabels().isEmpty()) {
                    own = Collections.unmodifiableSet(new LinkedHashSet<>(revision.branchLabels()));
                } else if (revision.revises().size() == 1) {
                    own = labels.get(revision.revises().get(0));
                } else {
                    Set<String> merged = new TreeSet<>();
                    for (String parent : revision.revises()) {
                        merged.addAll(labels.get(parent));
                    }
                    own = Collections.unmodifiableSet(merged);
                }
                labels.put(revision.id(), own);
            }
            inheritedLabels = labels;
        }
        return labels;
    }

    /**
     * The applied set of a database whose version table holds these rows: the rows and everything
     * they need. A row naming no revision is a GodwitException listing every such row.
     */
    public Set<String> applied(Collection<String> rows) {
        List<String> unknown = new ArrayList<>();
        for (String row : rows) {
            if (!contains(row) && !unknown.contains(row)) {
                unknown.add(row);
            }
        }
        if (!unknown.isEmpty()) {
            throw GraphErrors.unknownRows(unknown, heads);
        }
        return Collections.unmodifiableSet(closure(rows));
    }

    /**
     * The rows to store for an applied set: the applied revisions no other applied revision revises
     * or depends on. A dependency counts as a down revision here, as in Alembic's version table: after
     * a revision that depends on another branch's head, only the dependent revision is a row.
     */
    public Set<String> rowsFor(Set<String> applied) {
        Set<String> revised = new HashSet<>();
        for (String id : applied) {
            revised.addAll(get(id).revises());
            revised.addAll(dependencies.get(id));
        }
        List<String> rows = new ArrayList<>();
        for (String id : applied) {
            if (!revised.contains(id)) {
                rows.add(id);
            }
        }
        return Collections.unmodifiableSet(sorted(rows));
    }

    /** The given revisions and everything they need (revises and depends-on), in topological order. */
    Set<String> closure(Collection<String> ids) {
        return walk(ids, true);
    }

    /** The given revisions and everything that needs them (revises and depends-on), in topological order. */
    Set<String> descendantsOrSelf(Collection<String> ids) {
        return walk(ids, false);
    }

    /** The revisions on the branch that starts at {@code id}: it and its descendants along revises only. */
    Set<String> branchFrom(String id) {
        get(id);
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        seen.add(id);
        queue.add(id);
        while (!queue.isEmpty()) {
            for (String child : children.get(queue.poll())) {
                if (seen.add(child)) {
                    queue.add(child);
                }
            }
        }
        return sorted(seen);
    }

    /** The revisions whose id starts with the prefix, ordered by id. */
    List<Revision> startingWith(String prefix) {
        List<Revision> matches = new ArrayList<>();
        for (Revision revision : ordered) {
            if (revision.id().startsWith(prefix)) {
                matches.add(revision);
            }
        }
        matches.sort(Comparator.comparing(Revision::id));
        return matches;
    }

    /** The position of a revision in {@link #revisions()}. */
    int position(String id) {
        get(id);
        return position.get(id);
    }

    /** The ids in topological order, as an ordered set. */
    Set<String> sorted(Collection<String> ids) {
        List<String> list = new ArrayList<>(new HashSet<>(ids));
        for (String id : list) {
            get(id);
        }
        list.sort(Comparator.comparingInt(position::get));
        return new LinkedHashSet<>(list);
    }

    private Set<String> walk(Collection<String> start, boolean down) {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String id : start) {
            get(id);
            if (seen.add(id)) {
                queue.add(id);
            }
        }
        while (!queue.isEmpty()) {
            String id = queue.poll();
            List<String> first = down ? byId.get(id).revises() : children.get(id);
            List<String> second = down ? dependencies.get(id) : dependents.get(id);
            for (List<String> next : List.of(first, second)) {
                for (String other : next) {
                    if (seen.add(other)) {
                        queue.add(other);
                    }
                }
            }
        }
        return sorted(seen);
    }
}
