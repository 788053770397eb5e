package dev.godwit.internal.run;

import dev.godwit.internal.db.Databases;
import dev.godwit.internal.dialect.Dialect;
import dev.godwit.internal.script.SplitterOptions;

/**
 * How a run reads its revision files: which sections it takes (those of {@code dialect}, else the
 * shared ones; see {@link dev.godwit.internal.script.RevisionFile#upgrade(String)}) and how it
 * splits them into statements.
 *
 * @param dialect the database name ({@code postgresql}, {@code mysql}, {@code sqlite}); null reads
 *     the shared sections only
 * @param options the dialect's splitter options
 */
public record Reading(String dialect, SplitterOptions options) {

    /** The reading of the database {@code dialect} speaks to. */
    public static Reading of(Dialect dialect) {
        return new Reading(Databases.of(dialect.kind()).name(), dialect.splitterOptions());
    }
}
