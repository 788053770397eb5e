package dev.godwit.internal.script;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Collects and checks the {@code -- key: value} lines at the top of a revision file. Errors name
 * the file and line ({@code file.sql:3: …}) and say how to fix it.
 */
final class RevisionHeader {
    static final List<String> KEYS = List.of(
            "revision", "revises", "message", "created", "branch-labels", "depends-on", "transaction");

    private final String file;
    private final Map<String, Integer> seenAt = new HashMap<>();
    private String revision;
    private List<String> revises = List.of();
    private String message = "";
    private String created = "";
    private List<String> branchLabels = List.of();
    private List<String> dependsOn = List.of();
    private boolean transactional = true;

    RevisionHeader(String file) {
        this.file = file;
    }

    /** Takes a comment line of the header area; lines not of {@code key: value} form are ignored. */
    void acceptComment(String line, int number) {
        int colon = keyValueColon(line);
        if (colon < 0 || line.startsWith("//", colon + 1)) {
            return;
        }
        String written = line.substring(keyStart(line), keyEnd(line));
        String key = written.toLowerCase(Locale.ROOT);
        String value = line.substring(colon + 1).strip();
        if (!KEYS.contains(key)) {
            throw error(number, "unknown header key `" + written + "`",
                    suggestion(key) + "known keys: " + String.join(", ", KEYS)
                            + " (a note must not look like `-- word: value`)");
        }
        Integer first = seenAt.putIfAbsent(key, number);
        if (first != null) {
            throw error(number, "duplicate header `" + key + "` (first given at line " + first + ")",
                    "keep a single `-- " + key + ":` line");
        }
        assign(key, value, number);
    }

    /**
     * The header key a {@code -- key: value} line names when it is one Godwit knows (lower-cased),
     * else null. Cheap for lines with no colon, as most SQL lines are.
     */
    static String knownKey(String line) {
        if (line.indexOf(':') < 0 || keyValueColon(line) < 0) {
            return null;
        }
        String key = line.substring(keyStart(line), keyEnd(line)).toLowerCase(Locale.ROOT);
        return KEYS.contains(key) ? key : null;
    }

    /**
     * Where the colon of a {@code -- key: value} line is, or -1 for a line of another form: white
     * space, {@code --}, white space, a key (a letter, then letters, digits, {@code _} and
     * {@code -}), white space, {@code :}.
     */
    private static int keyValueColon(String line) {
        int i = keyStart(line);
        if (i < 0) {
            return -1;
        }
        i = keyEnd(line);
        while (i < line.length() && isSpace(line.charAt(i))) {
            i++;
        }
        return i < line.length() && line.charAt(i) == ':' ? i : -1;
    }

    /** Where the key starts, after the leading white space, {@code --} and white space; -1 if no letter is there. */
    private static int keyStart(String line) {
        int i = 0;
        while (i < line.length() && isSpace(line.charAt(i))) {
            i++;
        }
        if (!line.startsWith("--", i)) {
            return -1;
        }
        i += 2;
        while (i < line.length() && isSpace(line.charAt(i))) {
            i++;
        }
        if (i >= line.length() || !isLetter(line.charAt(i))) {
            return -1;
        }
        return i;
    }

    /** Where the key that starts at {@link #keyStart} ends. */
    private static int keyEnd(String line) {
        int i = keyStart(line) + 1;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (!isLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '-') {
                break;
            }
            i++;
        }
        return i;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** White space as a regular expression's {@code \s} means it: space, tab, line breaks, form feed, vertical tab. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    /** Checks what needs the whole header: a revision line exists and is not in its own revises. */
    void finish() {
        if (revision == null) {
            throw new GodwitException(ErrorCode.BAD_REVISION_FILE, file + ":1: missing `-- revision:` header",
                    "add a line `-- revision: <id>` at the top of the file (e.g. the id of a newly created revision)",
                    null, Map.of("file", String.valueOf(file), "line", "1", "missing", "revision"));
        }
        if (revises.contains(revision)) {
            throw error(seenAt.get("revises"), "revision " + revision + " revises itself",
                    "name the revision(s) this one comes after, or leave `-- revises:` empty");
        }
    }

    String revision() {
        return revision;
    }

    List<String> revises() {
        return revises;
    }

    String message() {
        return message;
    }

    String created() {
        return created;
    }

    List<String> branchLabels() {
        return branchLabels;
    }

    List<String> dependsOn() {
        return dependsOn;
    }

    boolean transactional() {
        return transactional;
    }

    private void assign(String key, String value, int number) {
        switch (key) {
            case "revision":
                if (!RevisionIds.isId(value)) {
                    throw error(number, value.isEmpty() ? "empty revision id" : "invalid revision id `" + value + "`",
                            "a revision id has only letters, digits and _ (Godwit generates 12 "
                                    + "lowercase hex characters, e.g. 3f2a9c1b7d4e)");
                }
                if (value.length() > RevisionIds.MAX_LENGTH) {
                    throw error(number, "revision id `" + value + "` is " + value.length()
                                    + " characters long; the version table holds at most " + RevisionIds.MAX_LENGTH,
                            "shorten the id (and the `-- revises:` / `-- depends-on:` lines that name it); Godwit "
                                    + "generates 12 lowercase hex characters, e.g. 3f2a9c1b7d4e");
                }
                revision = value;
                break;
            case "revises":
                revises = list(value, number, key, true);
                break;
            case "message":
                message = value;
                break;
            case "created":
                created = value;
                break;
            case "branch-labels":
                branchLabels = list(value, number, key, false);
                break;
            case "depends-on":
                dependsOn = list(value, number, key, false);
                break;
            default:
                transactional = bool(value, number);
                break;
        }
    }

    private List<String> list(String value, int number, String key, boolean idsOnly) {
        Set<String> items = new LinkedHashSet<>();
        for (String part : value.split(",", -1)) {
            String item = part.strip();
            if (item.isEmpty()) {
                continue;
            }
            boolean valid = idsOnly ? RevisionIds.isId(item) : RevisionIds.isLabel(item);
            if (!valid) {
                throw error(number, "invalid entry `" + item + "` in `" + key + "`",
                        idsOnly ? "list revision ids (letters, digits, _) separated by commas"
                                : "list names (letters, digits, _ . -) separated by commas");
            }
            if (!items.add(item)) {
                throw error(number, "`" + key + "` lists `" + item + "` twice", "remove the repeated entry");
            }
        }
        return List.copyOf(items);
    }

    private boolean bool(String value, int number) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true":
                return true;
            case "false":
                return false;
            default:
                throw error(number, "invalid transaction value `" + value + "`: expected true or false",
                        "write `-- transaction: false` to run this revision outside a transaction, "
                                + "or remove the line (default true)");
        }
    }

    private static String suggestion(String key) {
        String best = null;
        int bestDistance = 3;
        for (String known : KEYS) {
            int d = distance(key, known);
            if (d < bestDistance) {
                best = known;
                bestDistance = d;
            }
        }
        return best == null ? "" : "did you mean `" + best + "`? ";
    }

    /** Levenshtein distance; keys are short, so the quadratic table is tiny. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private GodwitException error(int line, String message, String hint) {
        return new GodwitException(ErrorCode.BAD_REVISION_FILE, file + ":" + line + ": " + message, hint, null,
                Map.of("file", String.valueOf(file), "line", String.valueOf(line)));
    }
}
