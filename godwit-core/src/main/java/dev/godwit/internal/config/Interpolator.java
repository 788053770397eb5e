package dev.godwit.internal.config;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.util.Map;

/**
 * Expands {@code ${VAR}} and {@code ${VAR:-default}} in config strings from the process
 * environment; {@code $${} stands for a literal {@code ${}. As in the shell, the default is used
 * when the variable is unset or empty. Defaults are taken literally (no nested {@code ${}}).
 */
final class Interpolator {
    private Interpolator() {}

    /**
     * {@code template} with its variables replaced from {@code env}.
     *
     * @param where names the value for errors, e.g. "key 'url' in /app/godwit.toml (line 3)";
     *     errors never quote the template itself, which may hold a password
     */
    static String expand(String template, Map<String, String> env, String where) {
        if (template.indexOf('$') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length());
        int n = template.length();
        int i = 0;
        while (i < n) {
            char c = template.charAt(i);
            if (c != '$') {
                out.append(c);
                i++;
            } else if (template.startsWith("$${", i)) {
                out.append("${");
                i += 3;
            } else if (template.startsWith("${", i)) {
                int close = template.indexOf('}', i + 2);
                if (close < 0) {
                    throw new GodwitException(ErrorCode.BAD_CONFIGURATION,
                            "A '${' in " + where + " has no closing '}'.",
                            "Write ${NAME} or ${NAME:-default}; write $${ for a literal '${'.");
                }
                out.append(lookup(template.substring(i + 2, close), env, where));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String lookup(String inner, Map<String, String> env, String where) {
        int sep = inner.indexOf(":-");
        String name = sep >= 0 ? inner.substring(0, sep) : inner;
        String fallback = sep >= 0 ? inner.substring(sep + 2) : null;
        if (!isName(name)) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION,
                    "'${" + (isPrintableName(name) ? name : "...") + "}' in " + where
                    + " is not a variable reference.",
                    "Variable names are letters, digits and '_', not starting with a digit:"
                            + " ${NAME} or ${NAME:-default}. Write $${ for a literal '${'.");
        }
        if (fallback != null && fallback.contains("${")) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION,
                    "The default of ${" + name + "} in " + where + " holds another '${'.",
                    "Defaults are plain text; nested variables are not supported.");
        }
        String value = env.get(name);
        if (value == null || (fallback != null && value.isEmpty())) {
            if (fallback == null) {
                throw new GodwitException(ErrorCode.BAD_CONFIGURATION,
                        "The environment variable " + name + " is not set, and " + where
                        + " uses it.", "Set " + name + ", or give a default: ${" + name + ":-value}.");
            }
            return fallback;
        }
        return value;
    }

    private static boolean isName(String name) {
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    /** Short enough and free of URL syntax to quote safely in an error. */
    private static boolean isPrintableName(String name) {
        return name.length() <= 40 && name.indexOf('@') < 0 && name.indexOf(':') < 0 && name.indexOf('/') < 0;
    }
}
