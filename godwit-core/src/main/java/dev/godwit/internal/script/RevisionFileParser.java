package dev.godwit.internal.script;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a revision file: the {@code -- key: value} header, then the {@code -- +upgrade} and
 * {@code -- +downgrade} sections, shared or of one dialect ({@code -- +upgrade postgresql}), in any
 * order. Every error is a {@link GodwitException} whose message starts
 * with {@code <file>:<line>: } and whose hint says how to fix it.
 *
 * <p>Marker lines are recognized on any line of the file, even inside a multi-line string, since
 * the parser does not know the dialect.
 */
public final class RevisionFileParser {
    private static final Pattern MARKER = Pattern.compile("\\s*--\\s*\\+([A-Za-z][A-Za-z0-9_-]*)(.*)");
    private static final String UPGRADE = "upgrade";
    private static final String DOWNGRADE = "downgrade";
    /** What may follow a marker's word: a dialect name, optionally followed by a comment. */
    private static final Pattern DIALECT = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)\\s*(--.*)?");

    private RevisionFileParser() {}

    /** Reads (strict UTF-8) and parses {@code file}. */
    public static RevisionFile parse(Path file) {
        Objects.requireNonNull(file, "file");
        return parse(file, Utf8Files.read(file));
    }

    /** Parses {@code content}; {@code file} is used in error messages and the result. */
    public static RevisionFile parse(Path file, String content) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(content, "content");
        String name = file.toString();
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        SourceLines lines = SourceLines.of(text);
        RevisionHeader header = new RevisionHeader(name);
        Map<String, Integer> markers = new LinkedHashMap<>();
        for (int n = 1; n <= lines.count(); n++) {
            String line = lines.line(n);
            String marker = marker(name, line, n);
            if (marker != null) {
                Integer previous = markers.putIfAbsent(marker, n);
                if (previous != null) {
                    throw error(name, n, "second `-- +" + marker.replace(':', ' ') + "` marker (the first is at line "
                                    + previous + ")",
                            "a revision has one upgrade and one downgrade section (and one of each per dialect);"
                                    + " merge the two");
                }
            } else if (markers.isEmpty()) {
                headerAreaLine(name, header, line, n);
            } else {
                refuseLateHeader(name, line, n, markers.values().iterator().next());
            }
        }
        header.finish();
        return file(file, header, text, lines, markers);
    }

    private static RevisionFile file(Path file, RevisionHeader header, String text, SourceLines lines,
            Map<String, Integer> markers) {
        if (markers.keySet().stream().noneMatch(k -> k.startsWith(UPGRADE))) {
            int at = markers.values().stream().findFirst().orElse(1);
            throw error(file.toString(), at, "no `-- +upgrade` section",
                    "add a line `-- +upgrade` followed by the SQL that applies this revision");
        }
        List<Integer> starts = new ArrayList<>(markers.values());
        Collections.sort(starts);
        Map<String, Section> upgrades = new HashMap<>();
        Map<String, Section> downgrades = new HashMap<>();
        Section upgrade = Section.absent();
        Section downgrade = Section.absent();
        for (Map.Entry<String, Integer> m : markers.entrySet()) {
            int at = m.getValue();
            int next = starts.indexOf(at) + 1;
            int end = next < starts.size() ? lines.start(starts.get(next)) : text.length();
            Section section = new Section(text.substring(lines.start(at + 1), end), at + 1, true);
            String key = m.getKey();
            int colon = key.indexOf(':');
            boolean up = key.startsWith(UPGRADE);
            if (colon < 0 && up) {
                upgrade = section;
            } else if (colon < 0) {
                downgrade = section;
            } else {
                (up ? upgrades : downgrades).put(key.substring(colon + 1), section);
            }
        }
        return new RevisionFile(file, header.revision(), header.revises(), header.message(),
                header.created(), header.branchLabels(), header.dependsOn(), header.transactional(),
                upgrade, downgrade, upgrades, downgrades);
    }

    /**
     * Splits the shared upgrade (or downgrade) section of {@code file}; a splitting error becomes a
     * {@link GodwitException} prefixed with {@code <file>:<line>: }.
     */
    public static List<Statement> statements(RevisionFile file, boolean upgrade, SplitterOptions options) {
        return statements(file, upgrade, null, options, null);
    }

    /**
     * Like {@link #statements(RevisionFile, boolean, SplitterOptions)}; with {@code tokens}, also
     * writes the statements' tokens for a checksum there (see {@link StatementSplitter}).
     */
    public static List<Statement> statements(RevisionFile file, boolean upgrade, SplitterOptions options,
            StringBuilder tokens) {
        return statements(file, upgrade, null, options, tokens);
    }

    /**
     * Splits the section of {@code file} that runs on {@code dialect} (see
     * {@link RevisionFile#upgrade(String)}; null for the shared one); with {@code tokens}, also
     * writes the statements' tokens for a checksum there.
     */
    public static List<Statement> statements(RevisionFile file, boolean upgrade, String dialect,
            SplitterOptions options, StringBuilder tokens) {
        Section section = file.section(upgrade, dialect);
        try {
            return tokens == null ? section.statements(options) : section.statements(options, tokens);
        } catch (ScriptSyntaxException e) {
            throw new GodwitException(ErrorCode.BAD_REVISION_FILE, file.path() + ":" + e.line() + ": " + e.getMessage(),
                    e.hint(), e, Map.of("file", String.valueOf(file.path()), "line", String.valueOf(e.line())));
        }
    }

    /**
     * "upgrade", "downgrade", "upgrade:NAME" or "downgrade:NAME" (NAME a database name), or null
     * for a line that is no section marker.
     */
    private static String marker(String file, String line, int n) {
        if (line.indexOf('+') < 0) {
            return null; // most lines: no marker can be on them, and the regular expression is not run
        }
        Matcher m = MARKER.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        String rest = m.group(2).strip();
        boolean known = word.equals(UPGRADE) || word.equals(DOWNGRADE);
        if (!known) {
            throw error(file, n, "unknown section marker `" + line.strip() + "`",
                    "Godwit knows `-- +upgrade` and `-- +downgrade`, each alone on its line or followed by a"
                            + " dialect (" + SectionDialects.known() + ")");
        }
        Matcher d = DIALECT.matcher(rest);
        boolean word1 = d.matches();
        String dialect = word1 ? SectionDialects.canonical(d.group(1)) : null;
        if (dialect != null) {
            return word + ":" + dialect;
        }
        if (!rest.isEmpty() && !rest.startsWith("--")) {
            throw error(file, n, "unexpected text after `-- +" + word + "`: `" + (word1 ? d.group(1) : rest) + "`",
                    "put `-- +" + word + "` alone on its line (or followed by one of the dialects "
                            + SectionDialects.known() + ", for a section only that database runs)"
                            + " and the SQL on the lines below");
        }
        return word;
    }

    private static void headerAreaLine(String file, RevisionHeader header, String line, int n) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        if (trimmed.startsWith("--")) {
            header.acceptComment(line, n);
            return;
        }
        throw error(file, n, "statement outside a section: `" + new Statement(trimmed, n, 1).shortened(60) + "`",
                "put SQL below a `-- +upgrade` or `-- +downgrade` line");
    }

    /**
     * A header line below the first section marker would be taken for an SQL comment and change
     * nothing; it is refused, so that e.g. a `-- transaction: false` written there is not silently
     * ignored.
     */
    private static void refuseLateHeader(String file, String line, int n, int firstMarker) {
        String key = RevisionHeader.knownKey(line);
        if (key != null) {
            throw error(file, n, "header `-- " + key + ":` below the section marker at line " + firstMarker
                            + " would be ignored",
                    "move the line into the header, above line " + firstMarker
                            + " (or reword the comment so it does not read `-- " + key + ": …`)");
        }
    }


    private static GodwitException error(String file, int line, String message, String hint) {
        return new GodwitException(ErrorCode.BAD_REVISION_FILE, file + ":" + line + ": " + message, hint, null,
                Map.of("file", String.valueOf(file), "line", String.valueOf(line)));
    }
}
