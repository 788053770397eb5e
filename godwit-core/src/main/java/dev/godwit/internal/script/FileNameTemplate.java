package dev.godwit.internal.script;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Expands a revision file-name template such as {@code {date}_{time}_{rev}_{slug}}. Times are
 * UTC; {@code .sql} is appended when the result lacks it.
 */
final class FileNameTemplate {
    static final String DEFAULT = "{date}_{time}_{rev}_{slug}";
    static final List<String> PLACEHOLDERS = List.of("{date}", "{time}", "{rev}", "{slug}", "{year}",
            "{month}", "{day}", "{hour}", "{minute}", "{second}", "{epoch}");

    private FileNameTemplate() {}

    static String expand(String template, String id, String slug, Instant created) {
        String t = template == null || template.isBlank() ? DEFAULT : template.strip();
        ZonedDateTime utc = created.atZone(ZoneOffset.UTC);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int close = t.indexOf('}', i);
            if (close < 0) {
                throw new GodwitException(ErrorCode.BAD_CONFIGURATION,
                        "file name template `" + t + "` has a `{` without `}`",
                        "known placeholders: " + String.join(", ", PLACEHOLDERS));
            }
            out.append(value(t, t.substring(i + 1, close), id, slug, utc));
            i = close + 1;
        }
        String name = out.toString();
        if (!name.endsWith(".sql")) {
            name += ".sql";
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.startsWith(".")) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION, "file name template `" + t + "` gives `" + name
                    + "`, which is not a plain visible file name",
                    "use no / or \\ and do not start the template with a dot");
        }
        return name;
    }

    private static String value(String template, String placeholder, String id, String slug, ZonedDateTime t) {
        switch (placeholder) {
            case "date":
                return String.format("%04d%02d%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth());
            case "time":
                return String.format("%02d%02d%02d", t.getHour(), t.getMinute(), t.getSecond());
            case "rev":
                return id;
            case "slug":
                return slug;
            case "year":
                return String.format("%04d", t.getYear());
            case "month":
                return String.format("%02d", t.getMonthValue());
            case "day":
                return String.format("%02d", t.getDayOfMonth());
            case "hour":
                return String.format("%02d", t.getHour());
            case "minute":
                return String.format("%02d", t.getMinute());
            case "second":
                return String.format("%02d", t.getSecond());
            case "epoch":
                return Long.toString(t.toEpochSecond());
            default:
                throw new GodwitException(ErrorCode.BAD_CONFIGURATION,
                        "unknown placeholder {" + placeholder + "} in file name template `"
                        + template + "`", "known placeholders: " + String.join(", ", PLACEHOLDERS));
        }
    }
}
