package dev.godwit.internal.graph;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves target text ({@code head}, {@code heads}, {@code base}, {@code current}, an id or unique
 * prefix, a branch label, {@code LABEL@head}, {@code LABEL@base}, {@code +N}, {@code -N},
 * {@code REV+N}, {@code REV-N}, {@code LABEL@+N}, {@code LABEL@-N}) against the graph and the
 * database's current rows. The rows are read only by targets that need them.
 */
public final class TargetResolver {

    private static final Pattern RELATIVE = Pattern.compile("(.*?)([+-])(\\d+)");
    private static final Pattern STEPS = Pattern.compile("([+-])(\\d+)");

    private final RevisionGraph graph;
    private final RelativeSteps steps;

    public TargetResolver(RevisionGraph graph) {
        this.graph = graph;
        this.steps = new RelativeSteps(graph);
    }

    /**
     * Resolves {@code spec} for a database holding {@code rows} (null = none). {@code command}
     * (e.g. "upgrade") completes the advice of the multiple-heads error; it may be null.
     */
    public Target resolve(String spec, Collection<String> rows, String command) {
        if (spec == null || spec.isBlank()) {
            throw new GodwitException(ErrorCode.BAD_TARGET, "No target revision given",
                    "Give a revision id (or a unique prefix), a branch label, `head`, `heads` or `base`");
        }
        return resolve(spec.strip(), new Current(rows == null ? List.of() : rows), command);
    }

    /** One revision named by exact id, branch label, or unique id prefix. */
    public String resolveRevision(String name) {
        if (graph.contains(name)) {
            return name;
        }
        Optional<String> owner = graph.labelOwner(name);
        if (owner.isPresent()) {
            return owner.get();
        }
        List<Revision> matches = graph.startingWith(name);
        if (matches.isEmpty()) {
            throw GraphErrors.unknownRevision(name);
        }
        if (matches.size() > 1) {
            throw GraphErrors.ambiguousPrefix(name, matches);
        }
        return matches.get(0).id();
    }

    private Target resolve(String s, Current current, String command) {
        switch (s) {
            case "base":
                return new Target(s, Set.of(), null, 0);
            case "heads":
                return new Target(s, graph.sorted(graph.heads()), null, 0);
            case "head":
                return new Target(s, singleHead(command), null, 0);
            case "current":
                return new Target(s, current.heads(), null, 0);
            default:
                break;
        }
        if (graph.contains(s) || graph.labelOwner(s).isPresent()) {
            return fixed(s, resolveRevision(s));
        }
        int at = s.indexOf('@');
        if (at >= 0) {
            return onBranch(s, s.substring(0, at), s.substring(at + 1), current, command);
        }
        Matcher relative = RELATIVE.matcher(s);
        if (relative.matches() && graph.startingWith(s).isEmpty()) {
            String anchor = relative.group(1);
            boolean forward = relative.group(2).equals("+");
            int n = count(s, relative.group(3));
            if (anchor.isEmpty() || anchor.equals("current")) {
                return fromCurrent(s, forward, n, current);
            }
            return fromAnchor(s, anchor, forward, n, current, command);
        }
        return fixed(s, resolveRevision(s));
    }

    private Set<String> singleHead(String command) {
        List<String> heads = graph.heads();
        if (heads.size() > 1) {
            throw GraphErrors.multipleHeads(graph, command);
        }
        return Set.copyOf(heads);
    }

    private Target fromCurrent(String s, boolean forward, int n, Current current) {
        List<String> here = new ArrayList<>(current.heads());
        if (here.size() > 1) {
            throw new GodwitException(ErrorCode.MULTIPLE_HEADS, "Multiple current heads are present: "
                    + String.join(", ", here) + "; relative revision " + s + " is ambiguous",
                    "Use a branch label (`" + exampleLabel(here) + "@" + s.substring(s.length() - 1 - digits(s))
                            + "`) or an explicit revision", null, Map.of("current", String.join(",", here), "target", s));
        }
        String start = here.isEmpty() ? null : here.get(0);
        if (forward) {
            return new Target(s, Set.of(steps.forward(s, n, start)), null, n);
        }
        RelativeSteps.Landing landing = steps.backward(s, n, start);
        return new Target(s, landingSet(landing), landing.removeFrom(), -n);
    }

    private Target fromAnchor(String s, String anchor, boolean forward, int n, Current current, String command) {
        Target from = resolve(anchor, current, command);
        if (from.revisions().size() > 1) {
            throw new GodwitException(ErrorCode.AMBIGUOUS_REVISION, "Relative revision " + s
                    + " needs one starting revision, but '" + anchor + "' names several: "
                    + String.join(", ", from.revisions()), "Start from one revision id or branch label", null,
                    Map.of("target", s, "candidates", String.join(",", from.revisions())));
        }
        String start = from.revisions().isEmpty() ? null : from.revisions().iterator().next();
        if (forward) {
            return new Target(s, Set.of(steps.forward(s, n, start)), null, 0);
        }
        return new Target(s, landingSet(steps.backward(s, n, start)), null, 0);
    }

