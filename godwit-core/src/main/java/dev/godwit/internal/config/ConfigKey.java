package dev.godwit.internal.config;

import java.util.List;
import java.util.StringJoiner;

/**
 * The keys {@code godwit.toml} accepts, at its top level and in {@code [environments.NAME]} tables,
 * each with the type of value it takes. Anything else is an error, so a typo is never ignored.
 */
enum ConfigKey {
    URL("url", Type.STRING),
    USER("user", Type.STRING),
    PASSWORD("password", Type.STRING),
    MIGRATIONS("migrations", Type.STRING),
    FILE_TEMPLATE("file_template", Type.STRING),
    VERSION_TABLE("version_table", Type.STRING),
    HISTORY_TABLE("history_table", Type.STRING),
    SCHEMA("schema", Type.STRING),
    LOCK_TIMEOUT("lock_timeout", Type.DURATION),
    CONNECT_TIMEOUT("connect_timeout", Type.DURATION),
    STATEMENT_LOCK_TIMEOUT("statement_lock_timeout", Type.DURATION),
    CONFIRM("confirm", Type.BOOLEAN),
    BACKUP("backup", Type.BOOLEAN),
    BACKUP_DIR("backup_dir", Type.STRING),
    BACKUP_COMMAND("backup_command", Type.STRING),
    MODEL("model", Type.STRING),
    DEV_URL("dev_url", Type.STRING),
    DEV_URLS("dev_urls", Type.STRING_LIST),
    DIALECTS("dialects", Type.STRING_LIST),
    EXCLUDE_TABLES("exclude_tables", Type.STRING_LIST),
    EXCLUDE_TOOL_TABLES("exclude_tool_tables", Type.BOOLEAN),
    CLASSPATH("classpath", Type.STRING_LIST),
    JAVA_REVISIONS("java_revisions", Type.STRING_LIST),
    JPA_PHYSICAL_NAMING("jpa_physical_naming", Type.STRING),
    JPA_IMPLICIT_NAMING("jpa_implicit_naming", Type.STRING);

    /** The top-level key holding the named environments. */
    static final String ENVIRONMENTS = "environments";

    /** The kinds of value a key takes, each with how an error names it. */
    enum Type {
        STRING("a string"),
        BOOLEAN("true or false"),
        DURATION("a number of seconds or a string like \"90s\", \"2m\", \"1h\""),
        STRING_LIST("an array of strings");

        final String expected;

        Type(String expected) {
            this.expected = expected;
        }
    }

    final String key;
    final Type type;

    ConfigKey(String key, Type type) {
        this.key = key;
        this.type = type;
    }

    /** The key named {@code name}, or null when there is none. */
    static ConfigKey byName(String name) {
        for (ConfigKey k : values()) {
            if (k.key.equals(name)) {
                return k;
            }
        }
        return null;
    }

    /** Whether {@code value}, as night-config gives it, has the type this key takes. */
    boolean accepts(Object value) {
        switch (type) {
            case STRING:
                return value instanceof String;
            case BOOLEAN:
                return value instanceof Boolean;
            case DURATION:
                return value instanceof String || value instanceof Integer || value instanceof Long;
            case STRING_LIST:
                if (!(value instanceof List)) {
                    return false;
                }
                for (Object item : (List<?>) value) {
                    if (!(item instanceof String)) {
                        return false;
                    }
                }
                return true;
            default:
                return false;
        }
    }

    /** "url, user, ...": every key, for error hints. */
    static String knownKeys() {
        StringJoiner joiner = new StringJoiner(", ");
        for (ConfigKey k : values()) {
            joiner.add(k.key);
        }
        return joiner.toString();
    }

    /** The known key closest to {@code name} when it looks like a typo of it, else null. */
    static String suggest(String name, boolean topLevel) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ConfigKey k : values()) {
            int d = distance(name.toLowerCase(java.util.Locale.ROOT), k.key);
            if (d < bestDistance) {
                bestDistance = d;
                best = k.key;
            }
        }
        if (topLevel && distance(name, ENVIRONMENTS) < bestDistance) {
            bestDistance = distance(name, ENVIRONMENTS);
            best = ENVIRONMENTS;
        }
        return bestDistance <= Math.max(1, Math.min(3, name.length() / 3)) ? best : null;
    }

    /** How a TOML value is named in a type error. */
    static String describe(Object value) {
        if (value instanceof String) {
            return "a string";
        } else if (value instanceof Boolean) {
            return "a boolean";
        } else if (value instanceof Integer || value instanceof Long) {
            return "an integer";
        } else if (value instanceof Number) {
            return "a float";
        } else if (value instanceof List) {
            return "an array";
        } else if (value instanceof java.util.Map) {
            return "a table";
        } else if (value instanceof java.time.temporal.Temporal) {
            return "a date or time";
        }
        return "a " + value.getClass().getSimpleName();
    }

    /**
     * Edit distance for typo suggestions: insertions, deletions, substitutions and swaps of two
     * neighbouring letters each count 1, so {@code modle} is as close to {@code model} as {@code
     * bakup} is to {@code backup}.
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
