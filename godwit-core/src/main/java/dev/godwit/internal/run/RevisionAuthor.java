package dev.godwit.internal.run;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.RevisionRequest;
import dev.godwit.internal.javarev.JavaRevisionTemplate;
import dev.godwit.internal.graph.Planner;
import dev.godwit.internal.graph.RevisionGraph;
import dev.godwit.internal.script.NewRevision;
import dev.godwit.internal.script.RevisionFileWriter;
import dev.godwit.internal.script.SectionText;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Writes new revision files (`revision`, `merge`), checking them against the graph first. */
public final class RevisionAuthor {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
    private static final java.util.Set<String> RESERVED = java.util.Set.of("base", "head", "heads", "current");

    private final Revisions revisions;
    private final Path folder;
    private final String fileTemplate;

    public RevisionAuthor(Revisions revisions, Path folder, String fileTemplate) {
        this.revisions = revisions;
        this.folder = folder;
        this.fileTemplate = fileTemplate;
    }

    public Path revision(RevisionRequest request) {
        return revision(request, false);
    }

    /** Writes the revision as a SQL file, or with {@code java} as a Java class to fill in. */
    public Path revision(RevisionRequest request, boolean java) {
        requireMessage(request.message());
        RevisionGraph graph = revisions.graph();
        List<String> parents = parentsFor(request, graph);
        String id = newId(request.revId(), graph);
        for (String label : request.branchLabels()) {
            if (!LABEL.matcher(label).matches() || RESERVED.contains(label)) {
                throw new GodwitException(ErrorCode.BAD_ARGUMENT, "Branch label '" + label + "' is not valid",
                        "Use letters, digits, `_`, `.` and `-` (not at the start), and none of base, head, heads, current.");
            }
            if (graph.labelOwner(label).isPresent()) {
                throw new GodwitException(ErrorCode.ALREADY_EXISTS,
                        "Branch label '" + label + "' is already declared on revision "
                        + graph.labelOwner(label).get(), "Choose another label.");
            }
        }
        List<String> dependsOn = new ArrayList<>();
        Planner planner = new Planner(graph);
        for (String dep : request.dependsOn()) {
            if (graph.labelOwner(dep).isPresent()) {
                dependsOn.add(dep);
            } else {
                dependsOn.addAll(planner.resolveRows(dep));
            }
        }
        NewRevision revision = new NewRevision(id, parents, request.message(), now(), request.branchLabels(),
                dependsOn, request.upgradeSql(), request.downgradeSql(), request.transactional())
                .withSections(sections(request), request.notes());
        return java ? JavaRevisionTemplate.write(folder, revision) : RevisionFileWriter.write(folder, fileTemplate, revision);
    }

    public Path merge(String message, List<String> targets, String revId) {
        requireMessage(message);
        RevisionGraph graph = revisions.graph();
        Planner planner = new Planner(graph);
        List<String> parents = new ArrayList<>();
        for (String target : targets.isEmpty() ? List.of("heads") : targets) {
            for (String id : planner.resolveRows(target)) {
                if (!parents.contains(id)) {
                    parents.add(id);
                }
            }
        }
        if (parents.size() < 2) {
            throw new GodwitException(ErrorCode.BAD_ARGUMENT, "Nothing to merge: " + (parents.isEmpty() ? "no revisions"
                    : "only " + parents.get(0)) + " given",
                    "Merge needs two or more revisions, e.g. `heads`.", null,
                    Map.of("setting", "targets", "operation", "merge"));
        }
        NewRevision revision = new NewRevision(newId(revId, graph), parents, message, now(), List.of(), List.of(),
                null, null);
        return RevisionFileWriter.write(folder, fileTemplate, revision);
    }

    /** The request's sections per dialect, as the writer takes them ("" or null: the shared pair). */
    private static Map<String, SectionText> sections(RevisionRequest request) {
        Map<String, SectionText> out = new java.util.LinkedHashMap<>();
        request.dialectSql().forEach((dialect, sql) -> out.put(dialect == null ? "" : dialect,
                sql == null ? new SectionText("", "") : new SectionText(sql.upgradeSql(), sql.downgradeSql())));
        return out;
    }

    private static List<String> parentsFor(RevisionRequest request, RevisionGraph graph) {
        String head = request.head() == null ? "head" : request.head();
        if ("base".equals(head) || graph.revisions().isEmpty()) {
            if (!"base".equals(head) && !"head".equals(head)) {
                throw new GodwitException(ErrorCode.UNKNOWN_REVISION,
                        "Can't find revision '" + head + "': there are no revisions yet",
                        "Give no head for the first revision.", null, Map.of("revision", head, "setting", "head"));
            }
            return List.of();
        }
        if ("head".equals(head) && graph.heads().size() > 1) {
            throw new GodwitException(ErrorCode.MULTIPLE_HEADS, "Multiple heads are present: "
                    + String.join(", ", graph.heads()) + "; say which one the new revision builds on",
                    "Give the head it builds on (a revision id or `label@head`), or first join them with a merge "
                            + "revision.", null, Map.of("heads", String.join(",", graph.heads()), "operation", "revision"));
        }
        Set<String> resolved = new Planner(graph).resolveRows(head);
        for (String id : resolved) {
            if (!graph.isHead(id) && !request.splice()) {
                throw new GodwitException(ErrorCode.BAD_TARGET, "Revision " + id + " is not a head revision",
                        "Splice it to start a new branch from it.", null, Map.of("revision", id, "setting", "splice"));
            }
        }
        return List.copyOf(resolved);
    }

    private static String newId(String requested, RevisionGraph graph) {
        if (requested == null) {
            String id;
            do {
                id = RevisionFileWriter.newRevisionId();
            } while (graph.contains(id));
            return id;
        }
        if (!ID.matcher(requested).matches()) {
            throw new GodwitException(ErrorCode.BAD_ARGUMENT, "Revision id '" + requested + "' is not valid",
                    "Use letters, digits and underscores only.");
        }
        if (graph.contains(requested)) {
            throw new GodwitException(ErrorCode.ALREADY_EXISTS, "Revision id '" + requested + "' is already used by "
                    + graph.get(requested).source(), "Choose another revision id.", null,
                    Map.of("revision", requested, "setting", "revId"));
        }
        return requested;
    }

    private static void requireMessage(String message) {
        if (message == null || message.isBlank()) {
            throw new GodwitException(ErrorCode.BAD_ARGUMENT, "A revision needs a message",
                    "Say what this revision does.", null, Map.of("setting", "message", "operation", "revision"));
        }
    }


    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
