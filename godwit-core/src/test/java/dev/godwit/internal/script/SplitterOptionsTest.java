package dev.godwit.internal.script;

import dev.godwit.internal.db.Databases;
import dev.godwit.internal.db.mysql.MysqlDialect;
import dev.godwit.internal.db.postgres.PostgresDialect;
import dev.godwit.internal.db.sqlite.SqliteDialect;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The per-dialect lexer settings. */
class SplitterOptionsTest {

    @Test
    void postgresql() {
        SplitterOptions o = PostgresDialect.SPLITTER_OPTIONS;
        assertTrue(o.dollarQuotes() && o.escapeStringPrefix() && o.nestedBlockComments() && o.beginEndBlocks());
        assertFalse(o.backslashEscapesInStrings() || o.backtickIdentifiers() || o.bracketIdentifiers()
                || o.hashComments() || o.dashCommentNeedsSpace() || o.versionedComments() || o.delimiterCommand());
    }

    @Test
    void mysql() {
        SplitterOptions o = MysqlDialect.SPLITTER_OPTIONS;
        assertTrue(o.backslashEscapesInStrings() && o.backtickIdentifiers() && o.hashComments()
                && o.dashCommentNeedsSpace() && o.versionedComments() && o.beginEndBlocks() && o.delimiterCommand());
        assertFalse(o.dollarQuotes() || o.escapeStringPrefix() || o.bracketIdentifiers() || o.nestedBlockComments());
    }

    @Test
    void sqlite() {
        SplitterOptions o = SqliteDialect.SPLITTER_OPTIONS;
        assertTrue(o.backtickIdentifiers() && o.bracketIdentifiers() && o.beginEndBlocks());
        assertFalse(o.dollarQuotes() || o.escapeStringPrefix() || o.backslashEscapesInStrings() || o.hashComments()
                || o.nestedBlockComments() || o.dashCommentNeedsSpace() || o.versionedComments() || o.delimiterCommand());
    }

    @Test
    void nullKindIsRejected() {
        assertThrows(NullPointerException.class, () -> Databases.of(null).dialect().splitterOptions());
    }
}
