package dev.godwit.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A column type in the database's own spelling, for example {@code character varying(100)},
 * {@code numeric(10,2)}, {@code timestamp with time zone}, {@code int(11) unsigned} or
 * {@code enum('open','closed')}. Two types are equal when their spellings are, ignoring case
 * outside quotes; the parsed parts ({@link #baseName()}, {@link #arguments()}) let the differ
 * tell a widening from a narrowing.
 */
public record ColumnType(String sql) implements java.io.Serializable {

    public ColumnType {
        Objects.requireNonNull(sql, "sql");
        sql = sql.strip();
        if (sql.isEmpty()) {
            throw new IllegalArgumentException("a column type cannot be empty");
        }
    }

    /** The type's name without arguments or modifiers, lower case: {@code character varying}, {@code enum}. */
    public String baseName() {
        int paren = sql.indexOf('(');
        String head = paren < 0 ? sql : sql.substring(0, paren);
        return head.strip().toLowerCase(Locale.ROOT);
    }

    /** The arguments in parentheses, unquoted for enum/set values: {@code [10, 2]}, {@code [open, closed]}. */
    public List<String> arguments() {
        int open = sql.indexOf('(');
        if (open < 0) {
            return List.of();
        }
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = open + 1; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quoted) {
                if (c == '\'' && i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                    current.append('\'');
                    i++;
                } else if (c == '\'') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '\'') {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',' || c == ')') {
                args.add(wasQuoted ? current.toString() : current.toString().strip());
                current.setLength(0);
                wasQuoted = false;
                if (c == ')') {
                    break;
                }
            } else if (!wasQuoted) {
                current.append(c);
            }
        }
        return List.copyOf(args);
    }

    /** The first numeric argument (length or precision), or null. */
    public Integer length() {
        return numericArgument(0);
    }

    /** The second numeric argument (scale), or null. */
    public Integer scale() {
        return numericArgument(1);
    }

    private Integer numericArgument(int index) {
        List<String> args = arguments();
        if (args.size() <= index) {
            return null;
        }
        try {
            return Integer.valueOf(args.get(index));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ColumnType that && canonical(sql).equals(canonical(that.sql));
    }

    @Override
    public int hashCode() {
        return canonical(sql).hashCode();
    }

    @Override
    public String toString() {
        return sql;
    }

    /** Lower case outside single quotes, runs of blanks as one space. */
    private static String canonical(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean quoted = false;
        boolean blank = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            if (!quoted && Character.isWhitespace(c)) {
                blank = true;
                continue;
            }
            if (blank && out.length() > 0) {
                out.append(' ');
            }
            blank = false;
            out.append(quoted ? c : Character.toLowerCase(c));
        }
        return out.toString();
    }
}
