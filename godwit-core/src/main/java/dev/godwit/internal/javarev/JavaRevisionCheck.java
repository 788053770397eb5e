package dev.godwit.internal.javarev;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.JavaRevision;
import dev.godwit.internal.script.RevisionIds;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Checks what a Java revision says of itself with the rules of a revision file's header. */
final class JavaRevisionCheck {
    private JavaRevisionCheck() {
    }

    /** Returns {@code loaded} when its id, parents, labels and dependencies are well formed. */
    static LoadedJavaRevision checked(LoadedJavaRevision loaded) {
        JavaRevision r = loaded.revision();
        String id;
        List<String> revises;
        List<String> labels;
        List<String> dependsOn;
        try {
            id = r.id();
            revises = r.revises();
            labels = r.branchLabels();
            dependsOn = r.dependsOn();
            r.message();
        } catch (RuntimeException e) {
            throw error(loaded, "its header methods threw " + e, "Make id(), revises(), message(), branchLabels() "
                    + "and dependsOn() return constants.");
        }
        if (!RevisionIds.isId(id) || id.length() > RevisionIds.MAX_LENGTH) {
            throw error(loaded, "id() returns " + (id == null ? "null" : "`" + id + "`") + ", not a revision id",
                    "Return letters, digits and _ (at most " + RevisionIds.MAX_LENGTH + "), e.g. 3f2a9c1b7d4e.");
        }
        list(loaded, "revises()", revises, true);
        list(loaded, "branchLabels()", labels, false);
        list(loaded, "dependsOn()", dependsOn, false);
        if (revises.contains(id)) {
            throw error(loaded, "revision " + id + " revises itself",
                    "Return the revision(s) this one comes after from revises(), or an empty list.");
        }
        return loaded;
    }

    private static void list(LoadedJavaRevision loaded, String method, List<String> items, boolean idsOnly) {
        if (items == null) {
            throw error(loaded, method + " returns null", "Return an empty list instead.");
        }
        HashSet<String> seen = new HashSet<>();
        for (String item : items) {
            boolean valid = idsOnly ? RevisionIds.isId(item) : RevisionIds.isLabel(item);
            if (!valid) {
                throw error(loaded, method + " lists `" + item + "`, which is not a "
                        + (idsOnly ? "revision id" : "revision id or label"), idsOnly
                        ? "List revision ids (letters, digits, _)." : "List names (letters, digits, _ . -).");
            }
            if (!seen.add(item)) {
                throw error(loaded, method + " lists `" + item + "` twice", "Remove the repeated entry.");
            }
        }
    }

    static GodwitException error(LoadedJavaRevision loaded, String what, String hint) {
        return new GodwitException(ErrorCode.BAD_REVISION_FILE, "Java revision " + loaded.describe() + ": " + what,
                hint, null, Map.of("file", String.valueOf(loaded.origin()), "class", loaded.className()));
    }
}
