package dev.godwit.internal.script;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Creates revision files: fresh ids, file names from a template, and the file text itself, with
 * shared sections and sections per dialect ({@link NewRevision#dialectSections()}).
 */
public final class RevisionFileWriter {
    /** The file-name template used when none is configured. */
    public static final String DEFAULT_FILE_TEMPLATE = FileNameTemplate.DEFAULT;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_SLUG = 40;

    private RevisionFileWriter() {}

    /** A new revision id: 12 lowercase hex characters. */
    public static String newRevisionId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        StringBuilder id = new StringBuilder(12);
        for (byte b : bytes) {
            id.append(String.format("%02x", b & 0xFF));
        }
        return id.toString();
    }

    /**
     * A file-name friendly form of {@code message}: lowercase ASCII (accents dropped), each run of
     * other characters as {@code _}, no leading or trailing {@code _}, at most 40 characters;
     * "revision" when nothing is left.
     */
    public static String slug(String message) {
        String ascii = message == null ? ""
                : Normalizer.normalize(message, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < ascii.length() && out.length() < MAX_SLUG; i++) {
            char c = ascii.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && out.length() > 0) {
                    out.append('_');
                }
                gap = false;
                out.append(c);
            } else {
                gap = true;
            }
        }
        String slug = out.length() > MAX_SLUG ? out.substring(0, MAX_SLUG) : out.toString();
        while (slug.endsWith("_")) {
            slug = slug.substring(0, slug.length() - 1);
        }
        return slug.isEmpty() ? "revision" : slug;
    }

    /**
     * The file name for a new revision from {@code template} (null or blank: {@link
     * #DEFAULT_FILE_TEMPLATE}). Placeholders: {@code {date}} (yyyyMMdd), {@code {time}} (HHmmss),
     * {@code {rev}}, {@code {slug}}, {@code {year}}, {@code {month}}, {@code {day}}, {@code
     * {hour}}, {@code {minute}}, {@code {second}}, {@code {epoch}}; times in UTC. Appends {@code
     * .sql} when missing.
     *
     * @throws GodwitException for an unknown placeholder or a name that is not a plain file name
     */
    public static String fileName(String template, String id, String slug, Instant created) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(created, "created");
        return FileNameTemplate.expand(template, id, slug, created);
    }

    /**
     * The text of a revision file: header, then the upgrade sections (shared first, then
     * postgresql, mysql, sqlite), then the downgrade sections in the same order. A revision with
     * shared sections only gives the same text as before sections per dialect existed.
     */
    public static String render(NewRevision r) {
        StringBuilder out = new StringBuilder();
        out.append("-- revision: ").append(r.id()).append('\n');
        header(out, "revises", String.join(", ", r.revises()));
        header(out, "message", oneLine(r.message()));
        if (r.created() != null) {
            header(out, "created",
                    DateTimeFormatter.ISO_INSTANT.format(r.created().truncatedTo(ChronoUnit.SECONDS)));
        }
        if (!r.branchLabels().isEmpty()) {
            header(out, "branch-labels", String.join(", ", r.branchLabels()));
        }
        if (!r.dependsOn().isEmpty()) {
            header(out, "depends-on", String.join(", ", r.dependsOn()));
        }
        if (!r.transactional()) {
            header(out, "transaction", "false");
        }
        out.append('\n');
        List<String> dialects = new ArrayList<>(r.dialectSections().keySet());
        dialects.remove("");
        dialects.sort(Comparator.comparingInt(SectionDialects::rank));
        boolean first = true;
        for (boolean up : new boolean[] {true, false}) {
            if (r.hasShared()) {
                first = section(out, up, "", up ? r.upgradeSql() : r.downgradeSql(), first, r.notes());
            }
            for (String dialect : dialects) {
                SectionText text = r.dialectSections().get(dialect);
                first = section(out, up, dialect, up ? text.upgradeSql() : text.downgradeSql(), first, r.notes());
            }
        }
        return out.toString();
    }

    /** Appends one section (a blank line before all but the first); the first gets the notes. */
    private static boolean section(StringBuilder out, boolean up, String dialect, String sql, boolean first,
            List<String> notes) {
        if (!first) {
            out.append('\n');
        }
        out.append(up ? "-- +upgrade" : "-- +downgrade");
        out.append(dialect.isEmpty() ? "" : " " + dialect).append('\n');
        if (first) {
            for (String note : notes) {
                for (String line : note.split("\\R", -1)) {
                    out.append(line.startsWith("--") ? "" : "-- ").append(line.stripTrailing()).append('\n');
                }
            }
        }
        body(out, sql);
        return false;
    }

    /**
     * Writes {@code r} to a new file in {@code dir} (created if needed), named by {@code
     * fileTemplate}, and returns its path.
     *
     * @throws GodwitException when the file exists already or cannot be written
     */
    public static Path write(Path dir, String fileTemplate, NewRevision r) {
        Instant created = r.created() == null ? Instant.now() : r.created();
        Path file = dir.resolve(fileName(fileTemplate, r.id(), slug(r.message()), created));
        try {
            Files.createDirectories(dir);
            Files.writeString(file, render(r), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new GodwitException(ErrorCode.ALREADY_EXISTS, file + " already exists; not overwriting it",
                    "use another message, or add {rev} to the file name template");
        } catch (IOException e) {
            throw new GodwitException(ErrorCode.IO_FAILED, "cannot write " + file + " (" + e.getMessage() + ")",
                    "check that the migrations folder is writable");
        }
        return file;
    }

    private static void header(StringBuilder out, String key, String value) {
        out.append("-- ").append(key).append(':');
        if (!value.isEmpty()) {
            out.append(' ').append(value);
        }
        out.append('\n');
    }

    /** Appends {@code sql} without leading blank lines or trailing white space, or one blank line. */
    private static void body(StringBuilder out, String sql) {
        String trimmed = sql.stripTrailing();
        int start = 0;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c == '\n' || c == '\r') {
                start = i + 1;
            } else if (!SqlLexer.isSpace(c)) {
                break;
            }
        }
        out.append(trimmed, start, trimmed.length()).append('\n');
    }

    private static String oneLine(String text) {
        return SqlNormalizer.collapseWhiteSpace(text);
    }
}
