package dev.godwit.internal.db.sqlite;

import java.util.Locale;

/**
 * SQLite's column types: the declared type is free text, so the model keeps it as written with
 * only its spacing made canonical, and the type's affinity (which the default normalisation needs)
 * follows SQLite's own rules.
 */
final class SqliteTypes {

    /**
     * The type given to a column declared without one. An untyped column has BLOB affinity (it
     * stores values as given), exactly like a column declared {@code BLOB}, so rendering it as
     * {@code BLOB} keeps its behaviour; {@code ANY} would not (outside STRICT tables it means
     * NUMERIC affinity). STRICT tables require a type, so they never reach this.
     */
    static final String UNTYPED = "BLOB";

    enum Affinity { INTEGER, TEXT, BLOB, REAL, NUMERIC }

    private SqliteTypes() {
    }

    /**
     * The declared type with white space made canonical ({@code varchar ( 10 )} reads as
     * {@code varchar(10)}, {@code UNSIGNED   BIG INT} as {@code UNSIGNED BIG INT}), or
     * {@link #UNTYPED} for none. Case is kept: {@link dev.godwit.schema.ColumnType} ignores it.
     */
    static String canonical(String declared) {
        String text = declared == null ? "" : declared.strip();
        if (text.isEmpty()) {
            return UNTYPED;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            boolean punctuation = c == '(' || c == ')' || c == ',';
            char before = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
            if (space && !punctuation && before != '(' && before != ',') {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The affinity of a declared type by SQLite's rules (section 3.1 of its data type
     * documentation); in a STRICT table {@code ANY} has none, which reads as BLOB here.
     */
    static Affinity affinity(String declared, boolean strict) {
        String type = declared == null ? "" : declared.toUpperCase(Locale.ROOT);
        if (type.contains("INT")) {
            return Affinity.INTEGER;
        }
        if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT")) {
            return Affinity.TEXT;
        }
        if (type.isBlank() || type.contains("BLOB") || (strict && type.strip().equals("ANY"))) {
            return Affinity.BLOB;
        }
        if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB")) {
            return Affinity.REAL;
        }
        return Affinity.NUMERIC;
    }
}
