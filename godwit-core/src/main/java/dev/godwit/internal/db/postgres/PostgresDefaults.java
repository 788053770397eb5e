package dev.godwit.internal.db.postgres;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two rewrites a PostgreSQL column default gets on its way into the model, so that defaults
 * written differently but meaning the same inspect equal. PostgreSQL already prints most
 * defaults one way ({@code DEFAULT 'x'} and {@code DEFAULT 'x'::text} both read back as
 * {@code 'x'::text}); these are the cases where it does not:
 *
 * <ul>
 *   <li>{@code now()} and {@code CURRENT_TIMESTAMP} are the same function but print differently;
 *       every {@code now()} outside quotes becomes {@code CURRENT_TIMESTAMP}.
 *   <li>a quoted number keeps its cast on bigint, numeric, real and double precision columns
 *       ({@code DEFAULT '0'} on a numeric prints {@code '0'::numeric}, {@code DEFAULT 0} prints
 *       {@code 0}); a whole default that is a quoted number cast to a numeric type becomes the
 *       bare number, which PostgreSQL reads back the same way.
 * </ul>
 */
final class PostgresDefaults {

    private static final Pattern QUOTED_NUMBER = Pattern.compile(
            "'(-?[0-9]+(?:\\.[0-9]+)?)'::(?:smallint|integer|bigint|numeric|real|double precision)");

    private PostgresDefaults() {
    }

    /** The default as the model keeps it, from {@code pg_get_expr(adbin, adrelid)}; null stays null. */
    static String normalise(String expression) {
        if (expression == null) {
            return null;
        }
        Matcher number = QUOTED_NUMBER.matcher(expression);
        if (number.matches()) {
            return number.group(1);
        }
        return nowAsCurrentTimestamp(expression);
    }

    /** Replaces the token {@code now()} outside string literals and quoted identifiers. */
    private static String nowAsCurrentTimestamp(String expression) {
        if (!expression.contains("now()")) {
            return expression;
        }
        StringBuilder out = new StringBuilder(expression.length() + 16);
        char quote = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                out.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                out.append(c);
            } else if (expression.startsWith("now()", i) && startsToken(expression, i)) {
                out.append("CURRENT_TIMESTAMP");
                i += "now()".length() - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when position {@code i} does not continue a name ({@code snow()}, {@code x.now()}). */
    private static boolean startsToken(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return !(Character.isLetterOrDigit(before) || before == '_' || before == '$' || before == '.'
                || before == '"');
    }
}
