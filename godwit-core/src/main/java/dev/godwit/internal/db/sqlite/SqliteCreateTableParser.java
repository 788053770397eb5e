package dev.godwit.internal.db.sqlite;

import dev.godwit.schema.CheckConstraint;
import dev.godwit.internal.script.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the parts of a CREATE TABLE statement, as SQLite keeps it in {@code sqlite_master}, that
 * no pragma reports (see {@link SqliteTableDefinition}). It uses the project's SQL lexer, so
 * quoted names, strings and comments never confuse it, and only splits the definition list at
 * top-level commas and looks at the keywords that start each clause: the statement was already
 * accepted by SQLite, so it is not validated again.
 */
final class SqliteCreateTableParser {

    private final SqliteDdlTokens tokens;
    private final List<SqliteTableDefinition.ColumnClauses> columns = new ArrayList<>();
    private final List<SqliteTableDefinition.NamedColumns> uniques = new ArrayList<>();
    private final List<SqliteTableDefinition.NamedForeignKey> foreignKeys = new ArrayList<>();
    private final List<CheckConstraint> checks = new ArrayList<>();
    private String primaryKeyName;

    private SqliteCreateTableParser(String sql) {
        this.tokens = SqliteDdlTokens.of(sql);
    }

    /** The definition read from {@code sql}; an empty one when it has no definition list. */
    static SqliteTableDefinition parse(String sql) {
        return new SqliteCreateTableParser(sql).parse();
    }

    private SqliteTableDefinition parse() {
        int open = tokens.firstOpening(0, tokens.size() - 1);
        if (open < 0) {
            return SqliteTableDefinition.empty();
        }
        int close = tokens.closing(open);
        for (int[] item : tokens.split(open + 1, close - 1)) {
            if (startsTableConstraint(item[0])) {
                tableConstraint(item[0], item[1]);
            } else {
                column(item[0], item[1]);
            }
        }
        boolean withoutRowid = false;
        boolean strict = false;
        for (int i = close + 1; i < tokens.size(); i++) {
            withoutRowid |= tokens.isWord(i, "WITHOUT") && tokens.isWord(i + 1, "ROWID");
            strict |= tokens.isWord(i, "STRICT");
        }
        return new SqliteTableDefinition(columns, primaryKeyName, uniques, foreignKeys, checks, withoutRowid, strict);
    }

    /** These words are reserved in SQLite, so an item starting with one of them is never a column. */
    private boolean startsTableConstraint(int first) {
        return tokens.isWord(first, "CONSTRAINT") || tokens.isWord(first, "PRIMARY") || tokens.isWord(first, "UNIQUE")
                || tokens.isWord(first, "CHECK") || tokens.isWord(first, "FOREIGN");
    }

    private void tableConstraint(int first, int last) {
        String name = null;
        int i = first;
        if (tokens.isWord(i, "CONSTRAINT")) {
            name = tokens.name(i + 1);
            i += 2;
        }
        if (tokens.isWord(i, "PRIMARY")) {
            primaryKeyName = name;
        } else if (tokens.isWord(i, "UNIQUE")) {
            int open = tokens.firstOpening(i + 1, last);
            if (open >= 0) {
                uniques.add(new SqliteTableDefinition.NamedColumns(name, columnList(open)));
            }
        } else if (tokens.isWord(i, "CHECK") && tokens.isSymbol(i + 1, '(')) {
            checks.add(new CheckConstraint(name, unwrapped(tokens.inside(i + 1))));
        } else if (tokens.isWord(i, "FOREIGN")) {
            int open = tokens.firstOpening(i + 1, last);
            if (open >= 0) {
                int references = tokens.closing(open) + 1;
                if (tokens.isWord(references, "REFERENCES")) {
                    SqliteTableDefinition.NamedForeignKey key = new SqliteTableDefinition.NamedForeignKey(name,
                            columnList(open), tokens.name(references + 1));
                    boolean deferrable = false;
                    boolean deferred = false;
                    for (int w = references; w <= last; w++) {
                        if (tokens.isWord(w, "DEFERRABLE")) {
                            deferrable = !tokens.isWord(w - 1, "NOT");
                        } else if (tokens.isWord(w, "INITIALLY")) {
                            deferred = tokens.isWord(w + 1, "DEFERRED");
                        }
                    }
                    foreignKeys.add(key.withDeferral(deferrable, deferred));
                }
            }
        }
    }

