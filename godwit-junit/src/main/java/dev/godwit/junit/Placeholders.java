package dev.godwit.junit;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ${NAME}} and {@code ${NAME:-default}} in an annotation's value: the system property NAME,
 * else the environment variable NAME, else the default; a blank value counts as unset.
 */
final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.]*)(:-([^}]*))?}");

    private Placeholders() {
    }

    static String expand(String value, String where) {
        return expand(value, where, name -> {
            String property = System.getProperty(name);
            return property != null && !property.isBlank() ? property : System.getenv(name);
        });
    }

    static String expand(String value, String where, UnaryOperator<String> lookup) {
        Matcher m = PLACEHOLDER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String found = lookup.apply(m.group(1));
            if (found == null || found.isBlank()) {
                if (m.group(2) == null) {
                    throw new IllegalStateException(where + " uses ${" + m.group(1) + "}, which is neither a system"
                            + " property nor an environment variable here; set one, or give a default: ${"
                            + m.group(1) + ":-...}");
                }
                found = m.group(3);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(found));
        }
        m.appendTail(out);
        return out.toString();
    }
}
