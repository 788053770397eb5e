package dev.godwit.cli;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.MigrationFailedException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The command line's wording of an error: the engine says what to do in neutral words and gives
 * the {@link ErrorCode} and details; this names the godwit commands and flags that do it
 * ({@code godwit merge heads}, {@code godwit stamp --purge <rev>}, {@code --lock-timeout}). An error
 * this does not know keeps the engine's message and hint.
 */
final class CliAdvice {

    /** The message and hint to print; the hint may be null or blank. */
    record Text(String message, String hint) {
    }

    private CliAdvice() {
    }

    static Text of(GodwitException e) {
        Map<String, String> d = e.details();
        String hint = e instanceof MigrationFailedException ? FailureWording.hint((MigrationFailedException) e)
                : hint(e.code(), d);
        String message = e.code() == ErrorCode.MULTIPLE_HEADS && d.containsKey("described")
                ? "Multiple heads are present: " + String.join(", ", list(d.get("heads"))) + "; use "
                        + (d.containsKey("operation") ? "`godwit " + d.get("operation") + " heads`" : "`heads`")
                        + ", a branch label (`label@head`) or `godwit merge heads`"
                : e.getMessage();
        return new Text(message, hint == null ? e.hint() : hint);
    }

    /** The CLI's hint for this code and these details, or null to keep the engine's. */
    private static String hint(ErrorCode code, Map<String, String> d) {
        if ("cause".equals(d.get("see"))) {
            return "Run again with --debug for details.";
        }
        if (d.containsKey("setting")) {
            return OptionAdvice.hint(d);
        }
        if (d.containsKey("problems")) {
            return problemHint(code, d.get("revision"), d.get("first_hint"))
                    + (Integer.parseInt(d.get("problems")) > 1 ? " (`godwit validate` lists every problem.)" : "");
        }
        switch (code) {
            case MULTIPLE_HEADS:
                return multipleHeads(d);
            case UNKNOWN_REVISION:
                return unknownRevision(d);
            case NOT_REVERSIBLE:
                return "Write the statements that undo it under `-- +downgrade` in that file; or, after reverting "
                        + "it by hand, mark the database with `godwit stamp <earlier revision>`. Nothing was run.";
            case BAD_REVISION_FILE:
                return "revision".equals(d.get("missing"))
                        ? "add a line `-- revision: <id>` at the top of the file (e.g. a fresh id from "
                                + "`godwit revision`)"
                        : null;
            case BOOKKEEPING_MISMATCH:
                return unknownRows(d);
            case WRONG_DIRECTION:
                return wrongDirection(d);
            case BAD_TARGET:
                return d.containsKey("current")
                        ? "Downgrade to a revision the database has (`godwit current` shows them), or to `base` to "
                                + "remove everything"
                        : null;
            case PARTIAL_REVISION:
                return PartialAdvice.hint(d);
            case NOT_UP_TO_DATE:
                return notUpToDate(d);
            case LOCK_TIMEOUT:
                return "run".equals(d.get("lock"))
                        ? "Try again when it has finished, or wait longer with --lock-timeout SECONDS (lock_timeout in "
                                + "godwit.toml). A crashed run never holds the lock: it is released with its connection."
                        : null;
            case BAD_CONFIGURATION:
                return d.containsKey("migrations") ? "run `godwit init` or set `migrations` in godwit.toml" : null;
            default:
                return null;
        }
    }

    /** The hint for one problem validation found, naming `stamp --purge` and `validate --accept`. */
    static String problemHint(ErrorCode code, String revision, String engineHint) {
        switch (code) {
            case BOOKKEEPING_MISMATCH:
                return "Restore the file, or mark the database with `godwit stamp --purge <rev>` once you know which "
                        + "revision it matches.";
            case CHECKSUM_MISMATCH:
                return "Revert the edit (the database ran the old statements), or, if the database already matches "
                        + "the file as it is now, record that with `godwit validate --accept " + revision + "` (after "
                        + "fixing a downgrade of it that failed half way: accept, then `godwit downgrade --resume "
                        + "<target>`).";
            default:
                return engineHint;
        }
    }

    private static String multipleHeads(Map<String, String> d) {
        if (d.containsKey("described")) {
            return "The heads are " + d.get("described") + ". Name one by id or branch label, "
                    + "take them all with `heads`, or join them with `godwit merge heads`";
        }
        if ("revision".equals(d.get("operation"))) {
            return "Use `--head <rev>` or `--head <label>@head`, or first join them with `godwit merge heads`.";
        }
        if (d.containsKey("label") && d.containsKey("heads")) {
            return "Name one of them by id, or join them with `godwit merge "
                    + String.join(" ", list(d.get("heads"))) + "`";
        }
        return null;
    }

    private static String unknownRevision(Map<String, String> d) {
        if ("accept".equals(d.get("operation"))) {
            return "`godwit validate` lists the revisions that need it.";
        }
        if (d.containsKey("among")) {
            return "Run `godwit history` to list the revisions.";
        }
        return d.keySet().equals(java.util.Set.of("revision"))
                ? "Run `godwit history` to list the revisions and their branch labels (`godwit heads` for the "
                        + "newest); a unique prefix of an id is enough"
                : null;
    }

    private static String unknownRows(Map<String, String> d) {
        if (!d.containsKey("revisions") || !d.containsKey("heads")) {
            return null;
        }
        if (!"compare".equals(d.get("operation"))) {
            List<String> heads = list(d.get("heads"));
            String have = heads.isEmpty() ? "There are no revision files. " : "The revision files have head"
                    + (heads.size() == 1 ? " " : "s ") + String.join(", ", heads) + ". ";
            return have + "If the revision files were lost or renamed, restore them; otherwise mark the database as "
                    + "being at a known revision with `godwit stamp --purge <rev>`";
        }
        if (d.containsKey("folder")) {
            return "The comparison starts from the schema the revision files make. If the files were lost, restore "
                    + "them (e.g. from version control); if they live elsewhere, point `migrations` in godwit.toml at "
                    + "them (or run from the project's folder with `-C`).";
        }
        return "If that revision's file was lost or renamed, restore it. If it was removed on purpose, mark the "
                + "database with the revision its schema matches, `godwit stamp --purge <rev>`, then run this command "
                + "again. `godwit upgrade` cannot help: it does not know that revision.";
    }

    private static String wrongDirection(Map<String, String> d) {
        String operation = d.get("operation");
        if (operation == null || !d.containsKey("target")) {
            return null;
        }
        String to = !Boolean.parseBoolean(d.get("relative")) ? "To move forward"
                : operation.equals("downgrade") ? "To go back" : "To go forward";
        return to + ", run `godwit " + operation + " " + d.get("target") + "`";
    }

    private static String notUpToDate(Map<String, String> d) {
        if (!d.containsKey("heads") || !d.containsKey("current")) {
            return null;
        }
        List<String> heads = list(d.get("heads"));
        if (heads.size() > 1) {
            return "Apply every branch with `godwit upgrade heads`, or first join them with "
                    + "`godwit merge -m \"merge heads\" heads` and then run `godwit upgrade`.";
        }
        return list(d.get("current")).isEmpty() && heads.isEmpty() ? ""
                : "Run `godwit upgrade` first, so the comparison starts from the schema the revisions make.";
    }

    /** A comma-separated detail as a list; empty for an empty or missing detail. */
    private static List<String> list(String value) {
        return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split(","));
    }
}
