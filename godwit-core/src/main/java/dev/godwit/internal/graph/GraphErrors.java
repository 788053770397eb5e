package dev.godwit.internal.graph;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The user-facing errors about revisions and targets, worded once so every command says the same. */
public final class GraphErrors {

    private GraphErrors() {
    }

    /**
     * Several heads where one was needed. {@code command} (e.g. "upgrade") completes the advice
     * {@code godwit <command> heads}; null for plain {@code heads}.
     */
    public static GodwitException multipleHeads(RevisionGraph graph, String command) {
        List<String> heads = graph.heads();
        String all = command == null ? "`heads`" : "`godwit " + command + " heads`";
        List<String> described = new ArrayList<>();
        for (String head : heads) {
            described.add(describe(graph.get(head)));
        }
        return new GodwitException(ErrorCode.MULTIPLE_HEADS, 
                "Multiple heads are present: " + String.join(", ", heads) + "; use " + all
                        + ", a branch label (`label@head`) or `godwit merge heads`",
                "The heads are " + String.join(", ", described) + ". Name one by id or branch label, "
                        + "take them all with `heads`, or join them with `godwit merge heads`");
    }

    /** A name that is no revision id, unique prefix or branch label. */
    public static GodwitException unknownRevision(String name) {
        return new GodwitException(ErrorCode.UNKNOWN_REVISION, "Can't find revision '" + name + "'",
                "Run `godwit history` to list the revisions and their branch labels (`godwit heads` for the "
                        + "newest); a unique prefix of an id is enough");
    }

    /** Version-table rows naming revisions that no revision file has. */
    public static GodwitException unknownRows(Collection<String> unknown, List<String> heads) {
        List<String> quoted = new ArrayList<>();
        for (String row : unknown) {
            quoted.add("'" + row + "'");
        }
        String message = unknown.size() == 1
                ? "The database is at revision " + quoted.get(0) + ", which no revision file has"
                : "The database is at revisions " + String.join(", ", quoted) + ", which no revision file has";
        String have = heads.isEmpty() ? "There are no revision files. "
                : "The revision files have head" + (heads.size() == 1 ? " " : "s ") + String.join(", ", heads) + ". ";
        return new GodwitException(ErrorCode.BOOKKEEPING_MISMATCH, message, have
                + "If the revision files were lost or renamed, restore them; otherwise mark the database as being "
                + "at a known revision with `godwit stamp --purge <rev>`");
    }

    static GodwitException ambiguousPrefix(String prefix, List<Revision> candidates) {
        List<String> described = new ArrayList<>();
        for (Revision candidate : candidates) {
            described.add(describe(candidate));
        }
        return new GodwitException(ErrorCode.AMBIGUOUS_REVISION, 
                "Revision prefix '" + prefix + "' is ambiguous; it matches " + String.join(", ", described),
                "Give more characters of the revision id");
    }

    static GodwitException didNotProduce(String spec, int steps, String hint) {
        return new GodwitException(ErrorCode.BAD_TARGET, "Relative revision " + spec + " didn't produce " + steps + " migrations", hint);
    }

    static GodwitException invalidTarget(String spec) {
        return new GodwitException(ErrorCode.BAD_TARGET, "Invalid target '" + spec + "'",
                "A target is `head`, `heads`, `base`, a revision id or a unique prefix of one, a branch label, "
                        + "`LABEL@head`, `LABEL@base`, `+N`, `-N`, `REV+N`, `REV-N`, `LABEL@+N` or `LABEL@-N`");
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
