package dev.godwit.internal.javarev;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.internal.script.NewRevision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a new Java revision into the migrations folder: a class named from the message
 * ({@code "backfill emails"} gives {@code BackfillEmails.java}; with the id appended when that file
 * exists), its header methods filled in, {@code upgrade} and {@code downgrade} to write.
 */
public final class JavaRevisionTemplate {
    private JavaRevisionTemplate() {
    }

    /** Writes {@code revision} as a Java class into {@code folder}; the file written. */
    public static Path write(Path folder, NewRevision revision) {
        String name = className(revision.message(), revision.id());
        Path file = folder.resolve(name + ".java");
        if (Files.exists(file)) {
            name = name + "_" + revision.id();
            file = folder.resolve(name + ".java");
        }
        try {
            Files.createDirectories(folder);
            Files.writeString(file, text(name, revision), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            return file;
        } catch (FileAlreadyExistsException e) {
            throw new GodwitException(ErrorCode.ALREADY_EXISTS, "The file " + file + " already exists",
                    "Give the revision another message or id.", e, Map.of("revision", revision.id()));
        } catch (IOException e) {
            throw new GodwitException(ErrorCode.IO_FAILED, "Could not write " + file + ": " + e.getMessage(),
                    "Check that the migrations folder is writable.", e, Map.of("file", file.toString()));
        }
    }

    /** "backfill emails" → "BackfillEmails": ASCII letters and digits, each word capitalised. */
    static String className(String message, String id) {
        String ascii = Normalizer.normalize(message == null ? "" : message, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        StringBuilder name = new StringBuilder();
        for (String word : ascii.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty() && name.length() < 60) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        if (name.length() == 0 || Character.isDigit(name.charAt(0))) {
            name.insert(0, "Revision" + (name.length() == 0 ? "_" + id : ""));
        }
        return name.toString();
    }

    private static String text(String name, NewRevision r) {
        StringBuilder t = new StringBuilder();
        t.append("import dev.godwit.api.JavaRevision;\n")
                .append("import dev.godwit.api.RevisionContext;\n")
                .append("import java.util.List;\n\n")
                .append("/** ").append(javadoc(r.message())).append(" */\n")
                .append("public class ").append(name).append(" implements JavaRevision {\n");
        method(t, "String", "id", quoted(r.id()));
        method(t, "List<String>", "revises", list(r.revises()));
        method(t, "String", "message", quoted(r.message() == null ? "" : r.message()));
        if (!r.branchLabels().isEmpty()) {
            method(t, "List<String>", "branchLabels", list(r.branchLabels()));
        }
        if (!r.dependsOn().isEmpty()) {
            method(t, "List<String>", "dependsOn", list(r.dependsOn()));
        }
        t.append("    @Override\n    public void upgrade(RevisionContext ctx) throws Exception {\n")
                .append("        // e.g. ctx.inBatches(\"SELECT id, ... FROM ... WHERE id > ? ORDER BY id\", 0, 500, rows -> ...);\n")
                .append("    }\n\n")
                .append("    @Override\n    public void downgrade(RevisionContext ctx) throws Exception {\n")
                .append("    }\n}\n");
        return t.toString();
    }

    private static void method(StringBuilder t, String type, String name, String value) {
        t.append("    @Override\n    public ").append(type).append(' ').append(name).append("() {\n        return ")
                .append(value).append(";\n    }\n\n");
    }

    private static String list(List<String> items) {
        StringBuilder b = new StringBuilder("List.of(");
        for (int i = 0; i < items.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(quoted(items.get(i)));
        }
        return b.append(')').toString();
    }

    private static String quoted(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static String javadoc(String message) {
        String text = message == null || message.isBlank() ? "A Java revision." : message;
        return text.replace("*/", "* /");
    }
}
