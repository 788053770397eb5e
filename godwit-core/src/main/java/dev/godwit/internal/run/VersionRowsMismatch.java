package dev.godwit.internal.run;

import java.sql.SQLException;
import java.util.Set;

/**
 * A version-table change that did not touch exactly the rows it should: the table no longer holds
 * the rows the run read under its lock. Something other than the run changed it, most often a
 * statement of the revision itself. The revision's bookkeeping is then not recorded.
 */
final class VersionRowsMismatch extends SQLException {
    private static final long serialVersionUID = 1L;

    /**
     * @param found what the table holds now, as the failing transaction sees it, or null when it
     *              cannot be read there
     */
    VersionRowsMismatch(String table, Set<String> expected, Set<String> found, Throwable cause) {
        super("The version table " + table + " no longer holds " + expected + ", the row(s) this run read before "
                + "the revision" + (found == null ? "" : " (it holds " + found + ")") + ": a statement of the "
                + "revision changed the version table, so the run cannot record where the database stands", cause);
    }
}
