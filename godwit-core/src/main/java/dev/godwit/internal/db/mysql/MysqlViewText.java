package dev.godwit.internal.db.mysql;

/**
 * Removes the database's own name from a view's stored query. MySQL and MariaDB store
 * {@code VIEW_DEFINITION} with every name qualified ({@code `shop`.`orders`.`id`}), so the same
 * view created in a scratch database of another name would otherwise read differently. Only a
 * backquoted name equal to the database, followed by a dot and starting a dotted name, is removed;
 * string literals and other databases' names are left as they are.
 *
 * <p>Known ambiguity: a table alias spelled exactly like the database ({@code `shop`.`id`} where
 * {@code shop} is an alias) looks like a qualifier and loses its prefix too.
 */
final class MysqlViewText {

    private MysqlViewText() {
    }

    static String unqualify(String definition, String database) {
        if (definition == null || database == null) {
            return definition;
        }
        String qualifier = '`' + database.replace("`", "``") + "`.";
        StringBuilder out = new StringBuilder(definition.length());
        int i = 0;
        int n = definition.length();
        while (i < n) {
            char c = definition.charAt(i);
            if (c == '\'' || c == '"') {
                int end = stringEnd(definition, i, c);
                out.append(definition, i, end);
                i = end;
            } else if (c == '`') {
                boolean startsName = i == 0 || definition.charAt(i - 1) != '.';
                if (startsName && definition.startsWith(qualifier, i)) {
                    // The name after the qualifier is the table's own, even if it is spelled like the database.
                    i += qualifier.length();
                    if (i < n && definition.charAt(i) == '`') {
                        int end = identifierEnd(definition, i);
                        out.append(definition, i, end);
                        i = end;
                    }
                    continue;
                }
                int end = identifierEnd(definition, i);
                out.append(definition, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index just after the string literal opening at {@code start} (doubled quotes and backslash escapes). */
    private static int stringEnd(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return text.length();
    }

    /** The index just after the backquoted name opening at {@code start} (doubled backquotes). */
    private static int identifierEnd(String text, int start) {
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == '`') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '`') {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return text.length();
    }
}
