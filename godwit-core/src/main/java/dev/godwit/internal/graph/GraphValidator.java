package dev.godwit.internal.graph;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks the revisions' ids, labels and references before they become a graph; one error per problem. */
final class GraphValidator {

    /** Words that targets give a meaning of their own, so they can name no revision or label. */
    static final Set<String> RESERVED = Set.of("base", "head", "heads", "current");

    private GraphValidator() {
    }

    /** Indexes the revisions by id, in the order given, rejecting duplicates and unusable ids. */
    static Map<String, Revision> index(Collection<Revision> revisions) {
        Map<String, Revision> byId = new LinkedHashMap<>();
        for (Revision revision : revisions) {
            checkName("Revision id", revision.id(), revision);
            Revision earlier = byId.putIfAbsent(revision.id(), revision);
            if (earlier != null) {
                throw new GodwitException(ErrorCode.BAD_GRAPH,
                        "Duplicate revision id '" + revision.id() + "': defined in "
                        + GraphErrors.file(earlier) + " and in " + GraphErrors.file(revision),
                        "Give one of the two revisions a new id", null,
                        GraphErrors.at(revision, "other_file", GraphErrors.file(earlier)));
            }
        }
        return byId;
    }

    /** Maps every branch label to the id of the revision that declares it. */
    static Map<String, String> labels(Map<String, Revision> byId) {
        Map<String, String> owners = new HashMap<>();
        for (Revision revision : byId.values()) {
            for (String label : revision.branchLabels()) {
                checkName("Branch label", label, revision);
                Revision sameId = byId.get(label);
                if (sameId != null) {
                    throw new GodwitException(ErrorCode.BAD_GRAPH,
                            "Branch label '" + label + "' of revision " + GraphErrors.located(revision)
                            + " is also the id of revision " + GraphErrors.located(sameId),
                            "Rename the branch label; labels and revision ids share one namespace", null,
                            GraphErrors.at(revision, "label", label));
                }
                String earlier = owners.putIfAbsent(label, revision.id());
                if (earlier != null) {
                    Revision first = byId.get(earlier);
                    throw new GodwitException(ErrorCode.BAD_GRAPH, "Branch label '" + label + "' is declared twice: by "
                            + GraphErrors.located(first) + " and by " + GraphErrors.located(revision),
                            earlier.equals(revision.id()) ? "List the label once"
                                    : "A label names one branch; rename one of them", null,
                            GraphErrors.at(revision, "label", label, "other_revision", first.id()));
                }
            }
        }
        return owners;
    }

    /**
     * Checks every {@code revises} entry and resolves every {@code depends-on} entry to a revision id.
     * Returns each revision's dependencies (ids, in the order listed, without repeats).
     */
    static Map<String, List<String>> dependencies(Map<String, Revision> byId, Map<String, String> labels) {
        Map<String, List<String>> resolved = new HashMap<>();
        for (Revision revision : byId.values()) {
            Set<String> seen = new HashSet<>();
            for (String parent : revision.revises()) {
                if (parent.equals(revision.id())) {
                    throw selfReference(revision, "revises");
                }
                if (!seen.add(parent)) {
                    throw new GodwitException(ErrorCode.BAD_GRAPH,
                            "Revision " + GraphErrors.located(revision) + " lists '" + parent
                            + "' twice in revises", "List each down revision once", null,
                            GraphErrors.at(revision, "parent", parent));
                }
                if (!byId.containsKey(parent)) {
                    String owner = labels.get(parent);
                    throw new GodwitException(ErrorCode.BAD_GRAPH,
                            "Revision " + GraphErrors.located(revision) + " revises '" + parent
                            + "', which " + (owner == null ? "no revision file has" : "is a branch label, not a revision id"),
                            owner == null ? "Fix the id in " + GraphErrors.file(revision) + ", or restore the missing revision file"
                                    : "revises takes revision ids: write '" + owner + "' instead", null,
                            GraphErrors.at(revision, "parent", parent));
                }
            }
            Set<String> deps = new LinkedHashSet<>();
            for (String dependency : revision.dependsOn()) {
                String id = byId.containsKey(dependency) ? dependency : labels.get(dependency);
                if (id == null) {
                    throw new GodwitException(ErrorCode.BAD_GRAPH,
                            "Revision " + GraphErrors.located(revision) + " depends on '" + dependency
                            + "', which is neither a revision id nor a branch label",
                            "Fix the name in " + GraphErrors.file(revision) + ", or restore the missing revision file",
                            null, GraphErrors.at(revision, "dependency", dependency));
                }
                if (id.equals(revision.id())) {
                    throw selfReference(revision, "depends-on");
                }
                deps.add(id);
            }
            resolved.put(revision.id(), List.copyOf(new ArrayList<>(deps)));
        }
        return resolved;
    }

    private static GodwitException selfReference(Revision revision, String field) {
        return new GodwitException(ErrorCode.BAD_GRAPH,
                "Revision " + GraphErrors.located(revision) + " lists itself in " + field,
                "A revision can only come after other revisions; remove '" + revision.id() + "' from " + field, null,
                GraphErrors.at(revision));
    }

    private static void checkName(String kind, String name, Revision revision) {
        String problem = null;
        if (RESERVED.contains(name)) {
            problem = "is a reserved word";
        } else if (name.startsWith("+") || name.startsWith("-")) {
            problem = "starts with '" + name.charAt(0) + "'";
        } else {
            for (int i = 0; i < name.length() && problem == null; i++) {
                char c = name.charAt(i);
                if (c == '@' || c == ':' || c == ',' || Character.isWhitespace(c)) {
                    problem = "contains '" + c + "'";
                }
            }
        }
        if (problem != null) {
            throw new GodwitException(ErrorCode.BAD_GRAPH,
                    kind + " '" + name + "' in " + GraphErrors.file(revision) + " " + problem,
                    "Ids and labels cannot be base, head, heads or current, start with + or -, "
                            + "or contain '@', ':', ',' or spaces; rename it", null, GraphErrors.at(revision, "name", name));
        }
    }
}
