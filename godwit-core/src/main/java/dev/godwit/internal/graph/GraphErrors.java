package dev.godwit.internal.graph;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The user-facing errors about revisions and targets, worded once so every command says the same. */
public final class GraphErrors {

    private GraphErrors() {
    }

    /**
     * Several heads where one was needed. {@code command} (e.g. "upgrade") is the operation that
     * needed one, carried in the details as {@code operation} so that a caller can name its own
     * command for taking them all; null for none. Details: {@code heads} (comma-separated ids),
     * {@code described} (each head with its message), {@code operation}.
     */
    public static GodwitException multipleHeads(RevisionGraph graph, String command) {
        List<String> heads = graph.heads();
        List<String> described = new ArrayList<>();
        for (String head : heads) {
            described.add(describe(graph.get(head)));
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("heads", String.join(",", heads));
        details.put("described", String.join(", ", described));
        if (command != null) {
            details.put("operation", command);
        }
        return new GodwitException(ErrorCode.MULTIPLE_HEADS,
                "Multiple heads are present: " + String.join(", ", heads) + "; use `heads`, a branch label "
                        + "(`label@head`) or merge them",
                "The heads are " + String.join(", ", described) + ". Name one by id or branch label, "
                        + "take them all with `heads`, or join them with a merge revision", null, details);
    }

    /** A name that is no revision id, unique prefix or branch label. Details: {@code revision}. */
    public static GodwitException unknownRevision(String name) {
        return new GodwitException(ErrorCode.UNKNOWN_REVISION, "Can't find revision '" + name + "'",
                "List the revisions and their branch labels (the heads are the newest); a unique prefix of an id "
                        + "is enough", null, Map.of("revision", String.valueOf(name)));
    }

    /**
     * Version-table rows naming revisions that no revision file has. Details: {@code revisions}
     * (the unknown rows, comma-separated), {@code heads} (the files' heads, comma-separated).
     */
    public static GodwitException unknownRows(Collection<String> unknown, List<String> heads) {
        List<String> quoted = new ArrayList<>();
        for (String row : unknown) {
            quoted.add("'" + row + "'");
        }
        String message = unknown.size() == 1
                ? "The database is at revision " + quoted.get(0) + ", which no revision file has"
                : "The database is at revisions " + String.join(", ", quoted) + ", which no revision file has";
        return new GodwitException(ErrorCode.BOOKKEEPING_MISMATCH, message, filesHave(heads)
                + "If the revision files were lost or renamed, restore them; otherwise purge the version table and "
                + "mark the database as being at a known revision", null,
                Map.of("revisions", String.join(",", unknown), "heads", String.join(",", heads)));
    }

    /** "The revision files have heads a, b. " or "There are no revision files. " */
    public static String filesHave(List<String> heads) {
        return heads.isEmpty() ? "There are no revision files. "
                : "The revision files have head" + (heads.size() == 1 ? " " : "s ") + String.join(", ", heads) + ". ";
    }

    static GodwitException ambiguousPrefix(String prefix, List<Revision> candidates) {
        List<String> described = new ArrayList<>();
        for (Revision candidate : candidates) {
            described.add(describe(candidate));
        }
        List<String> ids = new ArrayList<>();
        for (Revision candidate : candidates) {
            ids.add(candidate.id());
        }
        return new GodwitException(ErrorCode.AMBIGUOUS_REVISION,
                "Revision prefix '" + prefix + "' is ambiguous; it matches " + String.join(", ", described),
                "Give more characters of the revision id", null,
                Map.of("prefix", prefix, "candidates", String.join(",", ids)));
    }

    static GodwitException didNotProduce(String spec, int steps, String hint) {
        return new GodwitException(ErrorCode.BAD_TARGET, "Relative revision " + spec + " didn't produce " + steps
                + " migrations", hint, null, Map.of("target", spec));
    }

    static GodwitException invalidTarget(String spec) {
        return new GodwitException(ErrorCode.BAD_TARGET, "Invalid target '" + spec + "'",
                "A target is `head`, `heads`, `base`, a revision id or a unique prefix of one, a branch label, "
                        + "`LABEL@head`, `LABEL@base`, `+N`, `-N`, `REV+N`, `REV-N`, `LABEL@+N` or `LABEL@-N`",
                null, Map.of("target", spec));
    }

    /** The details of an error about one revision: {@code revision}, {@code file}, then the given key/value pairs. */
    static Map<String, String> at(Revision revision, String... more) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("revision", revision.id());
        details.put("file", file(revision));
        for (int i = 0; i + 1 < more.length; i += 2) {
            details.put(more[i], more[i + 1]);
        }
        return details;
    }

    /** "id (message)", or just the id when there is no message. */
    static String describe(Revision revision) {
        return revision.message().isBlank() ? revision.id() : revision.id() + " (" + revision.message() + ")";
    }

    /** "id (source)", or just the id when the source is unknown. */
    static String located(Revision revision) {
        return revision.source() == null ? revision.id() : revision.id() + " (" + revision.source() + ")";
    }

    /** "source", or a placeholder when unknown. */
    static String file(Revision revision) {
        return revision.source() == null ? "an unnamed source" : revision.source();
    }
}
