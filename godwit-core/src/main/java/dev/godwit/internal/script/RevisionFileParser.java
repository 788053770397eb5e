package dev.godwit.internal.script;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a revision file: the {@code -- key: value} header, then the {@code -- +upgrade} and
 * {@code -- +downgrade} sections. Every error is a {@link GodwitException} whose message starts
 * with {@code <file>:<line>: } and whose hint says how to fix it.
 *
 * <p>Marker lines are recognized on any line of the file, even inside a multi-line string, since
 * the parser does not know the dialect.
 */
public final class RevisionFileParser {
    private static final Pattern MARKER = Pattern.compile("\\s*--\\s*\\+([A-Za-z][A-Za-z0-9_-]*)(.*)");
    private static final String UPGRADE = "upgrade";
    private static final String DOWNGRADE = "downgrade";

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
        int upgradeAt = 0;
        int downgradeAt = 0;
        for (int n = 1; n <= lines.count(); n++) {
            String line = lines.line(n);
            String marker = marker(name, line, n);
            if (UPGRADE.equals(marker)) {
                upgradeAt = firstMarker(name, UPGRADE, upgradeAt, n);
            } else if (DOWNGRADE.equals(marker)) {
                downgradeAt = firstMarker(name, DOWNGRADE, downgradeAt, n);
            } else if (upgradeAt == 0 && downgradeAt == 0) {
                headerAreaLine(name, header, line, n);
            } else {
                refuseLateHeader(name, line, n, firstSection(upgradeAt, downgradeAt));
            }
        }
        header.finish();
        if (upgradeAt == 0) {
            int at = downgradeAt == 0 ? 1 : downgradeAt;
            throw error(name, at, "no `-- +upgrade` section",
                    "add a line `-- +upgrade` followed by the SQL that applies this revision");
        }
        return new RevisionFile(file, header.revision(), header.revises(), header.message(),
                header.created(), header.branchLabels(), header.dependsOn(), header.transactional(),
                section(text, lines, upgradeAt, downgradeAt),
                downgradeAt == 0 ? Section.absent() : section(text, lines, downgradeAt, upgradeAt));
    }

    /**
     * Splits the upgrade (or downgrade) section of {@code file}; a splitting error becomes a
     * {@link GodwitException} prefixed with {@code <file>:<line>: }.
     */
    public static List<Statement> statements(RevisionFile file, boolean upgrade, SplitterOptions options) {
        return statements(file, upgrade, options, null);
    }

    /**
     * Like {@link #statements(RevisionFile, boolean, SplitterOptions)}; with {@code tokens}, also
     * writes the statements' tokens for a checksum there (see {@link StatementSplitter}).
     */
    public static List<Statement> statements(RevisionFile file, boolean upgrade, SplitterOptions options,
            StringBuilder tokens) {
        Section section = upgrade ? file.upgrade() : file.downgrade();
        try {
            return tokens == null ? section.statements(options) : section.statements(options, tokens);
        } catch (ScriptSyntaxException e) {
            throw new GodwitException(ErrorCode.BAD_REVISION_FILE, file.path() + ":" + e.line() + ": " + e.getMessage(),
                    e.hint(), e, Map.of("file", String.valueOf(file.path()), "line", String.valueOf(e.line())));
        }
    }

    /** "upgrade", "downgrade" or null for a line that is no section marker. */
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
                    "Godwit knows `-- +upgrade` and `-- +downgrade`, each alone on its line");
        }
        if (!rest.isEmpty() && !rest.startsWith("--")) {
            throw error(file, n, "unexpected text after `-- +" + word + "`: `" + rest + "`",
                    "put `-- +" + word + "` alone on its line and the SQL on the lines below");
        }
        return word;
    }

    private static int firstSection(int upgradeAt, int downgradeAt) {
        return upgradeAt == 0 ? downgradeAt : downgradeAt == 0 ? upgradeAt : Math.min(upgradeAt, downgradeAt);
    }

    private static int firstMarker(String file, String word, int previous, int n) {
        if (previous != 0) {
            throw error(file, n, "second `-- +" + word + "` marker (the first is at line " + previous + ")",
                    "a revision has one upgrade and one downgrade section; merge the two");
        }
        return n;
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

    private static Section section(String text, SourceLines lines, int markerLine, int otherMarker) {
        int start = lines.start(markerLine + 1);
        int end = otherMarker > markerLine ? lines.start(otherMarker) : text.length();
        return new Section(text.substring(start, end), markerLine + 1, true);
    }

    private static GodwitException error(String file, int line, String message, String hint) {
        return new GodwitException(ErrorCode.BAD_REVISION_FILE, file + ":" + line + ": " + message, hint, null,
                Map.of("file", String.valueOf(file), "line", String.valueOf(line)));
    }
}
