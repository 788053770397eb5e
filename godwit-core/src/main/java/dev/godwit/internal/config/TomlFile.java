package dev.godwit.internal.config;

import com.electronwill.nightconfig.core.UnmodifiableConfig;
import com.electronwill.nightconfig.core.io.ParsingException;
import com.electronwill.nightconfig.toml.TomlParser;
import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A parsed TOML file that still knows its text, so errors can name the line a key is on
 * (night-config keeps no positions). Syntax errors become one {@link GodwitException} with the
 * file, the line and the parser's reason, any secret in the reason hidden.
 */
final class TomlFile {
    private final Path file;
    private final List<String> lines;
    private final Map<String, Object> root;

    private TomlFile(Path file, List<String> lines, Map<String, Object> root) {
        this.file = file;
        this.lines = lines;
        this.root = root;
    }

    /** Reads and parses {@code file} (UTF-8, an optional byte order mark skipped). */
    static TomlFile read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION,
                    "The config file " + file + " is not valid UTF-8.", "Save it as UTF-8.", e);
        } catch (IOException e) {
            throw new GodwitException(ErrorCode.IO_FAILED,
                    "Cannot read the config file " + file + ": " + e.getMessage() + ".",
                    "Check that the file exists and is readable.", e);
        }
        return parse(file, text);
    }

    /** Parses {@code text} as the content of {@code file}. */
    static TomlFile parse(Path file, String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<String> lines = text.lines().toList();
        LineTrackingReader reader = new LineTrackingReader(new StringReader(text));
        try {
            return new TomlFile(file, lines, toMap(new TomlParser().parse(reader)));
        } catch (ParsingException e) {
            int line = reader.lastLine();
            GodwitException unquoted = unquotedValue(file, lineText(lines, line), line);
            if (unquoted != null) {
                throw unquoted;
            }
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION, "Syntax error in " + file + " at line " + line + ": "
                    + safeReason(e.getMessage(), lineText(lines, line)),
                    "Fix the TOML at that line: strings need quotes (url = \"sqlite:///godwit.db\"),"
                            + " one key = value per line, tables as [environments.NAME].", null, at(file, line));
        }
    }

    Path file() {
        return file;
    }

    /** The top-level table; tables are nested maps, arrays lists, in the order of the file where kept. */
    Map<String, Object> root() {
        return root;
    }

    private static Map<String, Object> toMap(UnmodifiableConfig config) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (UnmodifiableConfig.Entry entry : config.entrySet()) {
            map.put(entry.getKey(), plain(entry.getRawValue()));
        }
        return map;
    }

    private static Object plain(Object value) {
        if (value instanceof UnmodifiableConfig) {
            return toMap((UnmodifiableConfig) value);
        }
        if (value instanceof List) {
            List<Object> list = new ArrayList<>();
            for (Object item : (List<?>) value) {
                list.add(plain(item));
            }
            return list;
        }
        return value;
    }

    /**
     * The 1-based line where the key {@code path} (or a table under it) is defined, or -1 when it
     * cannot be told (inline tables, say).
     */
    int lineOf(List<String> path) {
        List<String> section = List.of();
        String openMultiline = null;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (openMultiline != null) {
                if (t.contains(openMultiline)) {
                    openMultiline = null;
                }
                continue;
            }
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("[")) {
                String header = t.startsWith("[[") ? t.substring(2) : t.substring(1);
                int close = indexOutsideQuotes(header, ']');
                section = splitKey(close >= 0 ? header.substring(0, close) : header);
                if (startsWith(section, path)) {
                    return i + 1;
                }
                continue;
            }
            int eq = indexOutsideQuotes(t, '=');
            if (eq < 0) {
                continue;
            }
            List<String> full = new ArrayList<>(section);
            full.addAll(splitKey(t.substring(0, eq)));
            if (startsWith(full, path)) {
                return i + 1;
            }
            String value = t.substring(eq + 1).strip();
            for (String delimiter : new String[] {"\"\"\"", "'''"}) {
                if (value.startsWith(delimiter) && !value.substring(3).contains(delimiter)) {
                    openMultiline = delimiter;
                }
            }
        }
        return -1;
    }

    /** " (line N)" for the key {@code path}, or "" when its line is unknown. */
    String lineSuffix(List<String> path) {
        int line = lineOf(path);
        return line > 0 ? " (line " + line + ")" : "";
    }

    /**
     * The error for a line {@code key = value} whose value is text without quotes (url =
     * sqlite:///t.db): the parser's own words ("Invalid sequence 116e in number…") do not say so.
     * Null when the line is not of that kind.
     */
    private static GodwitException unquotedValue(Path file, String lineText, int line) {
        int eq = indexOutsideQuotes(lineText, '=');
        if (eq <= 0 || lineText.strip().startsWith("[")) {
            return null;
        }
        String key = lineText.substring(0, eq).strip();
        String value = lineText.substring(eq + 1).strip();
        if (value.isEmpty() || "\"'[{".indexOf(value.charAt(0)) >= 0
                || value.matches("(true|false|[+-]?(inf|nan)|[+-]?[0-9_]+(\\.[0-9_]+)?([eE][+-]?[0-9_]+)?"
                        + "|0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+|\\d{4}-\\d\\d-\\d\\d[^#]*|\\d\\d:\\d\\d[^#]*)(\\s*#.*)?")) {
            return null;
        }
        ConfigKey known = ConfigKey.byName(key);
        if (known != null && known.type == ConfigKey.Type.BOOLEAN) {
            return new GodwitException(ErrorCode.BAD_CONFIGURATION,
                    "Syntax error in " + file + " at line " + line + ": the value of '" + key
                    + "' must be true or false.", "Write " + key + " = true or " + key + " = false.", null,
                    at(file, line, key));
        }
        boolean secret = ServerUrl.isSecretName(key.replace("\"", "").replace("'", ""));
        String example = secret ? key + " = \"...\"" : key + " = \"" + UrlMasking.maskText(value) + "\"";
        return new GodwitException(ErrorCode.BAD_CONFIGURATION,
                "Syntax error in " + file + " at line " + line + ": the value of '" + key
                + "' is text and must be quoted.", "Write it in quotes: " + example
                + " (single quotes keep backslashes as they are).", null, at(file, line, key));
    }

    /** The details of a syntax error: {@code file}, {@code line} and, when known, {@code key}. */
    private static Map<String, String> at(Path file, int line, String... key) {
        return key.length == 0 ? Map.of("file", String.valueOf(file), "line", String.valueOf(line))
                : Map.of("file", String.valueOf(file), "line", String.valueOf(line), "key", key[0]);
    }

    /** The parser's reason, with URLs masked and hidden altogether on a line setting a password. */
    private static String safeReason(String reason, String lineText) {
        int eq = lineText.indexOf('=');
        String key = eq >= 0 ? lineText.substring(0, eq).toLowerCase(Locale.ROOT) : "";
        if (key.contains("password")) {
            return "invalid value for a password (the details are not shown, they would show the password)";
        }
        String r = reason == null ? "invalid TOML" : reason.strip();
        return UrlMasking.maskText(r);
    }

    private static String lineText(List<String> lines, int line) {
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }

    private static boolean startsWith(List<String> full, List<String> prefix) {
        return full.size() >= prefix.size() && full.subList(0, prefix.size()).equals(prefix);
    }

    /** {@code a."b.c" . d} as [a, b.c, d]. */
    private static List<String> splitKey(String key) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '.') {
                parts.add(current.toString().strip());
                current.setLength(0);
            } else if (!Character.isWhitespace(c)) {
                current.append(c);
            }
        }
        parts.add(current.toString().strip());
        return parts;
    }

    private static int indexOutsideQuotes(String s, char target) {
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == target) {
                return i;
            }
        }
        return -1;
    }
}
