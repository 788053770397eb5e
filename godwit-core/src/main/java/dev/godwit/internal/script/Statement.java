package dev.godwit.internal.script;

import java.util.Objects;

/**
 * One SQL statement of a revision section.
 *
 * @param sql the statement text, trimmed, without its terminator; comments inside it are kept
 * @param line the 1-based file line of its first significant character
 * @param index the 1-based position of the statement within its section
 */
public record Statement(String sql, int line, int index) {

    public Statement {
        Objects.requireNonNull(sql, "sql");
    }

    /**
     * The statement as compared for checksums: comments removed and each run of white space outside
     * quoted text collapsed to one space, line breaks inside quoted text as LF. Re-indenting,
     * changing line endings or editing comments leaves it unchanged; changing any token changes it.
     * The dialect is not known here, so from a spot where dialects would read the text differently
     * (a backslash before a quote, a nested block comment) the rest is kept verbatim, and MySQL
     * {@code #} comments inside a statement count as text: that may treat a reformatting as a
     * change, never a change as a reformatting.
     */
    public String normalized() {
        return SqlNormalizer.normalize(sql);
    }

    /** The statement on one line with white space collapsed, cut to {@code max} chars with "…". */
    public String shortened(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1: " + max);
        }
        String single = SqlNormalizer.collapseWhiteSpace(sql);
        if (single.length() <= max) {
            return single;
        }
        int cut = max - 1;
        if (cut > 0 && Character.isHighSurrogate(single.charAt(cut - 1))) {
            cut--;
        }
        return single.substring(0, cut) + "…";
    }

    /**
     * True when PostgreSQL refuses to run this statement inside a transaction block ({@code CREATE
     * INDEX CONCURRENTLY}, {@code VACUUM}, {@code CREATE DATABASE}, …). A hint computed from the
     * text alone, whatever the dialect.
     */
    public boolean cannotRunInTransaction() {
        return TransactionHints.cannotRunInTransaction(normalized());
    }
}
