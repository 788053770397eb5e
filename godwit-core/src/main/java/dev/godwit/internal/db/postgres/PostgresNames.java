package dev.godwit.internal.db.postgres;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names PostgreSQL gives what it names itself, for dropping a constraint the model holds
 * without a name and for the sequence behind a serial column: {@code tickets_pkey},
 * {@code tickets_code_key}, {@code tickets_owner_id_fkey}, {@code tickets_price_check},
 * {@code tickets_id_seq}. Like PostgreSQL, the table and column parts are shortened (the longer
 * one first) so that the whole fits in 63 characters. Not reproduced: the digit PostgreSQL appends
 * when the name is already taken, and the byte (rather than character) count of non-ASCII names;
 * the model read from a database always carries the real name, so these guesses only serve
 * hand-built models.
 */
final class PostgresNames {

    private static final int MAX_NAME = 63;

    private PostgresNames() {
    }

    static String primaryKey(String table) {
        return objectName(table, null, "pkey");
    }

    static String unique(String table, List<String> columns) {
        return objectName(table, String.join("_", columns), "key");
    }

    static String foreignKey(String table, List<String> columns) {
        return objectName(table, String.join("_", columns), "fkey");
    }

    /** A serial column's sequence. */
    static String serialSequence(String table, String column) {
        return objectName(table, column, "seq");
    }

    /**
     * A check constraint: {@code table_column_check} when the expression reads exactly one of the
     * table's columns, {@code table_check} otherwise.
     */
    static String check(String table, String expression, List<String> tableColumns) {
        Set<String> read = new LinkedHashSet<>();
        for (String word : identifiers(expression)) {
            if (tableColumns.contains(word)) {
                read.add(word);
            }
        }
        return objectName(table, read.size() == 1 ? read.iterator().next() : null, "check");
    }

    /** {@code name1_name2_label}, shortened like PostgreSQL's makeObjectName. */
    static String objectName(String name1, String name2, String label) {
        int available = MAX_NAME - label.length() - 1 - (name2 == null ? 0 : 1);
        int length1 = name1.length();
        int length2 = name2 == null ? 0 : name2.length();
        while (length1 + length2 > available) {
            if (length1 > length2) {
                length1--;
            } else {
                length2--;
            }
        }
        return name1.substring(0, length1) + (name2 == null ? "" : "_" + name2.substring(0, length2)) + "_" + label;
    }

    /** The names in an expression: bare words folded to lower case, double-quoted ones as written. */
    private static Set<String> identifiers(String expression) {
        Set<String> words = new LinkedHashSet<>();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (c == '\'') {
                i = expression.indexOf('\'', i + 1);
                i = i < 0 ? expression.length() : i + 1;
            } else if (c == '"') {
                int end = expression.indexOf('"', i + 1);
                end = end < 0 ? expression.length() : end;
                words.add(expression.substring(i + 1, end));
                i = end + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < expression.length()
                        && (Character.isLetterOrDigit(expression.charAt(i)) || expression.charAt(i) == '_')) {
                    i++;
                }
                words.add(expression.substring(start, i).toLowerCase(Locale.ROOT));
            } else {
                i++;
            }
        }
        return words;
    }
}