    private Target onBranch(String s, String label, String position, Current current, String command) {
        if (label.isEmpty()) {
            throw GraphErrors.invalidTarget(s);
        }
        String owner = resolveRevision(label);
        if (position.equals("head")) {
            return fixed(s, branchHead(label, owner));
        }
        if (position.equals("base")) {
            return new Target(s, Set.of(), owner, 0);
        }
        Matcher stepsMatch = STEPS.matcher(position);
        if (!stepsMatch.matches()) {
            Matcher relative = RELATIVE.matcher(s);
            if (relative.matches() && !relative.group(1).endsWith("@")) {
                return fromAnchor(s, relative.group(1), relative.group(2).equals("+"),
                        count(s, relative.group(3)), current, command);
            }
            throw GraphErrors.invalidTarget(s);
        }
        boolean forward = stepsMatch.group(1).equals("+");
        int n = count(s, stepsMatch.group(2));
        List<String> here = branchNow(owner, current);
        if (here.size() > 1) {
            throw new GodwitException(ErrorCode.MULTIPLE_HEADS, "Branch '" + label + "' has several current revisions: "
                    + String.join(", ", here) + "; relative revision " + s + " is ambiguous", "Give an explicit revision",
                    null, Map.of("label", label, "current", String.join(",", here), "target", s));
        }
        if (forward) {
            String landing = here.isEmpty() ? steps.forwardStartingAt(s, n, owner) : steps.forward(s, n, here.get(0));
            return new Target(s, Set.of(landing), null, n);
        }
        if (here.isEmpty()) {
            throw GraphErrors.didNotProduce(s, n, "Branch '" + label + "' has no applied revisions");
        }
        RelativeSteps.Landing landing = steps.backward(s, n, here.get(0));
        return new Target(s, landingSet(landing), landing.removeFrom(), -n);
    }

    /** The single head on the branch starting at owner. */
    private String branchHead(String label, String owner) {
        Set<String> branch = graph.branchFrom(owner);
        List<String> found = new ArrayList<>();
        for (String head : graph.heads()) {
            if (branch.contains(head)) {
                found.add(head);
            }
        }
        if (found.size() > 1) {
            throw new GodwitException(ErrorCode.MULTIPLE_HEADS, "Branch '" + label + "' has multiple heads: "
                    + String.join(", ", found), "Name one of them by id, or join them with a merge revision", null,
                    Map.of("label", label, "heads", String.join(",", found)));
        }
        return found.get(0);
    }

    /** The applied revisions of the branch starting at owner that no applied revision revises. */
    private List<String> branchNow(String owner, Current current) {
        Set<String> applied = current.applied();
        List<String> here = new ArrayList<>();
        for (String id : graph.branchFrom(owner)) {
            if (applied.contains(id) && graph.children(id).stream().noneMatch(applied::contains)) {
                here.add(id);
            }
        }
        return here;
    }

    private String exampleLabel(List<String> heads) {
        for (String head : heads) {
            Set<String> labels = graph.branchLabelsOf(head);
            if (!labels.isEmpty()) {
                return labels.iterator().next();
            }
        }
        return "LABEL";
    }

    private static int digits(String s) {
        int n = 0;
        while (n < s.length() && Character.isDigit(s.charAt(s.length() - 1 - n))) {
            n++;
        }
        return n;
    }

    private static int count(String spec, String digits) {
        int n;
        try {
            n = Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw GraphErrors.invalidTarget(spec);
        }
        if (n == 0) {
            throw new GodwitException(ErrorCode.BAD_TARGET, "Relative revision " + spec + " moves zero steps",
                    "Use a step count of 1 or more, or `current`");
        }
        return n;
    }

    private Set<String> landingSet(RelativeSteps.Landing landing) {
        return graph.sorted(landing.revisions());
    }

    private static Target fixed(String spec, String id) {
        return new Target(spec, Set.of(id), null, 0);
    }

    /** The database's rows, turned into an applied set only when a target needs it. */
    private final class Current {
        private final Collection<String> rows;
        private Set<String> applied;

        Current(Collection<String> rows) {
            this.rows = rows;
        }

        Set<String> applied() {
            if (applied == null) {
                applied = graph.applied(rows);
            }
            return applied;
        }

        Set<String> heads() {
            return graph.rowsFor(applied());
        }
    }
}