    /** A column definition: its name, then clauses, each starting with a keyword, in any order. */
    private void column(int first, int last) {
        ColumnReading column = new ColumnReading(tokens.name(first));
        String pending = null; // the name of a CONSTRAINT clause, for the constraint that follows it
        int i = first + 1;
        while (i <= last) {
            if (tokens.get(i).kind() != TokenKind.WORD) {
                i = tokens.skip(i);
            } else if (tokens.get(i).upper().equals("CONSTRAINT")) {
                pending = tokens.name(i + 1);
                i += 2;
            } else {
                i = columnClause(column, i, pending);
                pending = null;
            }
        }
        columns.add(column.clauses());
    }

    /**
     * Reads the clause of a column definition that starts with the word at {@code i}: a constraint
     * (named {@code pending} when a CONSTRAINT clause came just before) or a COLLATE, AS or
     * AUTOINCREMENT clause. Returns where the next clause may start.
     */
    private int columnClause(ColumnReading column, int i, String pending) {
        int next = i + 1;
        switch (tokens.get(i).upper()) {
            case "PRIMARY":
                primaryKeyName = pending;
                break;
            case "UNIQUE":
                uniques.add(new SqliteTableDefinition.NamedColumns(pending, List.of(column.name)));
                break;
            case "CHECK":
                if (tokens.isSymbol(next, '(')) {
                    checks.add(new CheckConstraint(pending, unwrapped(tokens.inside(next))));
                    next = tokens.closing(next) + 1;
                }
                break;
            case "REFERENCES":
                foreignKeys.add(new SqliteTableDefinition.NamedForeignKey(pending, List.of(column.name),
                        tokens.name(next)));
                next = i + 2;
                break;
            case "DEFERRABLE":
                deferral(column.name, !tokens.isWord(i - 1, "NOT"), null);
                break;
            case "INITIALLY":
                deferral(column.name, null, tokens.isWord(next, "DEFERRED"));
                break;
            case "COLLATE":
                column.collation = tokens.name(next);
                next = i + 2;
                break;
            case "AS":
                if (tokens.isSymbol(next, '(')) {
                    column.generated = tokens.inside(next);
                    next = tokens.closing(next) + 1;
                    column.stored = tokens.isWord(next, "STORED");
                }
                break;
            case "AUTOINCREMENT":
                column.autoincrement = true;
                break;
            default:
                break;
        }
        return next;
    }

    /** What has been read of one column definition so far. */
    private static final class ColumnReading {
        final String name;
        String collation;
        boolean autoincrement;
        String generated;
        boolean stored;

        ColumnReading(String name) {
            this.name = name;
        }

        SqliteTableDefinition.ColumnClauses clauses() {
            return new SqliteTableDefinition.ColumnClauses(name, collation, autoincrement, generated, stored);
        }
    }

    /** Sets the deferrability of the foreign key just declared on {@code column} (a null leaves that part). */
    private void deferral(String column, Boolean deferrable, Boolean deferred) {
        int last = foreignKeys.size() - 1;
        if (last < 0 || !foreignKeys.get(last).columns().equals(List.of(column))) {
            return;
        }
        SqliteTableDefinition.NamedForeignKey key = foreignKeys.get(last);
        boolean isDeferrable = deferrable == null ? key.deferrable() : deferrable;
        boolean isDeferred = deferred == null ? key.initiallyDeferred() : deferred;
        foreignKeys.set(last, new SqliteTableDefinition.NamedForeignKey(key.name(), key.columns(),
                key.referencedTable(), isDeferrable, isDeferrable && isDeferred));
    }

    /** The column names of a {@code (a, b COLLATE x DESC)} list: the first token of each item, unquoted. */
    private List<String> columnList(int open) {
        List<String> names = new ArrayList<>();
        for (int[] item : tokens.split(open + 1, tokens.closing(open) - 1)) {
            names.add(tokens.name(item[0]));
        }
        return names;
    }

    /**
     * A CHECK expression without parentheses around the whole of it: {@code CHECK ((a in (1, 2)))}
     * (as Hibernate writes it) and {@code CHECK (a in (1, 2))} hold the same constraint.
     */
    static String unwrapped(String expression) {
        String e = expression.strip();
        while (e.length() > 1 && e.charAt(0) == '(' && closingOfFirst(e) == e.length() - 1) {
            e = e.substring(1, e.length() - 1).strip();
        }
        return e;
    }

    /** The index of the parenthesis closing the one at 0, skipping quoted text; -1 when unbalanced. */
    private static int closingOfFirst(String e) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
                quote = c == '[' ? ']' : c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
