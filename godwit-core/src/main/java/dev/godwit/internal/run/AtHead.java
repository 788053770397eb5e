package dev.godwit.internal.run;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.internal.graph.RevisionGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a database is at the revision files' heads before its schema is compared with the
 * model ({@code check}, {@code migrate}), and when it is not, says what will bring it there: the
 * right advice differs when the files were lost, when the database is at a revision no file has,
 * when the files have two heads, and when revisions are simply pending.
 */
public final class AtHead {
    private AtHead() {
    }

    /**
     * Throws unless {@code rows} are the rows of a database with every revision applied.
     *
     * @param migrations the folder the revision files are read from, named when it holds none
     */
    public static void require(Revisions revisions, Set<String> rows, Path migrations) {
        RevisionGraph graph = revisions.graph();
        List<String> unknown = new ArrayList<>();
        for (String row : rows) {
            if (!graph.contains(row)) {
                unknown.add(row);
            }
        }
        String at = rows.isEmpty() ? "base (no revision applied)" : String.join(", ", rows);
        if (!unknown.isEmpty() && graph.size() == 0) {
            throw new GodwitException(ErrorCode.BOOKKEEPING_MISMATCH, "The database is at " + at
                    + ", but there are no revision files in " + migrations, "The comparison starts from the schema "
                    + "the revision files make. If the files were lost, restore them (e.g. from version control); if "
                    + "they live elsewhere, point `migrations` in godwit.toml at them (or run from the project's "
                    + "folder).", null, Map.of("revisions", String.join(",", unknown), "heads", "",
                    "folder", String.valueOf(migrations), "operation", "compare"));
        }
        if (!unknown.isEmpty()) {
            throw new GodwitException(ErrorCode.BOOKKEEPING_MISMATCH, "The database is at " + String.join(", ", unknown)
                    + ", which no revision file has (the files' head" + (graph.heads().size() == 1 ? " is " : "s are ")
                    + String.join(", ", graph.heads()) + ")",
                    "If that revision's file was lost or renamed, restore it. If it was removed on purpose, purge the "
                            + "version table and mark the database with the revision its schema matches, then run "
                            + "this command again. Upgrading cannot help: it does not know that revision.", null,
                    Map.of("revisions", String.join(",", unknown), "heads", String.join(",", graph.heads()),
                            "operation", "compare"));
        }
        if (rows.equals(graph.rowsAtHeads())) {
            return;
        }
        List<String> heads = graph.heads();
        if (heads.size() > 1) {
            throw new GodwitException(ErrorCode.NOT_UP_TO_DATE, "Target database is not up to date: it is at " + at
                    + ", and the revision files have " + heads.size() + " heads: " + String.join(", ", heads),
                    "Upgrade to every head (`heads`), or first join them with a merge revision and then upgrade.",
                    null, Map.of("current", String.join(",", rows), "heads", String.join(",", heads)));
        }
        throw new GodwitException(ErrorCode.NOT_UP_TO_DATE, "Target database is not up to date: it is at " + at
                + ", the revision files' head is " + (heads.isEmpty() ? "base" : heads.get(0)),
                rows.isEmpty() && heads.isEmpty() ? "" : "Upgrade first, so the comparison starts "
                        + "from the schema the revisions make.", null,
                Map.of("current", String.join(",", rows), "heads", String.join(",", heads)));
    }
}
